// The read-eval loop shared by the node shell (bash-like) and the container shell (busybox ash):
// prompt, line editing, `> ` continuation for unfinished quotes and here-documents, running the
// line in the foreground with Ctrl-C wired to it, and typeahead handed back to the editor.
// Limits (src/shell/limits): input bursts, line length, history, command rate, output per
// command and the idle timeout, each with a one-line notice in the session's language.

import type { Lang } from './i18n.js';
import { LineEditor, type Completer } from './line-editor/index.js';
import { DEFAULT_MAX_QUEUED } from './line-editor/key-queue.js';
import { InputRouter } from './input-router.js';
import { teeOutput } from './output-tee.js';
import { Interpreter, ShellExit, type ShellHost } from './interpreter.js';
import { SessionGuards } from './limits/session-guards.js';
import { DEFAULT_SHELL_LIMITS, realShellTimers, type ShellLimits, type ShellTimers } from './limits/shell-limits.js';
import { parseCommandLine } from './parser/index.js';
import type { ProcessIO } from './process-io.js';
import type { Disposable, TerminalSize } from './terminal.js';

/** ShellTerminal is where an interactive shell reads and writes: a Terminal or a parent's stdin. */
export interface ShellTerminal {
  readonly isTTY: boolean;
  size(): TerminalSize;
  write(text: string): void;
  writeError(text: string): void;
  onData(listener: (data: string) => void): Disposable;
  onResize(listener: (size: TerminalSize) => void): Disposable;
  /**
   * hold, where the terminal can, keeps output back until the returned release is called, so a
   * command's echo, output and the next prompt leave together (one packet over SSH).
   */
  hold?(): () => void;
}

/** InteractiveShellOptions configure one shell. */
export interface InteractiveShellOptions {
  host: ShellHost;
  prompt(): string;
  complete?: Completer;
  /** eofText is printed on its own line when Ctrl-D ends the shell (bash: `logout`, ash: ``). */
  eofText: string;
  history?: readonly string[];
  /** maxLineLength overrides limits.maxLineLength. */
  maxLineLength?: number;
  /**
   * limits override DEFAULT_SHELL_LIMITS; the idle timeout is off unless given, so only the
   * outermost shell of a session (not a shell nested in `docker exec`) times out.
   */
  limits?: Partial<ShellLimits>;
  /** lang is the language of limit notices (default pt). */
  lang?: Lang;
  /** timers is the clock for the idle timeout and the command rate (default: real time). */
  timers?: ShellTimers;
  /** onCommand is told every line before it runs (presence, lesson checks, logs). */
  onCommand?(line: string): void;
  /** onDone is told every line's exit status and the start of its output after it ran. */
  onDone?(line: string, status: number, output: string): void;
  /** closed ends the shell when aborted (the client went away). */
  closed: AbortSignal;
}

/** InteractiveShell runs a prompt loop until `exit`, Ctrl-D or the terminal closes. */
export class InteractiveShell {
  readonly editor: LineEditor;
  readonly interpreter: Interpreter;
  private readonly router: InputRouter;
  private readonly guards: SessionGuards;
  // stop ends the shell: the client went away, or the idle timeout closed the session.
  private readonly stop = new AbortController();
  private readonly timers: ShellTimers;
  // Set from Enter until the next prompt is drawn (or input arrives): see ShellTerminal.hold.
  private releaseOutput: (() => void) | undefined;

  constructor(private readonly term: ShellTerminal, private readonly options: InteractiveShellOptions) {
    this.timers = options.timers ?? realShellTimers;
    const limits: ShellLimits = { ...DEFAULT_SHELL_LIMITS, idleTimeoutMs: 0, ...options.limits };
    this.guards = new SessionGuards({
      limits,
      lang: options.lang ?? 'pt',
      timers: this.timers,
      notify: (text) => this.notify(text),
      onIdleTimeout: () => this.stop.abort(),
    });
    const maxLineLength = options.maxLineLength ?? limits.maxLineLength;
    this.editor = new LineEditor(
      { isTTY: true, size: () => term.size(), write: (t) => term.write(t), onData: term.onData, onResize: term.onResize },
      {
        maxLineLength,
        historySize: limits.maxHistory,
        maxQueuedInput: Math.max(DEFAULT_MAX_QUEUED, limits.maxPasteBytes),
        lineTooLong: this.guards.messages.lineTooLong(maxLineLength),
        onSubmit: () => {
          this.releaseOutput ??= term.hold?.();
        },
      },
    );
    if (options.history) this.editor.setHistory(options.history);
    this.interpreter = new Interpreter(options.host);
    // Ctrl-C during a command also drops the lines still queued in the editor (a pasted script).
    this.router = new InputRouter((data) => this.editor.feed(data), (text) => term.write(text), () => this.editor.discardInput());
  }

  // sendOutput ends a hold: what the command wrote, and the prompt after it, leave now.
  private sendOutput(): void {
    const release = this.releaseOutput;
    this.releaseOutput = undefined;
    release?.();
  }

  // yieldToIO lets input that already arrived (other sessions' keystrokes) be handled first.
  private async yieldToIO(): Promise<void> {
    await this.timers.yieldToIO?.();
  }

