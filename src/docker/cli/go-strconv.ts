// Number and boolean parsing with Go's strconv rules and error texts, as pflag values use them
// (int: ParseInt(s, 0, 64); uint/uint64: ParseUint(s, 0, 64); bool: ParseBool).
// Fidelity: Go strconv/atoi.go (ParseUint, ParseInt, underscoreOK, NumError.Error), atob.go.
import { goQuote } from './go-quote.js';

/** GoResult is a value or a Go error text (what err.Error() would print). */
export type GoResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** ok wraps a value as a successful GoResult. */
export const ok = <T>(value: T): GoResult<T> => ({ ok: true, value });
/** fail wraps a Go error text as a failed GoResult. */
export const fail = <T>(error: string): GoResult<T> => ({ ok: false, error });

/** numError is strconv.NumError.Error(): `strconv.<fn>: parsing "<num>": <reason>`. */
export function numError(fn: string, num: string, reason: 'invalid syntax' | 'value out of range'): string {
  return `strconv.${fn}: parsing ${goQuote(num)}: ${reason}`;
}

const lower = (c: string): string => c.toLowerCase();

/** underscoreOK mirrors strconv's check that '_' only separates digits (base prefix counts as digit). */
export function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(lower(s[1] as string))) {
    i = 2;
    saw = '0';
    hex = lower(s[1] as string) === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** digitValue is a byte's digit value in bases up to 36; anything else is out of every base. */
function digitValue(c: string): number {
  const code = c.charCodeAt(0) | 0x20; // ASCII lower-casing, as strconv's lower()
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c.length === 1 && code >= 0x61 && code <= 0x7a) return code - 87;
  return 99;
}

/** parseGoUintBig is strconv.ParseUint(s, 0, bitSize) with the exact value as a bigint. */
export function parseGoUintBig(s: string, bitSize = 64, fn = 'ParseUint'): GoResult<bigint> {
  if (s === '') return fail(numError(fn, s, 'invalid syntax'));
  const s0 = s;
  let base = 10;
  if (s[0] === '0') {
    const p = s.length >= 3 ? lower(s[1] as string) : '';
    base = p === 'b' ? 2 : p === 'o' ? 8 : p === 'x' ? 16 : 8;
    s = s.slice(base === 8 && p !== 'o' ? 1 : 2);
  }
  const max = (1n << BigInt(bitSize)) - 1n;
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) return fail(numError(fn, s0, 'invalid syntax'));
    n = n * BigInt(base) + BigInt(d);
    if (n > max) return fail(numError(fn, s0, 'value out of range'));
  }
  if (underscores && !underscoreOK(s0)) return fail(numError(fn, s0, 'invalid syntax'));
  return ok(n);
}

/** parseGoIntBig is strconv.ParseInt(s, 0, bitSize) with the exact value as a bigint. */
export function parseGoIntBig(s: string, bitSize = 64): GoResult<bigint> {
  if (s === '') return fail(numError('ParseInt', s, 'invalid syntax'));
  const neg = s[0] === '-';
  const body = s[0] === '+' || s[0] === '-' ? s.slice(1) : s;
  if (body === '') return fail(numError('ParseInt', s, 'invalid syntax'));
  const un = parseGoUintBig(body, 64, 'ParseInt');
  if (!un.ok && un.error.endsWith('invalid syntax')) return fail(numError('ParseInt', s, 'invalid syntax'));
  const cutoff = 1n << BigInt(bitSize - 1);
  const magnitude = un.ok ? un.value : (1n << 64n) - 1n;
  if ((!neg && magnitude >= cutoff) || (neg && magnitude > cutoff)) {
    return fail(numError('ParseInt', s, 'value out of range'));
  }
  return ok(neg ? -magnitude : magnitude);
}

/** parseGoInt is ParseInt(s, 0, 64) as a JS number (exact up to 2^53). */
export function parseGoInt(s: string): GoResult<number> {
  const r = parseGoIntBig(s);
  return r.ok ? ok(Number(r.value)) : r;
}

/** parseGoUint is ParseUint(s, 0, 64) as a JS number (exact up to 2^53). */
export function parseGoUint(s: string): GoResult<number> {
  const r = parseGoUintBig(s);
  return r.ok ? ok(Number(r.value)) : r;
}

const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** parseGoBool is strconv.ParseBool. */
export function parseGoBool(s: string): GoResult<boolean> {
  if (TRUE_WORDS.has(s)) return ok(true);
  if (FALSE_WORDS.has(s)) return ok(false);
  return fail(numError('ParseBool', s, 'invalid syntax'));
}
