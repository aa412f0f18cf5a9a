import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { ServerChannel } from 'ssh2';
import { ChannelTerminal, clampSize } from '../../../src/ssh/channel-terminal.js';
import { DEFAULT_SSH_LIMITS } from '../../../src/ssh/limits/ssh-limits.js';

class FakeChannel extends EventEmitter {
  written: string[] = [];
  stderrWritten: string[] = [];
  stderr = { write: (t: string) => this.stderrWritten.push(t) };
  write(t: string): boolean {
    this.written.push(t);
    return true;
  }
}

const terminal = (pty = true, holdMs?: number) => {
  const channel = new FakeChannel();
  const output = holdMs === undefined ? undefined : { maxBufferedBytes: 1 << 20, notice: () => '', holdMs };
  const term = new ChannelTerminal(channel as unknown as ServerChannel, pty ? { term: 'xterm', columns: 80, rows: 24 } : undefined, output);
  return { channel, term };
};

describe('ChannelTerminal', () => {
  it('keeps input that arrives before anyone listens (OpenSSH pipelines it with the shell request)', async () => {
    const { channel, term } = terminal();
    channel.emit('data', Buffer.from('hostname\r'));
    const seen: string[] = [];
    term.onData((d) => seen.push(d));
    await Promise.resolve();
    expect(seen).toEqual(['hostname\r']);
  });

  it('decodes UTF-8 characters split across packets', () => {
    const { channel, term } = terminal();
    const seen: string[] = [];
    term.onData((d) => seen.push(d));
    const bytes = Buffer.from('ção');
    channel.emit('data', bytes.subarray(0, 1));
    channel.emit('data', bytes.subarray(1));
    expect(seen.join('')).toBe('ção');
  });

  it('translates \\n to \\r\\n on a pty and sends stderr to the terminal there', async () => {
    const { channel, term } = terminal(true);
    term.write('a\nb\r\n');
    term.writeError('oops\n');
    await Promise.resolve();
    expect(channel.written).toEqual(['a\r\nb\r\noops\r\n']);
  });

  it('keeps stdout and stderr apart without a pty, in order', async () => {
    const { channel, term } = terminal(false);
    const order: string[] = [];
    term.tap((kind, data) => order.push(`${kind}:${data}`));
    term.write('a\n');
    term.writeError('oops\n');
    term.write('b\n');
    await Promise.resolve();
    expect(channel.written).toEqual(['a\n', 'b\n']);
    expect(channel.stderrWritten).toEqual(['oops\n']);
    expect(order).toEqual(['o:a\n', 'o:oops\n', 'o:b\n']);
  });

  it('sends what one turn of the event loop wrote as one packet, and flush() sends it at once', async () => {
    const { channel, term } = terminal(true);
    for (const row of ['ID   NAME\n', 'x1   a\n', 'x2   b\n']) term.write(row);
    expect(channel.written).toEqual([]);
    await Promise.resolve();
    expect(channel.written).toEqual(['ID   NAME\r\nx1   a\r\nx2   b\r\n']);
    term.write('$ ');
    term.flush();
    expect(channel.written).toHaveLength(2);
    await Promise.resolve();
    expect(channel.written).toEqual(['ID   NAME\r\nx1   a\r\nx2   b\r\n', '$ ']);
  });

  it('keeps held output, over turns of the event loop, until the release', async () => {
    const { channel, term } = terminal(true);
    term.write('ls\n');
    const release = term.hold();
    await new Promise((r) => setImmediate(r));
    term.write('a b\n');
    await new Promise((r) => setImmediate(r));
    term.write('$ ');
    expect(channel.written).toEqual([]);
    release();
    release();
    expect(channel.written).toEqual(['ls\r\na b\r\n$ ']);
    term.write('x');
    await Promise.resolve();
    expect(channel.written).toEqual(['ls\r\na b\r\n$ ', 'x']);
  });

  it('sends held output after outputHoldMs anyway (a command that streams)', async () => {
    const { channel, term } = terminal(true);
    const release = term.hold();
    term.write('64 bytes from 10.0.0.2\n');
    await new Promise((r) => setTimeout(r, DEFAULT_SSH_LIMITS.outputHoldMs + 20));
    expect(channel.written).toEqual(['64 bytes from 10.0.0.2\r\n']);
    term.write('$ ');
    release();
    expect(channel.written).toEqual(['64 bytes from 10.0.0.2\r\n', '$ ']);
  });

  it('holds nothing when outputHoldMs is 0', async () => {
    const { channel, term } = terminal(true, 0);
    const release = term.hold();
    term.write('a b\n');
    await Promise.resolve();
    expect(channel.written).toEqual(['a b\r\n']);
    release();
  });

  it('lets a tap see output written just before it is removed', () => {
    const { term } = terminal(true);
    const seen: string[] = [];
    const untap = term.tap((kind, data) => seen.push(`${kind}:${data}`));
    term.write('bye\n');
    untap();
    term.write('unseen');
    expect(seen).toEqual(['o:bye\r\n']);
  });

  it.each([
    [0, 0, 80, 24],
    [10000, 10000, 1000, 1000],
    [1, 1, 2, 2],
    [Number.NaN, 50, 80, 50],
  ])('clamps a window of %s x %s to %s x %s', (c, r, cols, rows) => {
    expect(clampSize(c, r)).toEqual({ columns: cols, rows });
  });
});