  /** notify shows a message without breaking the line being typed (after the output while a command runs). */
  notify(text: string): void {
    if (this.editor.reading) this.editor.printAbove(text);
    else this.term.writeError(`${text}\n`);
  }

  /** run loops until the shell ends and resolves with its exit status. */
  async run(): Promise<number> {
    const subscriptions = [
      this.term.onData((data) => {
        // Someone is typing to the command (or ahead of the prompt): their echo must not wait.
        this.sendOutput();
        const pass = this.guards.filterInput(data);
        if (pass !== '') this.router.input(pass);
      }),
      this.term.onResize((size) => {
        this.editor.resize(size.columns);
        this.router.resize(size);
      }),
    ];
    const hangUp = (): void => this.stop.abort();
    if (this.options.closed.aborted) hangUp();
    this.options.closed.addEventListener('abort', hangUp, { once: true });
    const closed = new Promise<null>((resolve) => {
      if (this.stop.signal.aborted) resolve(null);
      this.stop.signal.addEventListener('abort', () => resolve(null), { once: true });
    });
    this.guards.start();
    try {
      return await this.loop(closed);
    } finally {
      this.guards.stop();
      this.editor.close();
      this.sendOutput();
      this.options.closed.removeEventListener('abort', hangUp);
      for (const s of subscriptions) s.dispose();
    }
  }

  private async loop(closed: Promise<null>): Promise<number> {
    for (;;) {
      if (this.stop.signal.aborted) return this.interpreter.status;
      const line = await Promise.race([this.readCommand(), closed]);
      if (line === null) return this.interpreter.status;
      if (line === undefined) {
        this.term.write(`${this.options.eofText}\n`);
        return this.interpreter.status;
      }
      try {
        await this.execute(line);
      } catch (error) {
        if (error instanceof ShellExit) return error.status;
        throw error;
      }
    }
  }

  /** readCommand reads a complete command line (with continuations); undefined on Ctrl-D. */
  private async readCommand(): Promise<string | undefined> {
    let text = '';
    let prompt = this.options.prompt();
    for (;;) {
      const reading = this.editor.readLine(prompt, this.options.complete ? { complete: this.options.complete } : {});
      // The prompt is drawn: it leaves with the output of the command before it.
      this.sendOutput();
      const result = await reading;
      if (result.kind === 'eof') return text === '' ? undefined : '';
      if (result.kind === 'interrupt') {
        this.interpreter.status = 130;
        text = '';
        prompt = this.options.prompt();
        continue;
      }
      text = text === '' ? result.line : `${text}\n${result.line}`;
      const parsed = parseCommandLine(text);
      if (parsed.kind !== 'incomplete') return text;
      prompt = '> ';
    }
  }

  /** execute parses and runs one line in the foreground. */
  async execute(line: string): Promise<number> {
    if (line.trim() === '') return this.interpreter.status;
    const parsed = parseCommandLine(line);
    if (parsed.kind === 'error') {
      this.term.writeError(`${this.options.host.prefix}${parsed.message}\n`);
      this.interpreter.status = 2;
      return 2;
    }
    if (parsed.kind === 'incomplete') {
      this.term.writeError(`${this.options.host.prefix}${parsed.message}\n`);
      this.interpreter.status = 2;
      return 2;
    }
    this.options.onCommand?.(line);
    const { job, stdin } = this.router.begin();
    let cut = false;
    const base = foregroundIO(this.term, job.interrupt.signal, stdin);
    const tee = this.options.onDone ? teeOutput(base) : undefined;
    const io: ProcessIO = this.guards.capOutput(
      tee?.io ?? base,
      () => ((cut = true), job.interrupt.abort()),
      () => job.readers.size > 0,
    );
    // When the session ends (client gone, idle timeout) the foreground command is interrupted like a SIGHUP would.
    const hangUp = (): void => job.interrupt.abort();
    this.stop.signal.addEventListener('abort', hangUp, { once: true });
    let status: number;
    try {
      status = (await this.guards.admit(job.interrupt.signal)) ? (await this.yieldToIO(), await this.interpreter.run(parsed.list, io)) : 130;
    } finally {
      this.stop.signal.removeEventListener('abort', hangUp);
      const typeahead = this.router.end(job);
      if (typeahead) queueMicrotask(() => this.editor.feed(typeahead));
    }
    // bash moves to a fresh line after a child killed by SIGINT.
    if (job.interrupt.signal.aborted && status === 130 && !cut) this.term.write('\n');
    await this.yieldToIO();
    this.options.onDone?.(line, status, tee?.text() ?? '');
    return status;
  }
}

/** foregroundIO builds the ProcessIO of a foreground command on a terminal. */
export function foregroundIO(term: ShellTerminal, signal: AbortSignal, stdin?: ProcessIO['stdin']): ProcessIO {
  return {
    stdout: (text) => term.write(text),
    stderr: (text) => term.writeError(text),
    isTTY: term.isTTY,
    size: () => term.size(),
    signal,
    sleep: (ms) => sleepUnlessAborted(ms, signal),
    ...(stdin !== undefined && { stdin }),
  };
}

/** sleepUnlessAborted waits ms, resolving false early when the signal aborts. */
export function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
