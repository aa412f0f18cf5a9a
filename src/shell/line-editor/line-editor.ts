// An interactive line reader for the simulated shells: readline's keys over a VT100 terminal.
// The owner feeds it input (so keystrokes can go elsewhere while a command runs) and asks for
// one line at a time; keys that arrive between reads wait in a queue, like a tty's input buffer.

import type { Terminal } from '../terminal.js';
import { formatColumns, type Completer } from './completion.js';
import { EditSession, KillRing, type KeyOutcome } from './edit-session.js';
import { History } from './history.js';
import { KeyQueue } from './key-queue.js';
import { KeyDecoder } from './keys.js';
import { Renderer } from './renderer.js';

/** ReadResult is how a read ended: a line, end of input (Ctrl-D on an empty line) or Ctrl-C. */
export type ReadResult = { kind: 'line'; line: string } | { kind: 'eof' } | { kind: 'interrupt' };

/** ReadOptions configure one read: tab completion, and whether history is browsed and recorded. */
export interface ReadOptions {
  complete?: Completer;
  /** history enables Up/Down and records the line (default true). */
  history?: boolean;
}

/** LineEditorOptions are the editor's limits; columns defaults to the terminal's width. */
export interface LineEditorOptions {
  maxLineLength?: number;
  historySize?: number;
  columns?: number;
  /** maxQueuedInput bounds typeahead, in characters (default 64 KiB; at least a whole paste). */
  maxQueuedInput?: number;
  /** lineTooLong is shown above the line, once per read, when the length cap cuts input. */
  lineTooLong?: string;
  /** onSubmit is told when a line is submitted, before the editor writes the newline after it. */
  onSubmit?: () => void;
}

interface PendingRead {
  prompt: string;
  session: EditSession;
  record: boolean;
  warned: boolean;
  resolve: (result: ReadResult) => void;
}

const BELL = '\x07';
const CLEAR_SCREEN = '\x1b[H\x1b[2J';

/** LineEditor reads lines from a terminal with editing, history and completion. */
export class LineEditor {
  private readonly decoder = new KeyDecoder();
  private readonly queue: KeyQueue;
  private readonly historyList: History;
  private readonly kills = new KillRing();
  private readonly renderer: Renderer;
  private readonly maxLineLength: number;
  private readonly lineTooLong: string | undefined;
  private readonly onSubmit: (() => void) | undefined;
  private pending: PendingRead | undefined;
  private output = '';

  /** constructor binds the editor to a terminal it writes to. */
  constructor(
    private readonly terminal: Terminal,
    options: LineEditorOptions = {},
  ) {
    this.maxLineLength = options.maxLineLength ?? 4096;
    this.lineTooLong = options.lineTooLong;
    this.onSubmit = options.onSubmit;
    this.queue = new KeyQueue(options.maxQueuedInput);
    this.historyList = new History(options.historySize ?? 1000);
    const columns = options.columns ?? terminal.size().columns;
    this.renderer = new Renderer((text) => (this.output += text), columns);
  }

  /** readLine shows the prompt and resolves when the user submits a line, presses Ctrl-C or Ctrl-D. */
  readLine(prompt: string, options: ReadOptions = {}): Promise<ReadResult> {
    if (this.pending !== undefined) return Promise.reject(new Error('readLine: a read is already pending'));
    const record = options.history ?? true;
    const browse = record ? this.historyList.browse() : undefined;
    const session = new EditSession(this.maxLineLength, this.kills, browse, options.complete);
    return new Promise<ReadResult>((resolve) => {
      this.pending = { prompt, session, record, warned: false, resolve };
      this.renderer.draw(prompt, [], 0);
      this.drain();
      this.flush();
    });
  }

  /** reading reports whether a read is in progress. */
  get reading(): boolean {
    return this.pending !== undefined;
  }

