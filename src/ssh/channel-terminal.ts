// Adapts an SSH session channel to the shell's Terminal: UTF-8 decoding of keystrokes (a
// character may arrive split across packets), ONLCR output translation when a pty was requested
// (what a kernel pty does to "\n"), separate stderr when there is no pty, and window changes.
// Output written in one turn of the event loop leaves as one SSH packet: a table printed row by
// row costs one encryption and one socket write, not one per row (on one event loop shared by
// every session, those writes are most of what a keystroke waits behind). While the shell holds
// the terminal (from Enter to the next prompt) a command's echo, output and prompt leave as one
// packet too, though its pieces run in different turns; held output waits at most holdMs
// (SshLimits.outputHoldMs), so a command that streams (ping, a service converging) still shows
// each line within a few milliseconds.

import { StringDecoder } from 'node:string_decoder';
import type { ServerChannel } from 'ssh2';
import type { Disposable, Terminal, TerminalSize } from '../shell/terminal.js';
import { BoundedWriter, type ChannelOutputOptions } from './limits/bounded-writer.js';
import { DEFAULT_SSH_LIMITS } from './limits/ssh-limits.js';

/** PtyRequest is what the client asked for in its pty-req. */
export interface PtyRequest {
  term: string;
  columns: number;
  rows: number;
}

const MAX_PENDING_INPUT = 64 * 1024;

/** clampSize keeps a client-reported size sane (0×0 means "unknown" in SSH: use 80×24). */
export function clampSize(columns: number, rows: number): TerminalSize {
  const fix = (n: number, fallback: number, max: number): number => (!Number.isFinite(n) || n <= 0 ? fallback : Math.min(Math.max(Math.floor(n), 2), max));
  return { columns: fix(columns, 80, 1000), rows: fix(rows, 24, 1000) };
}

/** TapListener sees what crosses the terminal: output as sent ('o'), input ('i'), resizes ('r', "COLSxROWS"). */
export type TapListener = (kind: 'o' | 'i' | 'r', data: string) => void;

/** ChannelTerminal is a Terminal over one ssh2 channel. */
export class ChannelTerminal implements Terminal {
  readonly isTTY: boolean;
  private current: TerminalSize;
  private readonly decoder = new StringDecoder('utf8');
  private readonly dataListeners = new Set<(data: string) => void>();
  private readonly resizeListeners = new Set<(size: TerminalSize) => void>();
  private closed = false;
  // Input that arrives before anyone listens (typeahead while the session is being set up) waits
  // here, as in a tty's input queue, bounded like one.
  private pending = '';
  private readonly taps = new Set<TapListener>();
  // Output goes through a bounded writer so a stalled client cannot grow memory without bound.
  private readonly out: BoundedWriter;
  // Output written since the last flush, all to one stream; flushed at the end of this turn.
  private unsent: { target: 'stdout' | 'stderr'; text: string } | undefined;
  // A microtask that flushes is queued; while held, the timer that flushes anyway is armed.
  private flushQueued = false;
  private holdTimer: NodeJS.Timeout | undefined;
  private holds = 0;
  private readonly holdMs: number;

  constructor(private readonly channel: ServerChannel, pty: PtyRequest | undefined, output?: ChannelOutputOptions) {
    this.out = new BoundedWriter({
      stdout: channel,
      stderr: channel.stderr,
      maxBufferedBytes: output?.maxBufferedBytes ?? DEFAULT_SSH_LIMITS.maxSessionBufferBytes,
      notice: output?.notice ?? ((n) => `\r\nswarmlab: ${n} bytes of output were dropped\r\n`),
    });
    this.holdMs = output?.holdMs ?? DEFAULT_SSH_LIMITS.outputHoldMs;
    this.isTTY = pty !== undefined;
    this.current = clampSize(pty?.columns ?? 80, pty?.rows ?? 24);
    channel.on('data', (chunk: Buffer) => {
      const text = this.decoder.write(chunk);
      if (text.length === 0) return;
      this.emit('i', text);
      if (this.dataListeners.size === 0) {
        if (this.pending.length < MAX_PENDING_INPUT) this.pending += text.slice(0, MAX_PENDING_INPUT - this.pending.length);
        return;
      }
      for (const l of [...this.dataListeners]) l(text);
    });
    channel.on('close', () => {
      this.closed = true;
    });
  }

  size(): TerminalSize {
    return this.current;
  }

  write(text: string): void {
    if (this.closed || text.length === 0) return;
    this.queue('stdout', this.isTTY ? text.replace(/\r?\n/g, '\r\n') : text);
  }

  /** flush sends the output written so far now (before the channel's exit status and close). */
  flush(): void {
    if (this.holdTimer !== undefined) {
      clearTimeout(this.holdTimer);
      this.holdTimer = undefined;
    }
    const unsent = this.unsent;
    if (unsent === undefined) return;
    this.unsent = undefined;
    if (this.closed) return;
    this.out.write(unsent.text, unsent.target);
    this.emit('o', unsent.text);
  }

  /**
   * hold keeps output back until every returned release has been called (or holdMs passes), so
   * that what a command writes over several turns of the event loop leaves in one packet.
   */
  hold(): () => void {
    if (this.holdMs === 0) return () => undefined;
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holds === 0) this.flush();
    };
  }

  private queue(target: 'stdout' | 'stderr', text: string): void {
    if (this.unsent?.target === target) this.unsent.text += text;
    else {
      this.flush();
      this.unsent = { target, text };
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.holds > 0) {
      this.holdTimer ??= setTimeout(() => {
        this.holdTimer = undefined;
        this.flush();
      }, this.holdMs);
      return;
    }
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      if (this.unsent === undefined) return;
      // Held since this was queued: the hold's timer (or its release) sends it.
      if (this.holds > 0) this.schedule();
      else this.flush();
    });
  }

  /** tap observes the session's traffic (recording, observers) until the returned function is called. */
  tap(listener: TapListener): () => void {
    this.taps.add(listener);
    return () => {
      // What was written before the tap is removed is still seen by it.
      this.flush();
      this.taps.delete(listener);
    };
  }

  private emit(kind: 'o' | 'i' | 'r', data: string): void {
    for (const t of this.taps) t(kind, data);
  }

  /** writeError writes to stderr; with a pty, like sshd, stderr shares the terminal. */
  writeError(text: string): void {
    if (this.closed || text.length === 0) return;
    if (this.isTTY) this.write(text);
    else this.queue('stderr', text);
  }

  onData(listener: (data: string) => void): Disposable {
    this.dataListeners.add(listener);
    if (this.pending.length > 0) {
      const early = this.pending;
      this.pending = '';
      queueMicrotask(() => {
        if (this.dataListeners.has(listener)) listener(early);
      });
    }
    return { dispose: () => this.dataListeners.delete(listener) };
  }

  onResize(listener: (size: TerminalSize) => void): Disposable {
    this.resizeListeners.add(listener);
    return { dispose: () => this.resizeListeners.delete(listener) };
  }

  /** resize applies a window-change request. */
  resize(columns: number, rows: number): void {
    this.current = clampSize(columns, rows);
    this.emit('r', `${this.current.columns}x${this.current.rows}`);
    for (const l of [...this.resizeListeners]) l(this.current);
  }

  /** onEnd calls back when the client closes its input (EOF, e.g. Ctrl-D on a non-pty ssh). */
  onEnd(listener: () => void): void {
    this.channel.on('end', listener);
  }
}
