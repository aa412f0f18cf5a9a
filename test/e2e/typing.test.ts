// Typing over a real SSH pty feels like a local shell: UTF-8 edits, arrow keys, history, Tab
// completion, quotes and operators, and window resizes.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PtySession } from './helpers/ssh-client.js';
import { DEFAULT_LIMITS } from '../../src/config.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

const PROMPT = 'ana@manager2:~$ ';

async function session(): Promise<PtySession> {
  const s = await PtySession.open(server.port, 'ana+manager2');
  await s.waitFor(PROMPT);
  return s;
}

describe('typing', () => {
  it('edits UTF-8 text in the middle of a line', async () => {
    const s = await session();
    s.send('echo ao');
    s.send('\x1b[D'); // cursor left, between "a" and "o"
    s.send('çã');
    const out = await s.run('', PROMPT);
    expect(out).toContain('\r\nação\r\n');
    expect(await s.lines()).toContain(`${PROMPT}echo ação`);
    s.close();
  });

  it('recalls history with the up arrow and completes with Tab', async () => {
    const s = await session();
    await s.run('echo first', PROMPT);
    s.send('\x1b[A');
    const recalled = await s.run('', PROMPT);
    expect(recalled).toContain('first\r\n');
    s.send('docker netw\t');
    await s.waitFor('docker network ');
    const listed = await s.run('ls -q', PROMPT);
    expect(listed.split('\r\n').filter((l) => /^[0-9a-z]{12}$/.test(l))).toHaveLength(5);
    s.close();
  });

  it('handles quotes, ;, && and || like bash', async () => {
    const s = await session();
    const out = await s.run(`echo 'a  b' "c d"; false && echo no || echo yes`, PROMPT);
    expect(out).toContain('a  b c d\r\nyes\r\n');
    s.close();
  });

  it("sends a command's echo, output and the next prompt as one packet", async () => {
    // A hold bound no scheduling delay can reach, so the packets are counted, not timed.
    const held = await TestServer.start({ limits: { ...DEFAULT_LIMITS, outputHoldMs: 60_000 } });
    const s = await PtySession.open(held.port, 'ana+manager2');
    await s.waitFor(PROMPT);
    await s.run('echo warm', PROMPT);
    const packets: string[] = [];
    const onData = (d: Buffer): void => void packets.push(d.toString('utf8'));
    s.stream.on('data', onData);
    await s.run('docker node ls', PROMPT);
    await s.run('echo one; echo two', PROMPT);
    s.stream.off('data', onData);
    expect(packets).toHaveLength(2);
    expect(packets[0]).toMatch(/^docker node ls\r\nID +HOSTNAME[^]*\r\nana@manager2:~\$ $/);
    expect(packets[1]).toBe(`echo one; echo two\r\none\r\ntwo\r\n${PROMPT}`);
    s.close();
    await held.stop();
  });

  it('follows window resizes in docker --help', async () => {
    const s = await session();
    // Wait for the prompt after the help text: a resize also redraws the current prompt.
    const afterHelp = /--subnet[^\n]*\r\n(?:.*\r\n)*ana@manager2:~\$ $/;
    s.resize(120, 30);
    const wide = await s.run('docker network create --help', afterHelp);
    s.resize(60, 30);
    const narrow = await s.run('docker network create --help', afterHelp);
    const longest = (text: string) => Math.max(...text.split('\r\n').map((l) => l.length));
    expect(longest(narrow)).toBeLessThan(longest(wide));
    s.close();
  });
});
