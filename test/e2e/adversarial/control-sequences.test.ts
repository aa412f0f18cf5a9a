// Control sequences one user sends must never reach another user's terminal: not through a login
// name, an env value, a typed or exec'd line (shown to instructors as "last command"), `who`, the
// welcome line, wall/write/broadcast, or docker object names a teammate lists. Each test watches
// the raw bytes a victim's terminal receives, and what an instructor's admin commands print.

import type { TestContext } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminExec, connect, execOnce, type PtySession } from '../helpers/ssh-client.js';
import { ByteTap } from './helpers/bytes.js';
import { openShell, prompt } from './helpers/health.js';
import { execRaw } from './helpers/raw-exec.js';
import { WatchedServer } from './helpers/watched-server.js';

// A title change, a screen clear, a color, and a bare BEL and CSI introducer (C1).
const EVIL = '\x1b]0;pwned\x07\x1b[2J\x1b[31m\x07\x9b2J';
const LEAKS = /\x1b\]|\x1b\[2J|\x1b\[31m|\x9b|pwned\x07/;

let server: WatchedServer;
let victim: PtySession;
let tap: ByteTap;

beforeAll(async () => {
  server = await WatchedServer.start();
  victim = await openShell(server.port, 'vic', 'manager1');
  tap = new ByteTap(victim);
});
afterAll(async () => {
  victim.close();
  expect(server.errors()).toEqual([]);
  await server.stop();
});

/** expectVictimClean checks the victim got no sequence and still answers `who`. */
async function expectVictimClean(): Promise<void> {
  const who = await victim.run('who', prompt('vic', 'manager1'));
  expect(who).not.toMatch(LEAKS);
  expect(tap.bytes().toString('latin1')).not.toMatch(LEAKS);
}

/** instructorSays runs an admin command with instructor credentials (a bare name). */
async function instructorSays(command: string): Promise<string> {
  const result = await adminExec(server.port, command, 'teach');
  return result.stdout + result.stderr;
}

/** requireCommand skips the test while the lead has not landed a node-shell command yet. */
async function requireCommand(ctx: TestContext, name: string): Promise<void> {
  const probe = await execOnce(server.port, 'probe+manager1', `${name} x`);
  if (probe.stderr.includes(`${name}: command not found`)) ctx.skip(`TODO(lead): \`${name}\` is not in the node shell yet`);
}

describe('control sequences between users', () => {
  it('in a login name: refused, and echoed back printable even to its own sender', async () => {
    for (const name of [`e${EVIL}+manager1`, `e${EVIL}`, `evil+manager1+${EVIL}`, `evil+${EVIL}`]) {
      const own = await execRaw(server.port, name, 'hostname');
      expect(own.code).toBe(1);
      expect(own.stdout + own.stderr).not.toMatch(LEAKS);
    }
    await expectVictimClean();
  });

  it('in env values: the login works, and neither who nor the welcome of a newcomer carries them', async () => {
    const evil = await openShell(server.port, 'evil', 'manager1', { env: { LANG: `en_US.UTF-8${EVIL}`, LC_ALL: EVIL, TERM: EVIL, USER: EVIL } });
    const newcomer = await openShell(server.port, 'newbie', 'manager2');
    expect(newcomer.raw).toContain('evil');
    expect(newcomer.raw).not.toMatch(LEAKS);
    await expectVictimClean();
    evil.close();
    newcomer.close();
  });

  it('in typed and exec\'d lines: an instructor\'s `sessions` and `teams` stay clean', async () => {
    const evil = await openShell(server.port, 'typist', 'manager1');
    evil.send(`echo ${EVIL}\r`);
    await evil.waitFor(prompt('typist', 'manager1'), 5_000, evil.raw.length);
    const client = await connect(server.port, 'typist+manager1');
    // An exec request carries raw bytes the line editor would have filtered out.
    client.exec(`sleep 5; echo '${EVIL}'`, () => undefined);
    await new Promise((r) => setTimeout(r, 300));
    for (const command of ['sessions', 'sessions --json', 'teams']) expect(await instructorSays(command)).not.toMatch(LEAKS);
    client.end();
    evil.close();
    await expectVictimClean();
  });

  it('in wall and write messages to a teammate', async (ctx) => {
    await requireCommand(ctx, 'wall');
    for (const command of [`wall '${EVIL}hello team'`, `write vic '${EVIL}hello vic'`, `write '${EVIL}' hi`]) {
      const sent = await execOnce(server.port, 'sender+manager2', command);
      expect(sent.stdout + sent.stderr).not.toMatch(LEAKS);
    }
    await victim.waitFor('hello vic', 5_000);
    expect(victim.raw).toContain('hello team');
    await expectVictimClean();
  });

  it('in an instructor broadcast', async (ctx) => {
    const probe = await instructorSays('broadcast probe');
    if (/unknown|not found|usage/i.test(probe) && !victim.raw.includes('probe')) ctx.skip('TODO(lead): `broadcast` is not an admin command yet');
    await instructorSays(`broadcast '${EVIL}class ends soon'`);
    await victim.waitFor('class ends soon', 5_000);
    await expectVictimClean();
  });

  it('in docker network names a teammate lists', async () => {
    for (const command of [`docker network create -d overlay 'o${EVIL}'`, `docker network create 'b${EVIL}'`]) {
      await execOnce(server.port, 'netter+manager1', command);
    }
    const listed = await victim.run('docker network ls', prompt('vic', 'manager1'));
    expect(listed).not.toMatch(LEAKS);
    await expectVictimClean();
  });
});
