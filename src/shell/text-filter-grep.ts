// grep (GNU grep 3.11) over its inputs: -i -v -c -n -l -q -h -H -E -F -w -x, options anywhere
// before `--` (getopt permutes them), the file name before each line when there are several
// files, and exit 0 (a line selected), 1 (none) or 2 (an error, unless -q selected a line).

import type { ShellCommand } from './interpreter.js';
import { linesOf, readInputs, type ReadText } from './text-filter-inputs.js';

const FLAGS = 'ivcnlqhHEFwx';
const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

/** parseGrep splits argv into option letters and operands, or returns GNU's message. */
function parseGrep(argv: readonly string[]): { flags: Set<string>; operands: string[] } | { error: string } {
  const flags = new Set<string>();
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (const letter of a.slice(1)) {
      if (!FLAGS.includes(letter)) return { error: `grep: invalid option -- '${letter}'\n${USAGE}` };
      flags.add(letter);
    }
  }
  return { flags, operands };
}

/** matcherOf builds the line test for a pattern (basic regular expressions read as JS ones, as before). */
function matcherOf(pattern: string, flags: Set<string>): RegExp | undefined {
  let source = flags.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : flags.has('E') ? pattern : pattern.replace(/\\([(){}|+?])/g, '$1');
  if (flags.has('w')) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  if (flags.has('x')) source = `^(?:${source})$`;
  try {
    return new RegExp(source, flags.has('i') ? 'i' : '');
  } catch {
    return undefined;
  }
}

/** grepCommand builds grep over a filesystem (read). */
export function grepCommand(read: ReadText | undefined): ShellCommand {
  return async ({ argv, io, input }) => {
    const parsed = parseGrep(argv);
    if ('error' in parsed) return (io.stderr(parsed.error), 2);
    const { flags, operands } = parsed;
    const [pattern, ...files] = operands;
    if (pattern === undefined) return (io.stderr(USAGE), 2);
    const re = matcherOf(pattern, flags);
    if (re === undefined) return (io.stderr('grep: Unmatched ( or \\(\n'), 2);
    const named = flags.has('H') || (files.length > 1 && !flags.has('h'));
    let selected = false;
    let error = false;
    for (const it of readInputs('grep', files, input, read)) {
      if (it.failure !== undefined) {
        io.stderr(it.failure);
        error = true;
        continue;
      }
      const name = it.name === undefined || it.name === '-' ? '(standard input)' : it.name;
      const hits: string[] = [];
      linesOf(it.text).forEach((line, i) => {
        if (re.test(line) !== flags.has('v')) hits.push(flags.has('n') ? `${i + 1}:${line}` : line);
      });
      selected ||= hits.length > 0;
      if (flags.has('q')) continue;
      if (flags.has('l')) hits.length > 0 && io.stdout(`${name}\n`);
      else if (flags.has('c')) io.stdout(`${named ? `${name}:` : ''}${hits.length}\n`);
      else io.stdout(hits.map((h) => `${named ? `${name}:` : ''}${h}\n`).join(''));
    }
    if (flags.has('q') && selected) return 0;
    return error ? 2 : selected ? 0 : 1;
  };
}
