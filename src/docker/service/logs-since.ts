// `--since` as the API client reads it (moby v28.2.2 api/types/time/timestamp.go GetTimestamp):
// a Go duration before now (whole seconds, as `.Unix()` truncates), an RFC 3339 time or date
// (our nodes' local zone is UTC), or Unix seconds with an optional fraction.

import { parseGoDuration } from '../cli/index.js';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?)?(Z|z|[+-]\d{2}:\d{2})?$/;

function parseDateTime(value: string): number | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(Number(`0${frac || '.0'}`) * 1000));
  if (Number.isNaN(ms) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  if (zone === 'Z' || zone === 'z') return ms;
  const sign = zone.startsWith('-') ? -1 : 1;
  return ms - sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
}

/**
 * parseSince returns the first millisecond `--since` keeps, or the client's error text. A
 * malformed date gets the generic text too (Go would quote its parser's own complaint).
 */
export function parseSince(value: string, now: number): { ok: true; ms: number } | { ok: false; error: string } {
  const duration = parseGoDuration(value);
  if (value !== '0' && duration.ok) return { ok: true, ms: Math.floor((now - duration.value / 1e6) / 1000) * 1000 };
  const dated = parseDateTime(value);
  if (dated !== undefined) return { ok: true, ms: dated };
  const unix = /^(-?\d+)(?:\.(\d+))?$/.exec(value);
  if (unix) return { ok: true, ms: Number(unix[1]) * 1000 + Math.floor(Number(`0.${unix[2] ?? '0'}`) * 1000) };
  return { ok: false, error: `invalid value for "since": failed to parse value as time or duration: "${value}"` };
}
