// Restarting keeps every team's cluster, with the same IDs, from the SQLite event log: after a
// graceful stop and after SIGKILL of a real server process.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasBuild, killHard, startProcessServer } from './helpers/process-server.js';
import { execOnce, PtySession } from './helpers/ssh-client.js';
import { TestServer } from './helpers/test-server.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function snapshot(port: number): Promise<string[]> {
  const out: string[] = [];
  for (const login of ['alice+manager1', 'bob+worker2', 'carol+manager1+red']) {
    out.push((await execOnce(port, login, 'docker network ls --no-trunc')).stdout);
  }
  return out;
}

describe('restart', () => {
  it('after a graceful stop, every team comes back with the same IDs', async () => {
    const server = await TestServer.start();
    try {
      const before = await snapshot(server.port);
      expect(before[2]).not.toBe(before[0]);
      await server.restart();
      expect(await snapshot(server.port)).toEqual(before);
    } finally {
      await server.stop();
    }
  });

  it('a graceful stop tells every connected session before closing it', async () => {
    const server = await TestServer.start();
    const alice = await PtySession.open(server.port, 'alice+manager1');
    await alice.waitFor('alice@manager1:~$ ');
    alice.send('docker net');
    await alice.waitFor('alice@manager1:~$ docker net');
    await server.stop();
    const text = await alice.waitFor('swarmlab is shutting down; your cluster is saved.');
    // The message appears above the line being typed, which is redrawn under it.
    expect(text).toMatch(/shutting down[^\n]*\r\nalice@manager1:~\$ docker net/);
    expect(await alice.ended()).not.toBeUndefined();
  });

  it.runIf(hasBuild())('after kill -9 of the server process, nothing acknowledged is lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swarmlab-kill-'));
    dirs.push(dir);
    const first = await startProcessServer(dir);
    const before = await snapshot(first.port);
    await killHard(first);
    const second = await startProcessServer(dir);
    try {
      expect(await snapshot(second.port)).toEqual(before);
    } finally {
      await killHard(second);
    }
  });
});
