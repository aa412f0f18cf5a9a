// What a text filter reads: its file operands in order (`-` or none is standard input, that is
// the pipe or here-document), with each GNU program's own words for a file it cannot read.

import { quoteIfNeeded, quoteName } from './node/files/gnu-options.js';

/** ReadText reads a file for a filter; errors are strerror texts (`No such file or directory`). */
export type ReadText = (path: string) => { text: string } | { error: string };

/** FilterInput is one operand's text; name is undefined for standard input. */
export interface FilterInput {
  name: string | undefined;
  text: string;
  /** failure is the program's message (with newline) for an operand it could not read, to print in turn. */
  failure?: string;
  /** opened is false for a missing file; a directory is opened, then reading it fails (wc prints its zeros). */
  opened: boolean;
}

/** FailureText builds a program's message for an operand it cannot open (or, for a directory, read). */
export type FailureText = (name: string, error: string) => string;

const IS_DIR = 'Is a directory';

/** GNU_FAILURES are the messages of each filter (coreutils 9.4, grep 3.11), without the newline. */
export const GNU_FAILURES: Record<string, FailureText> = {
  head: (n, e) => (e === IS_DIR ? `head: error reading ${quoteName(n)}: ${e}` : `head: cannot open ${quoteName(n)} for reading: ${e}`),
  tail: (n, e) => (e === IS_DIR ? `tail: error reading ${quoteName(n)}: ${e}` : `tail: cannot open ${quoteName(n)} for reading: ${e}`),
  grep: (n, e) => `grep: ${n}: ${e}`,
  wc: (n, e) => `wc: ${quoteIfNeeded(n)}: ${e}`,
  sort: (n, e) => (e === IS_DIR ? `sort: read failed: ${quoteIfNeeded(n)}: ${e}` : `sort: cannot read: ${quoteIfNeeded(n)}: ${e}`),
  uniq: (n, e) => `uniq: ${quoteIfNeeded(n)}: ${e}`,
};

/**
 * readInputs reads the operands in order (none is standard input). Without a filesystem (a
 * container's filters), file operands are missing files.
 */
export function readInputs(program: string, operands: readonly string[], input: string | undefined, read: ReadText | undefined): FilterInput[] {
  const failure = GNU_FAILURES[program] ?? ((n: string, e: string) => `${program}: ${n}: ${e}`);
  return (operands.length === 0 ? ['-'] : operands).map((name): FilterInput => {
    if (name === '-') return { name: operands.length === 0 ? undefined : '-', text: input ?? '', opened: true };
    const got = read ? read(name) : { error: 'No such file or directory' };
    if ('text' in got) return { name, text: got.text, opened: true };
    return { name, text: '', failure: `${failure(name, got.error)}\n`, opened: got.error === IS_DIR };
  });
}

/** linesOf splits text into lines, without the empty piece after a final newline. */
export function linesOf(text: string): string[] {
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}
