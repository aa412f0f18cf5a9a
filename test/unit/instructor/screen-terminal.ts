// Test harness: a DashboardTerminal whose output is replayed into @xterm/headless, so tests
// assert on what the instructor would see, and whose input and resizes a test drives.

import xterm from '@xterm/headless';
import { vi } from 'vitest';
import type { Disposable, TerminalSize } from '../../../src/docker/process-io.js';
import { runDashboard, type DashboardTerminal } from '../../../src/instructor/dashboard/index.js';
import type { InstructorApi } from '../../../src/instructor/instructor-api.js';

/** KEYS are the byte sequences an xterm sends for named keys. */
export const KEYS = { up: '\x1b[A', down: '\x1b[B', left: '\x1b[D', right: '\x1b[C', enter: '\r', tab: '\t', shiftTab: '\x1b[Z', escape: '\x1b', ctrlC: '\x03', end: '\x1b[F' };

/** ScreenTerminal is the instructor's terminal, emulated. */
export class ScreenTerminal implements DashboardTerminal {
  readonly term: InstanceType<typeof xterm.Terminal>;
  readonly dataListeners = new Set<(data: string) => void>();
  readonly resizeListeners = new Set<(size: TerminalSize) => void>();
  written = '';
  writes = 0;

  constructor(private columns = 80, private rows = 24) {
    this.term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  }

  write(text: string): void {
    this.written += text;
    this.writes++;
    this.term.write(text);
  }
  onData(listener: (data: string) => void): Disposable {
    this.dataListeners.add(listener);
    return { dispose: () => this.dataListeners.delete(listener) };
  }
  onResize(listener: (size: TerminalSize) => void): Disposable {
    this.resizeListeners.add(listener);
    return { dispose: () => this.resizeListeners.delete(listener) };
  }
  size(): TerminalSize {
    return { columns: this.columns, rows: this.rows };
  }

  /** settle waits until blessed has flushed and the emulator has parsed everything. */
  async settle(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise<void>((resolve) => this.term.write('', resolve));
  }

  /** type sends keys one chunk each (as a person types), then lets the screen settle. */
  async type(...chunks: string[]): Promise<void> {
    for (const chunk of chunks) {
      for (const l of [...this.dataListeners]) l(chunk);
      await this.settle();
    }
  }

  /** resize changes the emulated terminal's size and tells the dashboard. */
  async resize(columns: number, rows: number): Promise<void> {
    this.columns = columns;
    this.rows = rows;
    this.term.resize(columns, rows);
    for (const l of [...this.resizeListeners]) l({ columns, rows });
    await this.settle();
  }

  /** lines returns the visible rows, trailing spaces trimmed. */
  lines(): string[] {
    const buffer = this.term.buffer.active;
    return Array.from({ length: this.term.rows }, (_, i) => buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
  }

  /** text returns the visible screen as one string. */
  text(): string {
    return this.lines().join('\n');
  }

  /** waitFor polls until the screen contains text (batched redraws land within ~150 ms). */
  async waitFor(text: string | RegExp): Promise<void> {
    await vi.waitFor(async () => {
      await this.settle();
      const screen = this.text();
      if (typeof text === 'string' ? !screen.includes(text) : !text.test(screen)) throw new Error(`screen lacks ${String(text)}:\n${screen}`);
    }, { timeout: 3000, interval: 20 });
  }
}

/** start runs the dashboard on a fresh emulated terminal and waits for its first frame. */
export async function start(api: InstructorApi, columns = 80, rows = 24) {
  const screen = new ScreenTerminal(columns, rows);
  const controller = new AbortController();
  const exit = runDashboard(screen, api, { instructor: 'prof', closed: controller.signal });
  await screen.waitFor('swarmlab');
  return { screen, exit, controller };
}
