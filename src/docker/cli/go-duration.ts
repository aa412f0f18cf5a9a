// Go's time.ParseDuration and Duration.String, in nanoseconds, with Go's error texts.
// Fidelity: Go time/format.go (ParseDuration, leadingInt, leadingFraction, quote) and
// time/time.go (Duration.String, fmtFrac, fmtInt).
import { goTimeQuote } from './go-quote.js';
import { fail, ok, type GoResult } from './go-strconv.js';

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n], ['us', 1_000n], ['\u00b5s', 1_000n], ['\u03bcs', 1_000n], ['ms', 1_000_000n],
  ['s', 1_000_000_000n], ['m', 60_000_000_000n], ['h', 3_600_000_000_000n],
]);
const LIMIT = 1n << 63n;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * parseGoDurationBig is time.ParseDuration: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, e.g. "1m30s",
 * "300ms", "-1.5h", plus the bare "0". The result is in nanoseconds.
 */
export function parseGoDurationBig(orig: string): GoResult<bigint> {
  const invalid = fail<bigint>(`time: invalid duration ${goTimeQuote(orig)}`);
  let s = orig;
  const neg = s[0] === '-';
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  if (s === '0') return ok(0n);
  if (s === '') return invalid;
  let d = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid;
    let i = 0;
    let v = 0n;
    for (; isDigit(s[i]); i++) {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > LIMIT) return invalid; // leadingInt overflow
    }
    const pre = i > 0;
    s = s.slice(i);
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s[0] === '.') {
      let j = 1;
      let overflow = false;
      for (; isDigit(s[j]); j++) {
        if (overflow) continue;
        const y = f * 10n + BigInt(s.charCodeAt(j) - 48);
        if (y > LIMIT) { overflow = true; continue; }
        f = y;
        scale *= 10;
      }
      post = j > 1;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid;
    let u = 0;
    while (u < s.length && !(s[u] === '.' || isDigit(s[u]))) u++;
    if (u === 0) return fail(`time: missing unit in duration ${goTimeQuote(orig)}`);
    const unitName = s.slice(0, u);
    s = s.slice(u);
    const unit = UNITS.get(unitName);
    if (unit === undefined) {
      return fail(`time: unknown unit ${goTimeQuote(unitName)} in duration ${goTimeQuote(orig)}`);
    }
    if (v > LIMIT / unit) return invalid;
    v *= unit;
    if (f > 0n) {
      // Go does this step in float64 and truncates, so copy its rounding exactly.
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > LIMIT) return invalid;
    }
    d += v;
    if (d > LIMIT) return invalid;
  }
  if (neg) return ok(-d);
  if (d > LIMIT - 1n) return invalid;
  return ok(d);
}

/** parseGoDuration is parseGoDurationBig as a number of nanoseconds. */
export function parseGoDuration(s: string): GoResult<number> {
  const r = parseGoDurationBig(s);
  return r.ok ? ok(Number(r.value)) : r;
}

/** fmtFrac prints v/10^prec's fraction like Go: trailing zeros dropped, no dot when all are zero. */
function fmtFrac(v: bigint, prec: number): [string, bigint] {
  let frac = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) frac = digit.toString() + frac;
    v /= 10n;
  }
  return [print ? `.${frac}` : '', v];
}

/** formatGoDuration is Go's Duration.String: "0s", "300ms", "1.5µs", "1m30s", "1h0m0s". */
export function formatGoDuration(nanoseconds: number | bigint): string {
  const d = typeof nanoseconds === 'bigint' ? nanoseconds : BigInt(Math.trunc(nanoseconds));
  if (d === 0n) return '0s';
  const sign = d < 0n ? '-' : '';
  let u = d < 0n ? -d : d;
  if (u < 1_000_000_000n) {
    if (u < 1_000n) return `${sign}${u}ns`;
    const [prec, unit] = u < 1_000_000n ? [3, '\u00b5s'] : [6, 'ms'];
    const [frac, whole] = fmtFrac(u, prec);
    return `${sign}${whole}${frac}${unit}`;
  }
  const [frac, secondsTotal] = fmtFrac(u, 9);
  u = secondsTotal;
  let out = `${u % 60n}${frac}s`;
  u /= 60n;
  if (u > 0n) {
    out = `${u % 60n}m${out}`;
    u /= 60n;
    if (u > 0n) out = `${u}h${out}`;
  }
  return sign + out;
}
