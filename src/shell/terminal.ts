// The shell's only window on the outside world. src/ssh adapts an SSH channel to it; tests use an
// in-memory implementation. Nothing in src/shell may import ssh2.

import type { Disposable, TerminalSize } from '../docker/process-io.js';

export type { Disposable, TerminalSize };

/**
 * Terminal is a byte-oriented, full-duplex text terminal. write() takes text as a program would
 * write it to a pty ("\n" line ends; the terminal applies ONLCR when isTTY). onData delivers what
 * the user typed, already decoded from UTF-8 (a chunk may hold several keys or a partial escape
 * sequence).
 */
export interface Terminal {
  readonly isTTY: boolean;
  size(): TerminalSize;
  write(text: string): void;
  onData(listener: (data: string) => void): Disposable;
  onResize(listener: (size: TerminalSize) => void): Disposable;
}
