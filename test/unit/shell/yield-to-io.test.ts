// Every session shares one event loop, so a command yields to pending input before it runs and
// before its bookkeeping: a keystroke from another session that arrived meanwhile is handled
// between the parts of the command instead of after all of it.

import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { InteractiveShell } from '../../../src/shell/interactive-shell.js';
import type { ShellHost } from '../../../src/shell/interpreter.js';
import { realShellTimers } from '../../../src/shell/limits/shell-limits.js';
import { FakeTimers, settle } from './limits/rig.js';

class YieldingTimers extends FakeTimers {
  readonly events: string[];
  constructor(events: string[]) {
    super();
    this.events = events;
  }
  async yieldToIO(): Promise<void> {
    this.events.push('yield');
  }
}

describe('a command yields to pending input', () => {
  it('yields before it runs and before its bookkeeping', async () => {
    const events: string[] = [];
    const listeners = new Set<(d: string) => void>();
    const host: ShellHost = {
      lookup: (name) => (name === 'work' ? async () => (events.push('run'), 0) : undefined),
      notFound: (name) => `sh: ${name}: not found`,
      prefix: 'sh: ',
      vars: new Map(),
    };
    const shell = new InteractiveShell(
      {
        isTTY: true,
        size: () => ({ columns: 80, rows: 24 }),
        write: () => undefined,
        writeError: () => undefined,
        onData: (l) => (listeners.add(l), { dispose: () => listeners.delete(l) }),
        onResize: () => ({ dispose: () => undefined }),
      },
      { host, prompt: () => '$ ', eofText: '', closed: new AbortController().signal, timers: new YieldingTimers(events), onDone: () => events.push('done') },
    );
    void shell.run();
    await settle();
    for (const l of listeners) l('work\r');
    await settle();
    expect(events).toEqual(['yield', 'run', 'yield', 'done']);
  });

  it('the real yield lets input that already arrived on a socket be handled first', async () => {
    const order: string[] = [];
    let serverSide: Socket | undefined;
    const server = createServer((socket) => {
      serverSide = socket;
      socket.on('data', () => order.push('keystroke'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
    // A session's socket is long established: one round first, so the server side reads.
    client.write('w');
    for (let i = 0; i < 1000 && order.length === 0; i++) await new Promise<void>((r) => setTimeout(r, 1));
    order.length = 0;
    for (let key = 0; key < 3; key++) {
      client.write('x');
      // Busy for a while, as a command would be: the keystroke is in the socket buffer by the end.
      for (const until = Date.now() + 10; Date.now() < until; );
      await realShellTimers.yieldToIO?.();
      order.push('after yield');
    }
    expect(order).toEqual(['keystroke', 'after yield', 'keystroke', 'after yield', 'keystroke', 'after yield']);
    client.destroy();
    serverSide?.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
