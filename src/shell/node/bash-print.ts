// Bash's `echo` and `printf` builtins (bash 5.2 builtins/echo.def, printf.def): what students pipe
// into `docker secret create name -` (`printf 's3cret' | …`, as Docker's docs do) or use to write
// small files. printf reuses its format until the arguments run out, and reports a bad number
// without stopping.

/** PrintResult is what a builtin writes and its exit status. */
export interface PrintResult {
  stdout: string;
  /** errors are bash's messages without the shell prefix (`printf: abc: invalid number`). */
  errors: string[];
  status: number;
}

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/**
 * backslashEscapes expands escapes as `echo -e` and printf's `%b` do. `\c` stops all output
 * (reported as stop). In a printf format (`inFormat`), octal is `\NNN`; for echo and %b it is `\0NNN`.
 */
function backslashEscapes(text: string, inFormat: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[i + 1] ?? '';
    if (next === 'c') return { text: out, stop: true };
    if (SIMPLE_ESCAPES[next] !== undefined) {
      out += SIMPLE_ESCAPES[next];
      i++;
    } else if (inFormat && next === '"') {
      out += '"';
      i++;
    } else if (next === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2))?.[0];
      if (hex === undefined) out += '\\x';
      else out += String.fromCharCode(parseInt(hex, 16));
      i += 1 + (hex?.length ?? 0);
    } else if (/[0-7]/.test(next) && (inFormat || next === '0')) {
      const start = inFormat ? i + 1 : i + 2;
      const digits = /^[0-7]{0,3}/.exec(text.slice(start))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits || '0', 8) & 0xff);
      i = start + digits.length - 1;
    } else {
      out += `\\${next}`;
      i++;
    }
  }
  return { text: out, stop: false };
}

/** bashEcho is `echo [-neE] [arg …]`: options only when every letter is one of n, e, E. */
export function bashEcho(args: readonly string[]): PrintResult {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!/^-[neE]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  const text = args.slice(i).join(' ');
  if (!escapes) return { stdout: `${text}${newline ? '\n' : ''}`, errors: [], status: 0 };
  const expanded = backslashEscapes(text, false);
  return { stdout: `${expanded.text}${newline && !expanded.stop ? '\n' : ''}`, errors: [], status: 0 };
}

