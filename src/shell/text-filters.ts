// The text filters students pipe docker output through and point at their files: grep, head,
// tail, wc, sort, uniq. Each reads its file operands (GNU coreutils/grep messages for the ones it
// cannot read), or the pipe or here-document when it has none.

import type { CommandRun, ShellCommand } from './interpreter.js';
import { grepCommand } from './text-filter-grep.js';
import { linesOf, readInputs, type ReadText } from './text-filter-inputs.js';
import { wcCommand } from './text-filter-wc.js';

function count(flag: string | undefined, fallback: number): number | undefined {
  if (flag === undefined) return fallback;
  return /^\d+$/.test(flag) ? Number(flag) : undefined;
}

/** parseCountArgs reads `-n N`, `-nN`, `-N`, `-q`/`-v` and returns the count, headers and the operands. */
function parseCountArgs(argv: string[], fallback: number): { n: number | undefined; headers: boolean | undefined; rest: string[] } {
  const rest: string[] = [];
  let n: number | undefined = fallback;
  let headers: boolean | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '-n') n = count(argv[++i], fallback);
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else if (a === '-q') headers = false;
    else if (a === '-v') headers = true;
    else if (a === '-' || !a.startsWith('-')) rest.push(a);
  }
  return { n, headers, rest };
}

/** pieces splits text into lines that keep their newline (a last line without one stays so). */
const pieces = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** headTail is head or tail: the first or last N lines of each input, `==> name <==` between several. */
function headTail(program: 'head' | 'tail', read: ReadText | undefined): ShellCommand {
  return async ({ argv, io, input }) => {
    const { n, headers, rest } = parseCountArgs(argv, 10);
    if (n === undefined) return usage(io, program, 'invalid number of lines');
    const inputs = readInputs(program, rest, input, read);
    const titled = headers ?? inputs.length > 1;
    let first = true;
    let status = 0;
    for (const it of inputs) {
      if (it.opened && titled) {
        io.stdout(`${first ? '' : '\n'}==> ${it.name === '-' || it.name === undefined ? 'standard input' : it.name} <==\n`);
        first = false;
      }
      if (it.failure !== undefined) {
        io.stderr(it.failure);
        status = 1;
        continue;
      }
      const lines = pieces(it.text);
      io.stdout((program === 'head' ? lines.slice(0, n) : n === 0 ? [] : lines.slice(-n)).join(''));
    }
    return status;
  };
}

function usage(io: CommandRun['io'], name: string, message: string): number {
  io.stderr(`${name}: ${message}\n`);
  return 1;
}

/** sortCommand sorts all its inputs' lines together (-r reverse, -n numeric, -u unique); a missing file stops it (exit 2). */
function sortCommand(read: ReadText | undefined): ShellCommand {
  return async ({ argv, io, input }) => {
    const flags = argv.slice(1).filter((a) => a.startsWith('-') && a !== '-').join('');
    const inputs = readInputs('sort', argv.slice(1).filter((a) => a === '-' || !a.startsWith('-')), input, read);
    const failed = inputs.find((it) => it.failure !== undefined);
    if (failed?.failure !== undefined) return (io.stderr(failed.failure), 2);
    const numeric = flags.includes('n');
    const leading = (l: string): number => Number(/^\s*(-?\d+(?:\.\d+)?)/.exec(l)?.[1] ?? 0);
    const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    let sorted = inputs.flatMap((it) => linesOf(it.text)).sort((a, b) => (numeric ? leading(a) - leading(b) || byText(a, b) : byText(a, b)));
    if (flags.includes('r')) sorted = sorted.reverse();
    if (flags.includes('u')) sorted = sorted.filter((l, i) => i === 0 || (numeric ? leading(l) !== leading(sorted[i - 1] ?? '') : l !== sorted[i - 1]));
    io.stdout(sorted.map((l) => `${l}\n`).join(''));
    return 0;
  };
}

/** uniqCommand drops repeated adjacent lines of its input (the first operand, else standard input). */
function uniqCommand(read: ReadText | undefined): ShellCommand {
  return async ({ argv, io, input }) => {
    const operand = argv.slice(1).find((a) => a === '-' || !a.startsWith('-'));
    const [it] = readInputs('uniq', operand === undefined ? [] : [operand], input, read);
    if (it?.failure !== undefined) return (io.stderr(it.failure), 1);
    let previous: string | undefined;
    for (const l of linesOf(it?.text ?? '')) {
      if (l !== previous) io.stdout(`${l}\n`);
      previous = l;
    }
    return 0;
  };
}

/** textFilters builds the filters over a filesystem (read); without one, file operands are missing files. */
export function textFilters(read?: ReadText): Record<string, ShellCommand> {
  return { grep: grepCommand(read), head: headTail('head', read), tail: headTail('tail', read), wc: wcCommand(read), sort: sortCommand(read), uniq: uniqCommand(read) };
}

/** TEXT_FILTERS are the filters without a filesystem (inside containers they read pipes only). */
export const TEXT_FILTERS: Record<string, ShellCommand> = textFilters();
