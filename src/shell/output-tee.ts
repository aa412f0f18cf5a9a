// Keeps the beginning of what a command prints (bounded), so checks can look at its output
// (a lesson step that needs a ping to have been answered) without holding whole outputs in memory.

import type { ProcessIO } from './process-io.js';

/** MAX_TEE is how much of a command's output is kept, in characters. */
export const MAX_TEE = 8 * 1024;

/** teeOutput wraps io so what the command writes is also kept; text() returns it. */
export function teeOutput(io: ProcessIO, max = MAX_TEE): { io: ProcessIO; text(): string } {
  let kept = '';
  const keep = (t: string): void => {
    if (kept.length < max) kept += t.slice(0, max - kept.length);
  };
  return {
    io: {
      ...io,
      stdout: (t) => (keep(t), io.stdout(t)),
      stderr: (t) => (keep(t), io.stderr(t)),
    },
    text: () => kept,
  };
}

/** CommandJournal is told about every command a user runs, and where (for lesson checks). */
export interface CommandJournal {
  /** command reports a finished command; task is set when it ran inside a container. */
  command(entry: { line: string; status: number; output: string; task?: string }): void;
  /** inside reports that the user opened (task) or left (undefined) a shell inside a container. */
  inside(task: string | undefined): void;
}
