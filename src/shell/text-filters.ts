// The text filters students pipe docker output through: grep, head, tail, wc, sort, uniq, cat.
// They read what the pipe or here-document gives them (there is no filesystem to read yet).

import type { CommandRun, ShellCommand } from './interpreter.js';

const lines = (text: string): string[] => {
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
};

function count(flag: string | undefined, fallback: number): number | undefined {
  if (flag === undefined) return fallback;
  return /^\d+$/.test(flag) ? Number(flag) : undefined;
}

/** parseCountArgs reads `-n N`, `-nN`, `-N` and returns the count and the remaining arguments. */
function parseCountArgs(argv: string[], fallback: number): { n: number | undefined; rest: string[] } {
  const rest: string[] = [];
  let n: number | undefined = fallback;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '-n') n = count(argv[++i], fallback);
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else rest.push(a);
  }
  return { n, rest };
}

const head: ShellCommand = async ({ argv, io, input }) => {
  const { n } = parseCountArgs(argv, 10);
  if (n === undefined) return usage(io, argv[0] ?? 'head', 'invalid number of lines');
  for (const l of lines(input ?? '').slice(0, n)) io.stdout(`${l}\n`);
  return 0;
};

const tail: ShellCommand = async ({ argv, io, input }) => {
  const { n } = parseCountArgs(argv, 10);
  if (n === undefined) return usage(io, argv[0] ?? 'tail', 'invalid number of lines');
  const all = lines(input ?? '');
  for (const l of n === 0 ? [] : all.slice(-n)) io.stdout(`${l}\n`);
  return 0;
};

function usage(io: CommandRun['io'], name: string, message: string): number {
  io.stderr(`${name}: ${message}\n`);
  return 1;
}

const grep: ShellCommand = async ({ argv, io, input }) => {
  let invert = false;
  let ignoreCase = false;
  let countOnly = false;
  let pattern: string | undefined;
  for (const a of argv.slice(1)) {
    if (pattern === undefined && /^-[ivc]+$/.test(a)) {
      invert ||= a.includes('v');
      ignoreCase ||= a.includes('i');
      countOnly ||= a.includes('c');
    } else if (pattern === undefined) pattern = a;
  }
  if (pattern === undefined) {
    io.stderr('Usage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.\n');
    return 2;
  }
  let re: RegExp;
  try {
    re = new RegExp(pattern.replace(/\\([(){}|+?])/g, '$1'), ignoreCase ? 'i' : '');
  } catch {
    io.stderr(`grep: Unmatched ( or \\(\n`);
    return 2;
  }
  const hits = lines(input ?? '').filter((l) => re.test(l) !== invert);
  if (countOnly) io.stdout(`${hits.length}\n`);
  else for (const l of hits) io.stdout(`${l}\n`);
  return hits.length > 0 ? 0 : 1;
};

const wc: ShellCommand = async ({ argv, io, input }) => {
  const text = input ?? '';
  const l = (text.match(/\n/g) ?? []).length;
  const w = text.split(/\s+/).filter((x) => x !== '').length;
  const c = Buffer.byteLength(text);
  const flags = argv.slice(1).join('');
  if (flags.includes('l')) io.stdout(`${l}\n`);
  else if (flags.includes('w')) io.stdout(`${w}\n`);
  else if (flags.includes('c')) io.stdout(`${c}\n`);
  else io.stdout(`${String(l).padStart(7)} ${String(w).padStart(7)} ${String(c).padStart(7)}\n`);
  return 0;
};

const sort: ShellCommand = async ({ argv, io, input }) => {
  const reverse = argv.includes('-r');
  const sorted = lines(input ?? '').sort();
  for (const l of reverse ? sorted.reverse() : sorted) io.stdout(`${l}\n`);
  return 0;
};

const uniq: ShellCommand = async ({ io, input }) => {
  let previous: string | undefined;
  for (const l of lines(input ?? '')) {
    if (l !== previous) io.stdout(`${l}\n`);
    previous = l;
  }
  return 0;
};

/** TEXT_FILTERS maps filter names to implementations. */
export const TEXT_FILTERS: Record<string, ShellCommand> = { grep, head, tail, wc, sort, uniq };