  /** feed delivers input from the terminal; it is handled now or queued until the next read. */
  feed(data: string): void {
    const keys = this.decoder.decode(data);
    // Ctrl-C acts at once, like a tty's VINTR: input still queued from before it (the rest of a
    // pasted script) is flushed rather than run ahead of the interrupt.
    if (keys.some((k) => k.kind === 'key' && k.name === 'ctrl-c')) this.queue.clear();
    for (const key of keys) this.queue.push(key);
    this.drain();
    this.flush();
  }

  /** printAbove shows a message above the line being edited and redraws the prompt and line under it. */
  printAbove(text: string): void {
    const message = text.endsWith('\n') ? text : `${text}\n`;
    const read = this.pending;
    if (read === undefined) {
      this.output += message;
    } else {
      this.renderer.moveToTop();
      this.output += message;
      this.redraw(read);
    }
    this.flush();
  }

  /** resize tells the editor the terminal is now columns wide. */
  resize(columns: number): void {
    if (this.pending === undefined) this.renderer.resize(columns, 0, false);
    else this.renderer.resize(columns, this.pending.session.buffer.cursorIndex, true);
    this.flush();
  }

  /** history returns the recorded lines, oldest first. */
  history(): string[] {
    return this.historyList.list();
  }

  /** setHistory replaces the recorded lines (e.g. with those saved from an earlier session). */
  setHistory(lines: readonly string[]): void {
    this.historyList.replace(lines);
  }

  /** addHistory records a line as if it had been entered. */
  addHistory(line: string): void {
    this.historyList.add(line);
  }

  /** discardInput drops keys queued for later reads, as a tty flushes its input queue on SIGINT. */
  discardInput(): void {
    this.queue.clear();
  }

  /** close ends a pending read with eof (writing nothing) and drops queued input, e.g. when the session ends. */
  close(): void {
    this.queue.clear();
    this.finish({ kind: 'eof' });
  }

  private drain(): void {
    let read = this.pending;
    while (read !== undefined) {
      const key = this.queue.shift();
      if (key === undefined) break;
      this.apply(read, read.session.handle(key));
      read = this.pending;
    }
  }

  private apply(read: PendingRead, outcome: KeyOutcome): void {
    const buffer = read.session.buffer;
    switch (outcome.kind) {
      case 'edit':
        this.renderer.update(buffer.clusters, buffer.cursorIndex);
        if (outcome.bell) this.output += BELL;
        if (outcome.full && !read.warned && this.lineTooLong !== undefined) {
          read.warned = true;
          this.renderer.moveToTop();
          this.output += `${this.lineTooLong}\n`;
          this.redraw(read);
        }
        return;
      case 'submit':
        this.onSubmit?.();
        if (outcome.requeue !== undefined) this.queue.pushFront(outcome.requeue);
        this.renderer.update(buffer.clusters, buffer.cursorIndex);
        if (!this.renderer.moveToEnd()) this.output += '\n';
        if (read.record) this.historyList.add(outcome.line);
        this.finish({ kind: 'line', line: outcome.line });
        return;
      case 'interrupt':
        // A tty discards typeahead when it sends SIGINT (termios VINTR without NOFLSH).
        this.queue.clear();
        this.renderer.moveToEnd();
        this.output += '^C\n';
        this.finish({ kind: 'interrupt' });
        return;
      case 'eof':
        this.finish({ kind: 'eof' });
        return;
      case 'clear':
        this.output += CLEAR_SCREEN;
        this.redraw(read);
        return;
      case 'list':
        if (!this.renderer.moveToEnd()) this.output += '\n';
        this.output += formatColumns(outcome.candidates, this.renderer.columns);
        this.redraw(read);
        return;
    }
  }

  private redraw(read: PendingRead): void {
    const buffer = read.session.buffer;
    this.renderer.draw(read.prompt, buffer.clusters, buffer.cursorIndex);
  }

  private finish(result: ReadResult): void {
    const read = this.pending;
    this.pending = undefined;
    read?.resolve(result);
  }

  private flush(): void {
    if (this.output === '') return;
    const text = this.output;
    this.output = '';
    this.terminal.write(text);
  }
}
