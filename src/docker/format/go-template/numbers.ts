// Number literals as text/template's parser reads them: the value under every Go type that can
// hold it, simulating Go's ideal constants. Fidelity: text/template/parse/node.go (newNumber,
// simplifyComplex) and strconv atoi.go (ParseInt/ParseUint with base 0, underscoreOK), atof.go.
import { goQuote, unquoteChar } from './quote.js';
import { GoComplex } from './values.js';

/** NumberValue is a parsed number literal (parse.NumberNode without the node part). */
export interface NumberValue {
  readonly text: string;
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  isComplex: boolean;
  int: bigint;
  float: number;
  complex?: GoComplex;
}

const MAX_UINT = (1n << 64n) - 1n;
const MAX_INT = (1n << 63n) - 1n;

function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  const t = s[0] === '-' || s[0] === '+' ? s.slice(1) : s;
  let hex = false;
  if (t.length >= 2 && t[0] === '0' && /[bBoOxX]/.test(t[1] as string)) {
    i = 2;
    saw = '0';
    hex = /[xX]/.test(t[1] as string);
  }
  for (; i < t.length; i++) {
    const c = t[i] as string;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

/** parseUint is strconv.ParseUint(s, 0, 64); undefined on any error. */
export function parseUint(s0: string): bigint | undefined {
  if (s0 === '') return undefined;
  let s = s0;
  let base = 10n;
  if (s[0] === '0') {
    const p = (s[1] ?? '').toLowerCase();
    if (s.length >= 3 && (p === 'b' || p === 'o' || p === 'x')) {
      base = p === 'b' ? 2n : p === 'o' ? 8n : 16n;
      s = s.slice(2);
    } else {
      base = 8n;
      s = s.slice(1);
    }
  }
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = parseInt(c, 36);
    if (Number.isNaN(d) || BigInt(d) >= base) return undefined;
    n = n * base + BigInt(d);
    if (n > MAX_UINT) return undefined;
  }
  return underscores && !underscoreOK(s0) ? undefined : n;
}

/** parseInt64 is strconv.ParseInt(s, 0, 64); undefined on any error. */
export function parseInt64(s: string): bigint | undefined {
  const neg = s[0] === '-';
  const body = s[0] === '-' || s[0] === '+' ? s.slice(1) : s;
  const u = parseUint(body);
  if (u === undefined) return undefined;
  if (neg ? u > MAX_INT + 1n : u > MAX_INT) return undefined;
  return neg ? -u : u;
}

/** parseFloat64 is strconv.ParseFloat(s, 64) for the forms the lexer produces; undefined on error. */
export function parseFloat64(s: string): number | undefined {
  const neg = s[0] === '-';
  const body = s[0] === '-' || s[0] === '+' ? s.slice(1) : s;
  if (body.includes('_') && !underscoreOK(body)) return undefined;
  const t = body.replace(/_/g, '');
  let v: number;
  const hexm = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(t);
  if (hexm) {
    const [, int = '', frac = '', exp = '0'] = hexm;
    if (int === '' && frac === '') return undefined;
    v = parseInt(`${int}${frac}` || '0', 16) * 2 ** (Number(exp) - 4 * frac.length);
  } else {
    if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(t)) return undefined;
    v = Number(t);
  }
  if (!Number.isFinite(v)) return undefined;
  return neg ? -v : v;
}

function fromFloat(n: NumberValue, f: number): void {
  n.isFloat = true;
  n.float = f;
  if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) {
    n.isInt = true;
    n.int = BigInt(f);
  }
  if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) n.isUint = true;
}

function parseComplex(text: string): GoComplex | undefined {
  const m = /^([+-]?[^+-]*(?:[eE][+-][0-9_]+)?)([+-].*)i$/.exec(text);
  if (!m) return undefined;
  const re = parseFloat64(m[1] as string);
  const im = parseFloat64(m[2] as string);
  return re === undefined || im === undefined ? undefined : new GoComplex(re, im);
}

function complexNumber(n: NumberValue, c: GoComplex): NumberValue {
  n.isComplex = true;
  n.complex = c;
  if (c.im === 0) fromFloat(n, c.re);
  return n;
}

/** parseNumber is parse.newNumber: the literal's values, or the parse error text. */
export function parseNumber(text: string, typ: 'charConstant' | 'complex' | 'number'): NumberValue | string {
  const n: NumberValue = { text, isInt: false, isUint: false, isFloat: false, isComplex: false, int: 0n, float: 0 };
  if (typ === 'charConstant') {
    const u = unquoteChar(text.slice(1), "'");
    if (u === undefined) return 'invalid syntax';
    if (u.rest !== "'") return `malformed character constant: ${text}`;
    Object.assign(n, { isInt: true, isUint: true, isFloat: true, int: BigInt(u.value), float: u.value });
    return n;
  }
  if (typ === 'complex') {
    const c = parseComplex(text);
    return c === undefined ? `illegal number syntax: ${goQuote(text)}` : complexNumber(n, c);
  }
  if (text.endsWith('i')) {
    const f = parseFloat64(text.slice(0, -1));
    if (f !== undefined) return complexNumber(n, new GoComplex(0, f));
  }
  const u = parseUint(text);
  if (u !== undefined) Object.assign(n, { isUint: true });
  const i = parseInt64(text);
  if (i !== undefined) Object.assign(n, { isInt: true, int: i });
  if (i === 0n) n.isUint = true; // "-0" is a uint too
  if (n.isInt) Object.assign(n, { isFloat: true, float: Number(n.int) });
  else if (u !== undefined) Object.assign(n, { isFloat: true, float: Number(u) });
  else {
    const f = parseFloat64(text);
    if (f !== undefined) {
      if (!/[.eEpP]/.test(text)) return `integer overflow: ${goQuote(text)}`;
      fromFloat(n, f);
    }
  }
  if (!n.isInt && !n.isUint && !n.isFloat) return `illegal number syntax: ${goQuote(text)}`;
  return n;
}
