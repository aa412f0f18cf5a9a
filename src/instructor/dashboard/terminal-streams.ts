// blessed wants Node streams: an output with a size that emits 'resize', an input that emits
// 'data' and can be put in raw mode. These two stand in for them over a DashboardTerminal, so
// blessed never touches process.stdin or process.stdout.

import { EventEmitter } from 'node:events';
import type { TerminalSize } from '../../docker/process-io.js';

/** TerminalOutput is the output stream blessed writes to; it forwards to the SSH channel. */
export class TerminalOutput extends EventEmitter {
  readonly isTTY = true;
  /** writable turns false once the dashboard ends, so late flushes of blessed go nowhere. */
  writable = true;
  columns: number;
  rows: number;

  constructor(private readonly sink: (text: string) => void, size: TerminalSize) {
    super();
    this.columns = size.columns;
    this.rows = size.rows;
  }

  /** write forwards blessed's bytes to the terminal while the dashboard runs. */
  write(text: string | Uint8Array): boolean {
    if (this.writable) this.sink(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
    return true;
  }

  /** resize records the new size and tells blessed, which reallocates and redraws. */
  resize(size: TerminalSize): void {
    if (size.columns === this.columns && size.rows === this.rows) return;
    this.columns = size.columns;
    this.rows = size.rows;
    this.emit('resize');
  }
}

/** TerminalInput is the input stream blessed reads keys from; raw mode is a no-op (the pty is raw). */
export class TerminalInput extends EventEmitter {
  readonly isTTY = true;
  isRaw = false;
  destroyed = false;

  /** push hands typed bytes to blessed's key decoder. */
  push(data: string): void {
    this.emit('data', Buffer.from(data, 'utf8'));
  }

  /** setRawMode only records the mode: an SSH pty is already raw on the server side. */
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    return this;
  }

  /** resume is a no-op: data flows whenever the terminal sends it. */
  resume(): this {
    return this;
  }

  /** pause is a no-op, see resume. */
  pause(): this {
    return this;
  }
}
