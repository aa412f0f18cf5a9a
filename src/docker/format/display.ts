// Small text helpers every formatter uses.
// Fidelity: cli/command/formatter/displayutils.go (Ellipsis, PrettyPrint, capitalizeFirst) and
// moby pkg/stringid/stringid.go (TruncateID).
import { eastAsianCharWidth } from './cell-width.js';

/** SHORT_ID_LENGTH is how many characters docker keeps of an ID when truncating. */
export const SHORT_ID_LENGTH = 12;

/** truncateId drops any `algo:` prefix and keeps the first 12 characters, like stringid.TruncateID. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.length > SHORT_ID_LENGTH ? bare.slice(0, SHORT_ID_LENGTH) : bare;
}

/**
 * ellipsis fits s into maxWidth display cells: unchanged when it fits, otherwise the longest
 * prefix of at most maxWidth-1 cells followed by "…". Width 1 keeps only the first character;
 * like Go, a string whose first character alone is wider than maxWidth-1 is returned unchanged.
 */
export function ellipsis(s: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  const chars = Array.from(s);
  if (maxWidth === 1) return chars[0] ?? '';
  let total = 0;
  const ends = chars.map((ch) => (total += eastAsianCharWidth(ch.codePointAt(0) ?? 0)));
  if (total <= maxWidth) return s;
  let keep = 0;
  while (keep < ends.length && (ends[keep] as number) <= maxWidth - 1) keep++;
  // Go finds no cut point when the first character alone is too wide, and returns s unchanged.
  return keep === 0 ? s : `${chars.slice(0, keep).join('')}…`;
}

const utf8 = new TextDecoder('utf-8');

/**
 * prettyPrint upper-cases the first byte and lower-cases the rest (`running` -> `Running`,
 * `2009-11-10 23:00:00 +0000 UTC` -> `2009-11-10 23:00:00 +0000 utc`). Like Go it works on bytes:
 * a one-byte string is lower-cased, and a non-ASCII first character gets mangled the same way.
 */
export function prettyPrint(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  if (bytes.length === 0) return s;
  if (bytes.length === 1) return s.toLowerCase();
  const first = bytes[0] as number;
  const head = String.fromCharCode(first).toUpperCase();
  return head + utf8.decode(bytes.subarray(1)).toLowerCase();
}
