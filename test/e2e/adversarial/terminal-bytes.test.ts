// Bytes from the network into an interactive session: invalid UTF-8, lone and half escape
// sequences, NUL bytes, a 1 MB paste, absurd window sizes and a held Ctrl-C. After each, the
// session that took the bytes still answers, a fresh login works, a teammate logged in all along
// is unaffected, and nothing was logged as an error.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PtySession } from '../helpers/ssh-client.js';
import { ByteTap, INVALID_UTF8, sendBytes } from './helpers/bytes.js';
import { answers, expectHealthy, openShell } from './helpers/health.js';
import { WatchedServer } from './helpers/watched-server.js';

let server: WatchedServer;
let mate: PtySession;
const open: PtySession[] = [];

beforeAll(async () => {
  server = await WatchedServer.start();
  mate = await openShell(server.port, 'mate', 'manager2');
});
afterEach(async () => {
  await expectHealthy(server, mate);
  open.splice(0).forEach((s) => s.close());
});
afterAll(async () => {
  mate.close();
  await server.stop();
});

/** pressCtrlCUntilEchoed presses Ctrl-C about once a second until the terminal shows ^C. */
async function pressCtrlCUntilEchoed(s: PtySession): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const from = s.raw.length;
    sendBytes(s, '\x03');
    try {
      await s.waitFor('^C', 1_200, from);
      return;
    } catch {
      // not echoed yet: the paste is still being dropped
    }
  }
  throw new Error('Ctrl-C never took effect');
}

async function shell(user: string, options: { cols?: number; rows?: number } = {}): Promise<{ s: PtySession; tap: ByteTap }> {
  const s = await openShell(server.port, user, 'manager1', options);
  open.push(s);
  return { s, tap: new ByteTap(s) };
}

describe('bytes a client may send', () => {
  it('invalid UTF-8 alone, mid-line and split across packets', async () => {
    const { s, tap } = await shell('utf');
    for (const bad of INVALID_UTF8) sendBytes(s, bad);
    sendBytes(s, '\x03');
    await tap.settle();
    // 0xc3 0x28 decodes to U+FFFD then "(", which bash would reject: leave ASCII out mid-line.
    const noAscii = INVALID_UTF8.filter((b) => b.every((x) => x >= 0x80));
    sendBytes(s, Buffer.concat([Buffer.from('echo a'), ...noAscii, Buffer.from('b\r')]));
    await s.waitFor(/\r\na\ufffd+b\r\n/, 5_000);
    // é split between two packets must arrive as é.
    sendBytes(s, Buffer.from([0x65, 0x63, 0x68, 0x6f, 0x20, 0xc3]));
    await tap.settle(100);
    sendBytes(s, Buffer.from([0xa9, 0x0d]));
    await s.waitFor('\r\né\r\n', 5_000);
    await answers(s, 'utf', 'manager1');
    expect(tap.validUtf8()).toBe(true);
  });

  it('lone ESC and half escape sequences', async () => {
    const { s, tap } = await shell('esc');
    for (const seq of ['\x1b', '\x1b[', '\x1b[1;', '\x1b[999999999999999999999', '\x1bO', '\x1b]0;title', '\x1bP', '\x9b', '\x1b[200~x\x1b[201~', '\x1b\x1b\x1b']) {
      sendBytes(s, seq);
      await tap.settle(50);
    }
    sendBytes(s, '\x03');
    await tap.settle();
    await answers(s, 'esc', 'manager1');
    expect(tap.validUtf8()).toBe(true);
  });

  it('NUL bytes in typed text and in a paste', async () => {
    const { s, tap } = await shell('nul');
    sendBytes(s, 'echo a\x00b\x00\x00c\r');
    await s.waitFor('\r\nabc\r\n', 5_000);
    sendBytes(s, '\x1b[200~echo d\x00e\x1b[201~\r');
    await s.waitFor('\r\nde\r\n', 5_000);
    sendBytes(s, Buffer.alloc(64 * 1024));
    await tap.settle();
    await answers(s, 'nul', 'manager1');
  });

  it.each([
    ['one 1 MB line', Buffer.alloc(1 << 20, 'x')],
    ['131 072 commands', Buffer.from('echo hi\r'.repeat((1 << 20) / 8))],
    ['a 1 MB bracketed paste', Buffer.from(`\x1b[200~${'y\n'.repeat(1 << 19)}\x1b[201~`)],
  ])('a paste of %s is refused with a notice, and Ctrl-C gives the prompt back', async (_name, paste) => {
    const { s, tap } = await shell(`paste${paste.length % 7}`);
    const from = s.raw.length;
    sendBytes(s, paste);
    // openShell logs in with LANG=en_US.UTF-8, so the notice is in English.
    await s.waitFor('swarmlab: too much input at once', 10_000, from);
    // Input keeps being dropped until the client pauses for a second; then Ctrl-C, as a student
    // would press it, must win over whatever of the paste is still queued.
    await pressCtrlCUntilEchoed(s);
    await answers(s, s.raw.match(/(\w+)@manager1/)?.[1] ?? '', 'manager1');
    expect(tap.validUtf8()).toBe(true);
  });

  it('window-change to 0×0, 10000×10000 and 2^32-1, then docker node ls', async () => {
    const { s, tap } = await shell('winch', { cols: 0, rows: 0 });
    for (const [cols, rows] of [[0, 0], [10_000, 10_000], [1, 1], [2 ** 32 - 1, 2 ** 32 - 1], [80, 24]] as const) {
      s.stream.setWindow(rows, cols, 0, 0);
      // At 1 or 2 columns the prompt wraps with cursor moves, so wait for the output, then quiet.
      const out = await s.run('docker node ls', 'worker2', 5_000);
      await tap.settle(200);
      expect(out).toMatch(/manager1 +Ready/);
      expect(await s.run('docker service create --help', '--workdir', 5_000)).toContain('Usage:  docker service create');
      await tap.settle(200);
    }
    await answers(s, 'winch', 'manager1');
    expect(tap.validUtf8()).toBe(true);
  });

  it('Ctrl-C held down: at the prompt, during a command, and one byte per packet', async () => {
    const { s, tap } = await shell('ctrlc');
    sendBytes(s, '\x03'.repeat(100));
    await tap.settle();
    await answers(s, 'ctrlc', 'manager1');
    for (const running of ['sleep 30', 'docker service create --name held nginx']) {
      const from = s.raw.length;
      s.send(`${running}\r`);
      await s.waitFor(running.startsWith('sleep') ? `${running}\r\n` : 'overall progress', 10_000, from);
      for (let i = 0; i < 100; i++) sendBytes(s, '\x03');
      await tap.settle();
      await answers(s, 'ctrlc', 'manager1');
    }
    expect(tap.validUtf8()).toBe(true);
  });
});
