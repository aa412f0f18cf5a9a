// Test rig for the shell's limits: a fake clock, and an InteractiveShell on an in-memory terminal
// with a few commands (echo, flood N, runs), so tests type keys and read what the student sees.

import type { Disposable, TerminalSize } from '../../../../src/shell/terminal.js';
import { InteractiveShell, type ShellTerminal } from '../../../../src/shell/interactive-shell.js';
import type { ShellCommand, ShellHost } from '../../../../src/shell/interpreter.js';
import type { ShellLimits, ShellTimerHandle, ShellTimers } from '../../../../src/shell/limits/shell-limits.js';
import type { Lang } from '../../../../src/shell/i18n.js';

/** FakeTimers is a manual clock; advance() runs what falls due, letting promises settle in between. */
export class FakeTimers implements ShellTimers {
  time = 1_000_000;
  private nextId = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): ShellTimerHandle {
    const id = this.nextId++;
    this.due.set(id, { at: this.time + Math.max(0, ms), callback });
    return { id };
  }

  clearTimeout(handle: ShellTimerHandle): void {
    this.due.delete(handle.id as number);
  }

  /** pending is how many callbacks are scheduled. */
  get pending(): number {
    return this.due.size;
  }

  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await settle();
      const next = [...this.due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.due.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = end;
    await settle();
  }
}

/** settle lets queued promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => setImmediate(r));
}

class MemoryTerminal implements ShellTerminal {
  readonly isTTY = true;
  out = '';
  /** holds logs each hold and release with the output written by then. */
  readonly holds: string[] = [];
  private readonly listeners = new Set<(data: string) => void>();

  size(): TerminalSize {
    return { columns: 80, rows: 24 };
  }
  write(text: string): void {
    this.out += text;
  }
  writeError(text: string): void {
    this.out += text;
  }
  onData(listener: (data: string) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
  onResize(): Disposable {
    return { dispose: () => undefined };
  }
  hold(): () => void {
    this.holds.push(`hold after ${JSON.stringify(this.out)}`);
    return () => void this.holds.push(`release after ${JSON.stringify(this.out)}`);
  }
  type(data: string): void {
    for (const l of [...this.listeners]) l(data);
  }
}

function host(runs: string[]): ShellHost {
  const commands: Record<string, ShellCommand> = {
    echo: async ({ argv, io }) => (io.stdout(`${argv.slice(1).join(' ')}\n`), 0),
    // flood N writes N lines of 100 bytes, stopping when interrupted.
    flood: async ({ argv, io }) => {
      for (let i = 0; i < Number(argv[1] ?? 0) && !io.signal.aborted; i++) io.stdout(`${'x'.repeat(99)}\n`);
      return io.signal.aborted ? 130 : 0;
    },
    runs: async ({ argv }) => (runs.push(argv.slice(1).join(' ')), 0),
    // stream writes a line per event-loop turn until interrupted (like ping).
    stream: async ({ io }) => {
      while (!io.signal.aborted) {
        io.stdout('tick\n');
        await new Promise<void>((r) => setImmediate(r));
      }
      return 130;
    },
  };
  return { lookup: (name) => commands[name], notFound: (name) => `sh: ${name}: not found`, prefix: 'sh: ', vars: new Map() };
}

/** ShellRig runs an InteractiveShell with limits on a fake clock. */
export class ShellRig {
  readonly timers = new FakeTimers();
  readonly term = new MemoryTerminal();
  readonly runs: string[] = [];
  readonly shell: InteractiveShell;
  readonly closed = new AbortController();
  status: number | undefined;

  constructor(limits: Partial<ShellLimits>, lang: Lang = 'en') {
    this.shell = new InteractiveShell(this.term, {
      host: host(this.runs),
      prompt: () => '$ ',
      eofText: 'logout',
      closed: this.closed.signal,
      limits,
      lang,
      timers: this.timers,
    });
    void this.shell.run().then((s) => (this.status = s));
  }

  /** type sends keys and lets the shell react. */
  async type(data: string): Promise<void> {
    this.term.type(data);
    await settle();
  }

  /** output is everything the shell wrote, with the bell shown as <BEL>. */
  get output(): string {
    return this.term.out.replaceAll('\x07', '<BEL>');
  }
}
