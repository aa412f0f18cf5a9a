// Go's time formats as docker prints them. Our clock has millisecond precision; Go's has
// nanoseconds, so six more digits are derived from a stable salt (an object ID) to look like
// real timestamps and stay identical between runs.

import { hashFraction } from '../cluster/index.js';

function subMillis(salt: string): string {
  return String(Math.floor(hashFraction(salt) * 1_000_000)).padStart(6, '0');
}

/** rfc3339Nano renders time.Time in RFC3339Nano UTC: 2026-11-22T20:39:51.050890699Z (trailing zeros dropped). */
export function rfc3339Nano(ms: number, salt: string): string {
  const iso = new Date(ms).toISOString(); // 2026-11-22T20:39:51.050Z
  const fraction = `${iso.slice(20, 23)}${subMillis(salt)}`.replace(/0+$/, '');
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
}

/** goTimeString renders time.Time.String() in UTC: 2026-11-22 20:39:51.050890699 +0000 UTC. */
export function goTimeString(ms: number, salt: string): string {
  const iso = new Date(ms).toISOString();
  const fraction = `${iso.slice(20, 23)}${subMillis(salt)}`.replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ''} +0000 UTC`;
}