interface Spec {
  flags: string;
  width: string;
  precision: string | undefined;
  conversion: string;
}

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * parseInteger reads a printf integer argument like bash (strtoimax, or strtoumax for unsigned
 * conversions; 'c gives a character code). Out-of-range values clamp with bash's warning.
 */
function parseInteger(arg: string, errors: string[], unsigned = false): bigint {
  if (/^['"]/.test(arg)) return BigInt(arg.length > 1 ? (arg.codePointAt(1) ?? 0) : 0);
  if (arg === '') return 0n;
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(arg);
  if (!m) {
    // bash prints the leading number it could read and complains.
    const lead = /^\s*[+-]?\d+/.exec(arg)?.[0];
    errors.push(`printf: ${arg}: invalid number`);
    return lead === undefined ? 0n : BigInt(lead.trim());
  }
  const [, sign = '', digits = '0'] = m;
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  const value = sign === '-' ? -magnitude : magnitude;
  const [min, max] = unsigned ? [-UINT64_MAX, UINT64_MAX] : [INT64_MIN, INT64_MAX];
  if (value < min || value > max) {
    errors.push(`printf: warning: ${arg}: Numerical result out of range`);
    return value < min ? (unsigned ? UINT64_MAX : INT64_MIN) : max;
  }
  return value;
}

function parseFloatArg(arg: string, errors: string[]): number {
  if (arg === '') return 0;
  const value = Number(arg.trim());
  if (Number.isNaN(value)) {
    errors.push(`printf: ${arg}: invalid number`);
    return Number.parseFloat(arg) || 0;
  }
  return value;
}

/** pad applies the width; '0' pads numbers (integers only without a precision, as C's printf). */
function pad(body: string, spec: Spec, numeric: boolean, zeroWithPrecision = false): string {
  const width = Number(spec.width || '0');
  if (body.length >= width) return body;
  if (spec.flags.includes('-')) return body.padEnd(width);
  if (numeric && spec.flags.includes('0') && (spec.precision === undefined || zeroWithPrecision)) {
    const sign = /^[+\- ]/.test(body) ? body[0] ?? '' : '';
    const prefix = /^[+\- ]?0[xX]/.test(body) ? body.slice(sign.length, sign.length + 2) : '';
    const rest = body.slice(sign.length + prefix.length);
    return `${sign}${prefix}${rest.padStart(width - sign.length - prefix.length, '0')}`;
  }
  return body.padStart(width);
}

function formatInteger(value: bigint, spec: Spec): string {
  const c = spec.conversion;
  const unsigned = c === 'u' || c === 'x' || c === 'X' || c === 'o';
  const v = unsigned && value < 0n ? BigInt.asUintN(64, value) : value;
  let digits = (v < 0n ? -v : v).toString(c === 'x' || c === 'X' ? 16 : c === 'o' ? 8 : 10);
  if (c === 'X') digits = digits.toUpperCase();
  if (spec.precision !== undefined) digits = digits.padStart(Number(spec.precision || '0'), '0');
  if (spec.flags.includes('#') && digits !== '0') digits = c === 'o' ? `0${digits}` : c === 'x' ? `0x${digits}` : c === 'X' ? `0X${digits}` : digits;
  const sign = v < 0n ? '-' : spec.flags.includes('+') && !unsigned ? '+' : spec.flags.includes(' ') && !unsigned ? ' ' : '';
  return pad(`${sign}${digits}`, spec, true);
}

function formatFloat(value: number, spec: Spec): string {
  // toFixed and toExponential take at most 100 digits.
  const precision = spec.precision === undefined ? 6 : Math.max(0, Math.min(100, Number(spec.precision || '0')));
  const c = spec.conversion.toLowerCase();
  let body: string;
  if (!Number.isFinite(value)) body = Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  else if (c === 'e') body = value.toExponential(precision).replace(/e([+-])(\d)$/, 'e$10$2');
  else if (c === 'g') {
    const p = precision === 0 ? 1 : precision;
    const exp = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
    body = exp < -4 || exp >= p ? value.toExponential(p - 1).replace(/e([+-])(\d)$/, 'e$10$2') : value.toFixed(Math.max(0, p - 1 - exp));
    // Without '#', %g drops trailing zeros of the fraction, and a bare point.
    if (!spec.flags.includes('#')) body = body.replace(/(\.\d*?)0+(e|$)/, '$1$2').replace(/\.(e|$)/, '$1');
  } else body = value.toFixed(precision);
  if (spec.conversion === spec.conversion.toUpperCase()) body = body.toUpperCase();
  if (value >= 0 && spec.flags.includes('+')) body = `+${body}`;
  else if (value >= 0 && spec.flags.includes(' ')) body = ` ${body}`;
  return pad(body, spec, true, true);
}

const MAX_WIDTH = 4096;

/** statusOf is 1 after an error; bash's range warnings leave the status 0. */
function statusOf(errors: readonly string[]): number {
  return errors.some((e) => !e.startsWith('printf: warning:')) ? 1 : 0;
}

const SPEC = /^%([-+ #0]*)(\*|\d*)(?:\.(\*|\d*))?([diouxXeEfFgGcsbq%])/;

/** bashPrintf is `printf FORMAT [ARGUMENTS…]` (without `-v`). */
export function bashPrintf(args: readonly string[]): PrintResult {
  const errors: string[] = [];
  let rest = [...args];
  if (rest[0] === '--') rest = rest.slice(1);
  const format = rest[0];
  if (format === undefined) return { stdout: '', errors: ['printf: usage: printf [-v var] format [arguments]'], status: 2 };
  let values = rest.slice(1);
  let out = '';
  const next = (): string | undefined => {
    const v = values[0];
    values = values.slice(1);
    return v;
  };
  for (let pass = 0; pass < 10_000; pass++) {
    const consumedBefore = values.length;
    let i = 0;
    while (i < format.length) {
      const ch = format[i] ?? '';
      if (ch === '\\') {
        const end = Math.min(format.length, i + 5);
        // Expand one escape at a time so \c can stop everything.
        const piece = /^\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/.exec(format.slice(i, end + 1))?.[0] ?? '\\';
        const expanded = backslashEscapes(piece, true);
        if (expanded.stop) return { stdout: out, errors, status: statusOf(errors) };
        out += expanded.text;
        i += piece.length;
        continue;
      }
      if (ch !== '%') {
        out += ch;
        i++;
        continue;
      }
      const m = SPEC.exec(format.slice(i));
      if (!m) {
        const bad = format[i + 1];
        if (bad === undefined) errors.push('printf: `%\': missing format character');
        else errors.push(`printf: \`${bad}': invalid format character`);
        return { stdout: out, errors, status: 1 };
      }
      i += m[0].length;
      const [, flags = '', widthText = '', precisionText, conversion = 's'] = m;
      if (conversion === '%') {
        out += '%';
        continue;
      }
      // Widths and precisions size our output, so they are bounded (bash has no bound; our
      // output limit would cut such a line anyway). A '*' takes one from the arguments.
      const bound = (n: number): string => String(Math.max(-MAX_WIDTH, Math.min(MAX_WIDTH, n)));
      const star = (): string => bound(Number(parseInteger(next() ?? '', errors)));
      const width = widthText === '*' ? star() : widthText === '' ? '' : bound(Number(widthText));
      const precision = precisionText === '*' ? star() : precisionText === undefined || precisionText === '' ? precisionText : bound(Number(precisionText));
      const spec: Spec = { flags: width.startsWith('-') ? `${flags}-` : flags, width: width.replace(/^-/, ''), precision, conversion };
      const arg = next();
      if ('diouxX'.includes(conversion)) out += formatInteger(parseInteger(arg ?? '', errors, 'ouxX'.includes(conversion)), spec);
      else if ('eEfFgG'.includes(conversion)) out += formatFloat(parseFloatArg(arg ?? '', errors), spec);
      else if (conversion === 'c') out += pad((arg ?? '').slice(0, 1), spec, false);
      else if (conversion === 'b') {
        const expanded = backslashEscapes(arg ?? '', false);
        out += pad(precision === undefined ? expanded.text : expanded.text.slice(0, Number(precision || '0')), spec, false);
        if (expanded.stop) return { stdout: out, errors, status: statusOf(errors) };
      } else if (conversion === 'q') out += pad(shellQuote(arg ?? ''), spec, false);
      else out += pad(precision === undefined ? (arg ?? '') : (arg ?? '').slice(0, Number(precision || '0')), spec, false);
    }
    // The format is reused while arguments remain, and only if it consumed some.
    if (values.length === 0 || values.length === consumedBefore) break;
  }
  return { stdout: out, errors, status: statusOf(errors) };
}

/** shellQuote is `%q`: a word the shell reads back as the same string. */
function shellQuote(text: string): string {
  if (text === '') return "''";
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(text)) return text;
  return text.replace(/[^A-Za-z0-9_./:=@%+,-]/g, (c) => `\\${c}`);
}
