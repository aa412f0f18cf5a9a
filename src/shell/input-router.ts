// Where keystrokes go, like a tty's line discipline and job control. While the shell edits a
// line they go to its line editor. While a command runs in the foreground they go to that
// command if it reads input (an interactive `sh` in a container); otherwise Ctrl-C interrupts it
// (echoing ^C like ECHOCTL) and other keys are echoed and kept as typeahead for the next prompt.

import type { ProcessInput } from './process-io.js';
import type { Disposable, TerminalSize } from './terminal.js';

/** Foreground is a running command as the router sees it. */
export interface Foreground {
  interrupt: AbortController;
  readers: Set<(data: string) => void>;
  resizers: Set<(size: TerminalSize) => void>;
}

/** InputRouter dispatches terminal input to the editor or the foreground command. */
export class InputRouter {
  private foreground: Foreground | undefined;
  private typeahead = '';
  // Typed ahead while a command runs, bounded like a tty input queue (and the editor's own).
  private static readonly MAX_TYPEAHEAD = 64 * 1024;

  /**
   * constructor wires the router; onInterrupt runs on Ctrl-C during a command, so the shell can
   * drop input that arrived earlier (the rest of a paste), as a tty flushes its queue on SIGINT.
   */
  constructor(
    private readonly toEditor: (data: string) => void,
    private readonly echo: (text: string) => void,
    private readonly onInterrupt: () => void = () => undefined,
  ) {}

  /** input handles one chunk of terminal input. */
  input(data: string): void {
    const fg = this.foreground;
    if (!fg) {
      this.toEditor(data);
      return;
    }
    if (fg.readers.size > 0) {
      for (const reader of [...fg.readers]) reader(data);
      return;
    }
    for (const ch of data) {
      if (ch === '\x03') {
        this.echo('^C');
        this.typeahead = '';
        this.onInterrupt();
        fg.interrupt.abort();
      } else if (this.typeahead.length >= InputRouter.MAX_TYPEAHEAD) {
        continue;
      } else if (ch === '\r' || ch === '\n') {
        this.echo('\n');
        this.typeahead += ch;
      } else if (ch >= ' ' && ch !== '\x7f') {
        this.echo(ch);
        this.typeahead += ch;
      }
    }
  }

  /** resize forwards a window change to the foreground command's listeners. */
  resize(size: TerminalSize): void {
    for (const r of [...(this.foreground?.resizers ?? [])]) r(size);
  }

  /** begin makes a new foreground job and returns it with the stdin its command may read. */
  begin(): { job: Foreground; stdin: ProcessInput } {
    const job: Foreground = { interrupt: new AbortController(), readers: new Set(), resizers: new Set() };
    this.foreground = job;
    const subscribe = <T>(set: Set<T>, listener: T): Disposable => {
      set.add(listener);
      return { dispose: () => set.delete(listener) };
    };
    return {
      job,
      stdin: {
        onData: (listener) => subscribe(job.readers, listener),
        onResize: (listener) => subscribe(job.resizers, listener),
      },
    };
  }

  /** end returns input to the editor and hands over what was typed meanwhile. */
  end(job: Foreground): string {
    if (this.foreground === job) this.foreground = undefined;
    const pending = this.typeahead;
    this.typeahead = '';
    return pending;
  }
}
