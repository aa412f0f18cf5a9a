// Go's fmt for numbers: padding, integers in every base, and floats in %e/%f/%g with Go's
// rounding (exact decimal expansion, round half to even) and its shortest %v form.
// Fidelity: fmt/format.go (pad, fmtInteger, fmtFloat) and strconv/ftoa.go (fmtE, fmtF, %g rules).

/** Flags are one fmt directive's flags, width and precision. */
export interface Flags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  plusV: boolean;
  sharpV: boolean;
  wid?: number;
  prec?: number;
}

/** noFlags returns a directive with nothing set (plain %v). */
export function noFlags(): Flags {
  return { plus: false, minus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false };
}

/** pad pads s to the width in runes, on the left unless '-', with '0' when the zero flag applies. */
export function pad(s: string, f: Flags, zero = f.zero): string {
  if (f.wid === undefined || f.wid === 0) return s;
  const n = f.wid - [...s].length;
  if (n <= 0) return s;
  if (f.minus) return s + ' '.repeat(n);
  return (zero ? '0' : ' ').repeat(n) + s;
}

/** fmtInteger formats an int in a base with sign, precision, zero padding and # prefixes. */
export function fmtInteger(v: bigint, base: number, verb: string, f: Flags): string {
  const negative = v < 0n;
  const u = negative ? -v : v;
  let prec = 0;
  if (f.prec !== undefined) {
    prec = f.prec;
    if (prec === 0 && u === 0n) return pad('', f, false);
  } else if (f.zero && !f.minus && f.wid !== undefined) {
    prec = f.wid - (negative || f.plus || f.space ? 1 : 0);
  }
  let digits = u.toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  digits = digits.padStart(prec, '0');
  if (f.sharp) {
    if (base === 2) digits = `0b${digits}`;
    else if (base === 8 && !digits.startsWith('0')) digits = `0${digits}`;
    else if (base === 16) digits = `0${verb === 'X' ? 'X' : 'x'}${digits}`;
  }
  if (verb === 'O') digits = `0o${digits}`;
  const sign = negative ? '-' : f.plus ? '+' : f.space ? ' ' : '';
  return pad(sign + digits, f, false);
}

interface Decimal {
  d: string;
  dp: number;
}

/** exactDecimal is the exact decimal expansion of |v| (digits without trailing zeros, point position). */
function exactDecimal(v: number): Decimal {
  if (v === 0) return { d: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(v));
  const bits = view.getBigUint64(0);
  let exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (exp === 0) exp = 1;
  else mant |= 1n << 52n;
  exp -= 1075;
  const digits = exp >= 0 ? (mant << BigInt(exp)).toString() : (mant * 5n ** BigInt(-exp)).toString();
  const dp = exp >= 0 ? digits.length : digits.length + exp;
  return { d: digits.replace(/0+$/, ''), dp };
}

/** shortestDecimal is the shortest decimal that reads back as |v|. */
function shortestDecimal(v: number): Decimal {
  if (v === 0) return { d: '', dp: 0 };
  const [mant = '', exp = '0'] = Math.abs(v).toExponential().split('e');
  return { d: mant.replace('.', '').replace(/0+$/, ''), dp: Number(exp) + 1 };
}

/** round rounds to nd digits, half to even on exact halves, as strconv's decimal.Round does. */
function round(x: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= x.d.length) return x;
  const up = x.d[nd] === '5' && nd + 1 === x.d.length ? nd > 0 && Number(x.d[nd - 1]) % 2 === 1 : (x.d[nd] as string) >= '5';
  if (!up) return { d: x.d.slice(0, nd).replace(/0+$/, ''), dp: x.dp };
  let i = nd - 1;
  while (i >= 0 && x.d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: x.dp + 1 };
  return { d: x.d.slice(0, i) + String(Number(x.d[i]) + 1), dp: x.dp };
}

function fmtE(x: Decimal, prec: number, e: string): string {
  let s = x.d[0] ?? '0';
  if (prec > 0) s += `.${x.d.slice(1, prec + 1).padEnd(prec, '0')}`;
  const exp = x.d.length === 0 ? 0 : x.dp - 1;
  return `${s}${e}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function fmtF(x: Decimal, prec: number): string {
  let s = x.dp > 0 ? x.d.slice(0, x.dp).padEnd(x.dp, '0') : '0';
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) s += x.d[x.dp + i - 1] ?? '0';
  }
  return s;
}

/** formatFloat is strconv.FormatFloat(v, verb, prec, 64) for e, E, f, F, g, G (prec -1: shortest). */
export function formatFloat(v: number, verb: string, prec: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  const shortest = prec < 0;
  let x = shortest ? shortestDecimal(v) : exactDecimal(v);
  const lower = verb.toLowerCase();
  if (lower === 'e') {
    if (!shortest) x = round(x, prec + 1);
    return sign + fmtE(x, shortest ? x.d.length - 1 : prec, verb === 'E' ? 'E' : 'e');
  }
  if (lower === 'f') {
    if (!shortest) x = round(x, x.dp + prec);
    return sign + fmtF(x, shortest ? Math.max(x.d.length - x.dp, 0) : prec);
  }
  let p = prec;
  if (shortest) p = x.d.length;
  else {
    if (p === 0) p = 1;
    x = round(x, p);
  }
  let eprec = p;
  if (eprec > x.d.length && x.d.length >= x.dp) eprec = x.d.length;
  if (shortest) eprec = 6;
  const exp = x.dp - 1;
  if (exp < -4 || exp >= eprec) return sign + fmtE(x, Math.min(p, x.d.length) - 1, verb === 'G' ? 'E' : 'e');
  if (p > x.dp) p = x.d.length;
  return sign + fmtF(x, Math.max(p - x.dp, 0));
}

/** fmtFloat is fmt's float formatting: sign flags, padding, and Inf/NaN never zero padded. */
export function fmtFloat(v: number, verb: string, prec: number, f: Flags): string {
  let num = formatFloat(v, verb, f.prec ?? prec);
  if (num[0] !== '-' && num[0] !== '+') num = `+${num}`;
  if (f.space && num[0] === '+' && !f.plus) num = ` ${num.slice(1)}`;
  if (num[1] === 'I' || num[1] === 'N') {
    if (num[1] === 'N' && !f.space && !f.plus) num = num.slice(1);
    return pad(num, f, false);
  }
  if (f.plus || num[0] !== '+') {
    if (f.zero && !f.minus && f.wid !== undefined && f.wid > num.length) {
      return (num[0] as string) + '0'.repeat(f.wid - num.length) + num.slice(1);
    }
    return pad(num, f);
  }
  return pad(num.slice(1), f);
}
