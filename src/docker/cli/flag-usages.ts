// The Options block of help texts: pflag's FlagUsagesWrapped, byte for byte (including its
// off-by-one alignment and the "slop" that lets a last short word stay on the line).
// Fidelity: spf13/pflag v1.0.6 flag.go (FlagUsagesWrapped, UnquoteUsage, wrap, wrapN).
import { opsOf } from './flag-parser.js';
import { goQuote } from './go-quote.js';
import { helpTypeName } from './flag-values.js';
import type { FlagSpec } from './spec.js';

/** unquoteUsage returns the value name and usage text: a `backquoted` word names the value. */
export function unquoteUsage(flag: FlagSpec): { name: string; usage: string } {
  const usage = flag.usage;
  const open = usage.indexOf('`');
  if (open >= 0) {
    const close = usage.indexOf('`', open + 1);
    if (close >= 0) {
      const name = usage.slice(open + 1, close);
      return { name, usage: usage.slice(0, open) + name + usage.slice(close + 1) };
    }
  }
  return { name: helpTypeName(opsOf(flag).typeName), usage };
}

/** wrapN splits s at the last whitespace before i (or an earlier newline), allowing `slop` more. */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** wrap wraps s to width w with hanging indent i; the first line's indent is the caller's. */
function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.replaceAll('\n', `\n${' '.repeat(i)}`);
  let width = w - i;
  let r = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    r += `\n${' '.repeat(i)}`;
  }
  // Still too narrow: Go gives up, re-indenting only embedded newlines (and drops r's prefix).
  if (width < 24) return s.replaceAll('\n', r);
  const slop = 5;
  width -= slop;
  const indent = `\n${' '.repeat(i)}`;
  let [line, rest] = wrapN(width, slop, s);
  r += line.replaceAll('\n', indent);
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    r += indent + line.replaceAll('\n', indent);
  }
  return r;
}

function defaultText(flag: FlagSpec): string {
  const ops = opsOf(flag);
  if (ops.zeroDefault) return '';
  return ops.typeName === 'string' ? ` (default ${goQuote(ops.defValue)})` : ` (default ${ops.defValue})`;
}

/**
 * flagUsagesWrapped renders visible flags (callers filter hidden ones), sorted by name, wrapped
 * to `cols` columns (0: no wrapping). docker passes the terminal width minus one.
 */
export function flagUsagesWrapped(flags: readonly FlagSpec[], cols: number): string {
  const sorted = [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines: { left: string; right: string }[] = [];
  let maxlen = 0;
  for (const flag of sorted) {
    let left = flag.shorthand !== undefined && flag.shorthandDeprecated === undefined
      ? `  -${flag.shorthand}, --${flag.name}` : `      --${flag.name}`;
    const { name, usage } = unquoteUsage(flag);
    if (name !== '') left += ` ${name}`;
    const noOpt = opsOf(flag).noOptDefVal;
    const type = opsOf(flag).typeName;
    if (noOpt !== '' && !(type === 'bool' && noOpt === 'true')) {
      left += type === 'string' ? `[="${noOpt}"]` : `[=${noOpt}]`;
    }
    maxlen = Math.max(maxlen, left.length + 1); // +1 for pflag's \x00 marker
    let right = usage + defaultText(flag);
    if (flag.deprecated !== undefined) right += ` (DEPRECATED: ${flag.deprecated})`;
    lines.push({ left, right });
  }
  return lines
    .map(({ left, right }) => `${left} ${' '.repeat(maxlen - left.length)} ${wrap(maxlen + 2, cols, right)}\n`)
    .join('');
}
