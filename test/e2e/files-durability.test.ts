// A file a user wrote survives kill -9 of the real server process: the write is committed to the
// SQLite file store (WAL) before the shell prints its next prompt or the exec session exits, so
// what the user saw succeed is on disk (DESIGN.md: "what a user saw succeed survives kill -9").

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasBuild, killHard, startProcessServer } from './helpers/process-server.js';
import { execOnce, PtySession } from './helpers/ssh-client.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('files and kill -9', () => {
  it.runIf(hasBuild())('files written just before SIGKILL are there after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swarmlab-files-kill-'));
    dirs.push(dir);
    const first = await startProcessServer(dir);
    const written = await execOnce(first.port, 'alice+manager1', 'mkdir -p app && echo "replicas: 3" > app/stack.yml && echo ok');
    expect(written.stdout).toBe('ok\n');
    const alice = await PtySession.open(first.port, 'alice+manager1');
    await alice.waitFor('alice@manager1:~$ ');
    const from = alice.raw.length;
    alice.send('echo last words >> app/stack.yml\r');
    await alice.waitFor('alice@manager1:~$ ', 10_000, from);
    await killHard(first);
    alice.close();
    const second = await startProcessServer(dir);
    try {
      expect(await execOnce(second.port, 'alice+manager1', 'cat app/stack.yml')).toMatchObject({ stdout: 'replicas: 3\nlast words\n' });
      expect((await execOnce(second.port, 'bob+manager1', 'ls')).stdout).toBe('');
    } finally {
      await killHard(second);
    }
  });
});
