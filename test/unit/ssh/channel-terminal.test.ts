import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { ServerChannel } from 'ssh2';
import { ChannelTerminal, clampSize } from '../../../src/ssh/channel-terminal.js';

class FakeChannel extends EventEmitter {
  written: string[] = [];
  stderrWritten: string[] = [];
  stderr = { write: (t: string) => this.stderrWritten.push(t) };
  write(t: string): boolean {
    this.written.push(t);
    return true;
  }
}

const terminal = (pty = true) => {
  const channel = new FakeChannel();
  const term = new ChannelTerminal(channel as unknown as ServerChannel, pty ? { term: 'xterm', columns: 80, rows: 24 } : undefined);
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

  it('translates \\n to \\r\\n on a pty and sends stderr to the terminal there', () => {
    const { channel, term } = terminal(true);
    term.write('a\nb\r\n');
    term.writeError('oops\n');
    expect(channel.written).toEqual(['a\r\nb\r\n', 'oops\r\n']);
  });

  it('keeps stdout and stderr apart without a pty', () => {
    const { channel, term } = terminal(false);
    term.write('a\n');
    term.writeError('oops\n');
    expect(channel.written).toEqual(['a\n']);
    expect(channel.stderrWritten).toEqual(['oops\n']);
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
