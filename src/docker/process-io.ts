// What a running command sees: its output streams, whether it talks to a terminal, and how it is
// interrupted. Node-side commands (docker, hostname, ...) and container-side busybox commands
// (ping, nslookup, ...) share this shape, like processes share file descriptors 0, 1 and 2.
// It lives in the docker layer, the innermost layer that runs commands; the shell re-exports it.

/** Disposable is returned by every subscription; call dispose to stop listening. */
export interface Disposable {
  dispose(): void;
}

/** TerminalSize is a terminal's size in character cells. */
export interface TerminalSize {
  columns: number;
  rows: number;
}

/** ProcessIO is the environment of one running command. */
export interface ProcessIO {
  /** stdout writes to the command's standard output ("\n" line ends). */
  stdout(text: string): void;
  /** stderr writes to the command's standard error. */
  stderr(text: string): void;
  /** isTTY is true when stdout is a terminal (an interactive SSH session with a pty). */
  readonly isTTY: boolean;
  /** size is the terminal's current size (80x24 when there is no terminal). */
  size(): TerminalSize;
  /** signal is aborted when the user interrupts the command (Ctrl-C, SIGINT). */
  readonly signal: AbortSignal;
  /**
   * sleep waits ms milliseconds of wall-clock time. It resolves true when the time passed and
   * false as soon as the command is interrupted, so loops end promptly on Ctrl-C.
   */
  sleep(ms: number): Promise<boolean>;
  /**
   * stdin gives raw keyboard input to a command that reads it (an interactive `sh` inside a
   * container). Undefined when the command must not read input.
   */
  readonly stdin?: ProcessInput;
  /**
   * input is the text a pipe or here-document feeds the command (`echo s | docker secret create
   * x -`); undefined when nothing was piped in.
   */
  readonly input?: string;
}

/** ProcessInput is the raw input side of an interactive command. */
export interface ProcessInput {
  onData(listener: (data: string) => void): Disposable;
  onResize(listener: (size: TerminalSize) => void): Disposable;
}
