// strconv.ParseFloat: Go's float literal grammar (decimal, hex with p exponent, underscores,
// inf/infinity/nan) and its error texts. pflag's float64 uses 64 bits; docker's own floatValue
// (service --update-max-failure-ratio) uses 32.
// Fidelity: Go strconv/atof.go (special, readFloat, ParseFloat), strconv/atoi.go (underscoreOK).
import { fail, numError, ok, underscoreOK, type GoResult } from './go-strconv.js';

function special(s: string): { value: number; length: number } | null {
  let sign = 1;
  let i = 0;
  if (s[0] === '+' || s[0] === '-') {
    sign = s[0] === '-' ? -1 : 1;
    i = 1;
  }
  const rest = s.slice(i).toLowerCase();
  if (i > 0 || s[0] === 'i' || s[0] === 'I') {
    let n = 0;
    while (n < 8 && n < rest.length && rest[n] === 'infinity'[n]) n++;
    if (n > 3 && n < 8) n = 3;
    if (n === 3 || n === 8) return { value: sign * Infinity, length: i + n };
  } else if (rest.startsWith('nan')) {
    return { value: NaN, length: 3 };
  }
  return null;
}

const isDec = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** readFloat returns the value of the longest valid prefix of s, or null when s is not a float. */
function readFloat(s: string): number | null {
  let i = 0;
  let sign = 1;
  if (s[0] === '+' || s[0] === '-') {
    sign = s[0] === '-' ? -1 : 1;
    i++;
  }
  const hex = s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X');
  if (hex) i += 2;
  let mantissa = '';
  let fracDigits = 0;
  let sawDot = false;
  let sawDigits = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '_') continue;
    if (c === '.') {
      if (sawDot) break;
      sawDot = true;
      continue;
    }
    if (!(hex ? isHex(c) : isDec(c))) break;
    sawDigits = true;
    mantissa += c;
    if (sawDot) fracDigits++;
  }
  if (!sawDigits) return null;
  let exp = 0;
  const expChar = hex ? 'p' : 'e';
  if (s[i]?.toLowerCase() === expChar) {
    i++;
    let esign = 1;
    if (s[i] === '+' || s[i] === '-') {
      esign = s[i] === '-' ? -1 : 1;
      i++;
    }
    if (!isDec(s[i])) return null;
    let digits = '';
    for (; i < s.length && (isDec(s[i]) || s[i] === '_'); i++) if (s[i] !== '_') digits += s[i];
    exp = esign * Math.min(Number(digits), 1e6);
  } else if (hex) {
    return null;
  }
  if (s.includes('_') && !underscoreOK(s.slice(0, i))) return null;
  if (i !== s.length) return null;
  if (hex) return sign * Number(BigInt(`0x${mantissa}`)) * 2 ** (exp - 4 * fracDigits);
  const intPart = mantissa.slice(0, mantissa.length - fracDigits) || '0';
  const fracPart = mantissa.slice(mantissa.length - fracDigits);
  return sign * Number(`${intPart}.${fracPart}e${exp}`);
}

/** parseGoFloat is strconv.ParseFloat(s, bits): the nearest float, or Go's error text. */
export function parseGoFloat(s: string, bits: 32 | 64 = 64): GoResult<number> {
  const sp = special(s);
  if (sp !== null) {
    return sp.length === s.length ? ok(sp.value) : fail(numError('ParseFloat', s, 'invalid syntax'));
  }
  const v = readFloat(s);
  if (v === null) return fail(numError('ParseFloat', s, 'invalid syntax'));
  const value = bits === 32 ? Math.fround(v) : v;
  if (!Number.isFinite(value)) return fail(numError('ParseFloat', s, 'value out of range'));
  return ok(value);
}
