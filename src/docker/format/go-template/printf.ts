// fmt.Sprint, Sprintln and Sprintf over template values. Fidelity: fmt/print.go (doPrint,
// doPrintln, doPrintf, argNumber, intFromArg, missingArg, the EXTRA report) and fmt/doc.go.
import { pad, noFlags, type Flags } from './fmt-number.js';
import { formatArg } from './fmt-value.js';
import { goTypeName, kindOf, type ValueContext } from './values.js';

const TOO_LARGE = 1e6;

/** sprint is fmt.Sprint: spaces between operands when neither is a string. */
export function sprint(args: readonly unknown[], ctx: ValueContext): string {
  let out = '';
  let prevString = false;
  args.forEach((arg, i) => {
    const isString = typeof arg === 'string';
    if (i > 0 && !isString && !prevString) out += ' ';
    out += formatArg(arg, 'v', noFlags(), ctx);
    prevString = isString;
  });
  return out;
}

/** sprintln is fmt.Sprintln: operands always separated by spaces, then a newline. */
export function sprintln(args: readonly unknown[], ctx: ValueContext): string {
  return `${args.map((a) => formatArg(a, 'v', noFlags(), ctx)).join(' ')}\n`;
}

interface Cursor {
  i: number;
  argNum: number;
  reordered: boolean;
  goodArgNum: boolean;
}

function parseNum(s: string, start: number, end: number): { num: number; ok: boolean; next: number } {
  let num = 0;
  let ok = false;
  let i = start;
  for (; i < end && s[i]! >= '0' && s[i]! <= '9'; i++) {
    if (num > TOO_LARGE) return { num: 0, ok: false, next: end };
    num = num * 10 + Number(s[i]);
    ok = true;
  }
  return { num, ok, next: i };
}

/** argNumber reads an explicit `[n]` argument index, as fmt's argNumber does. */
function argNumber(c: Cursor, s: string, numArgs: number): boolean {
  if (s[c.i] !== '[') return false;
  c.reordered = true;
  const close = s.indexOf(']', c.i + 1);
  if (s.length - c.i < 3 || close < 0) {
    c.i += 1;
    c.goodArgNum = false;
    return false;
  }
  const { num, ok, next } = parseNum(s, c.i + 1, close);
  const valid = ok && next === close;
  c.i = close + 1;
  if (valid && num - 1 >= 0 && num - 1 < numArgs) {
    c.argNum = num - 1;
    return true;
  }
  c.goodArgNum = false;
  return valid;
}

function intFromArg(args: readonly unknown[], c: Cursor, ctx: ValueContext): number | undefined {
  if (c.argNum >= args.length) return undefined;
  const a = args[c.argNum++];
  if (kindOf(a, ctx) !== 'int') return undefined;
  const n = Number(a);
  return Math.abs(n) > TOO_LARGE ? undefined : n;
}

function parseFlags(s: string, c: Cursor): Flags {
  const f = noFlags();
  for (; c.i < s.length; c.i++) {
    const ch = s[c.i];
    if (ch === '#') f.sharp = true;
    else if (ch === '0') f.zero = !f.minus;
    else if (ch === '+') f.plus = true;
    else if (ch === '-') [f.minus, f.zero] = [true, false];
    else if (ch === ' ') f.space = true;
    else break;
  }
  return f;
}

/** directive parses width, precision and verb after the flags, writing BADWIDTH/BADPREC notes. */
function directive(s: string, c: Cursor, f: Flags, args: readonly unknown[], ctx: ValueContext): { verb?: string; notes: string } {
  let notes = '';
  let afterIndex = argNumber(c, s, args.length);
  if (s[c.i] === '*') {
    c.i++;
    f.wid = intFromArg(args, c, ctx);
    if (f.wid === undefined) notes += '%!(BADWIDTH)';
    else if (f.wid < 0) [f.wid, f.minus, f.zero] = [-f.wid, true, false];
    afterIndex = false;
  } else {
    const w = parseNum(s, c.i, s.length);
    [f.wid, c.i] = [w.ok ? w.num : undefined, w.next];
    if (afterIndex && w.ok) c.goodArgNum = false;
  }
  if (c.i + 1 < s.length && s[c.i] === '.') {
    c.i++;
    if (afterIndex) c.goodArgNum = false;
    afterIndex = argNumber(c, s, args.length);
    if (s[c.i] === '*') {
      c.i++;
      f.prec = intFromArg(args, c, ctx);
      if (f.prec !== undefined && f.prec < 0) f.prec = undefined;
      if (f.prec === undefined) notes += '%!(BADPREC)';
      afterIndex = false;
    } else {
      const p = parseNum(s, c.i, s.length);
      [f.prec, c.i] = [p.ok ? p.num : 0, p.next];
    }
  }
  if (!afterIndex) argNumber(c, s, args.length);
  if (c.i >= s.length) return { notes: `${notes}%!(NOVERB)` };
  const verb = String.fromCodePoint(s.codePointAt(c.i) ?? 0);
  c.i += verb.length;
  return { verb, notes };
}

function printArg(arg: unknown, verb: string, f: Flags, ctx: ValueContext): string {
  if (verb === 'T') return pad(goTypeName(arg, ctx), f);
  if (verb === 'v') [f.sharpV, f.sharp, f.plusV, f.plus] = [f.sharp, false, f.plus, false];
  return formatArg(arg, verb, f, ctx);
}

/** sprintf is fmt.Sprintf with Go's verbs, flags, widths, precisions and error notes. */
export function sprintf(format: string, args: readonly unknown[], ctx: ValueContext): string {
  const c: Cursor = { i: 0, argNum: 0, reordered: false, goodArgNum: true };
  let out = '';
  while (c.i < format.length) {
    c.goodArgNum = true;
    const pct = format.indexOf('%', c.i);
    out += format.slice(c.i, pct < 0 ? format.length : pct);
    if (pct < 0) break;
    c.i = pct + 1;
    const f = parseFlags(format, c);
    const { verb, notes } = directive(format, c, f, args, ctx);
    out += notes;
    if (verb === undefined) break;
    if (verb === '%') out += '%';
    else if (!c.goodArgNum) out += `%!${verb}(BADINDEX)`;
    else if (c.argNum >= args.length) out += `%!${verb}(MISSING)`;
    else out += printArg(args[c.argNum++], verb, f, ctx);
  }
  if (!c.reordered && c.argNum < args.length) {
    const extra = args.slice(c.argNum).map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a, ctx)}=${formatArg(a, 'v', noFlags(), ctx)}`));
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}
