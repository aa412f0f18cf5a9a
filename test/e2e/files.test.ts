// Users' files over real SSH: a home per user per node, written with heredocs, echo, nano and
// the coreutils, seen by exec sessions, kept across a restart and private to each user.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execOnce, PtySession } from './helpers/ssh-client.js';
import { TestServer } from './helpers/test-server.js';

const COMPOSE = 'services:\n  web:\n    image: nginx:alpine\n    ports:\n      - "8080:80"\n';

describe('files on a node', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('heredoc with the > prompt, ls, cat, mkdir/cd with the prompt following, mv/cp/rm', async () => {
    const alice = await PtySession.open(server.port, 'alice+manager1');
    try {
      await alice.waitFor('alice@manager1:~$ ');
      let from = alice.raw.length;
      alice.send('cat > docker-compose.yml <<EOF\r');
      await alice.waitFor('\r\n> ', 10_000, from);
      for (const line of COMPOSE.trimEnd().split('\n')) alice.send(`${line}\r`);
      from = alice.raw.length;
      alice.send('EOF\r');
      await alice.waitFor('alice@manager1:~$ ', 10_000, from);
      expect(await alice.run('ls', 'alice@manager1:~$ ')).toContain('docker-compose.yml');
      const cat = await alice.run('cat docker-compose.yml', 'alice@manager1:~$ ');
      expect(cat).toContain(COMPOSE.replace(/\n/g, '\r\n'));
      await alice.run('mkdir -p app/conf && cd app', 'alice@manager1:~/app$ ');
      await alice.run('cp ../docker-compose.yml . && mv docker-compose.yml stack.yml', 'alice@manager1:~/app$ ');
      expect(await alice.run('ls', 'alice@manager1:~/app$ ')).toMatch(/conf\s+stack\.yml/);
      expect(await alice.run('rm conf', 'alice@manager1:~/app$ ')).toContain("rm: cannot remove 'conf': Is a directory");
      await alice.run('rm -r conf; cd', 'alice@manager1:~$ ');
      expect((await execOnce(server.port, 'alice+manager1', 'ls app; cat app/stack.yml')).stdout).toBe(`stack.yml\n${COMPOSE}`);
    } finally {
      alice.close();
    }
  });

  it('nano edits and saves a file with Ctrl-O Enter and leaves with Ctrl-X', async () => {
    const alice = await PtySession.open(server.port, 'alice+manager1');
    try {
      await alice.waitFor('alice@manager1:~$ ');
      let from = alice.raw.length;
      alice.send('nano notes.txt\r');
      await alice.waitFor('[ New File ]', 10_000, from);
      expect((await alice.lines()).at(0)).toMatch(/^ {2}GNU nano 7\.2\s+notes\.txt$/);
      from = alice.raw.length;
      alice.send('first line\rsecond\x0f');
      await alice.waitFor('File Name to Write: notes.txt', 10_000, from);
      from = alice.raw.length;
      alice.send('\r');
      await alice.waitFor('[ Wrote 2 lines ]', 10_000, from);
      from = alice.raw.length;
      alice.send('\x18');
      await alice.waitFor('alice@manager1:~$ ', 10_000, from);
      expect((await execOnce(server.port, 'alice+manager1', 'cat notes.txt')).stdout).toBe('first line\nsecond\n');
    } finally {
      alice.close();
    }
  });

  it('another user on the same node has a separate home; bad input gives coreutils errors over exec', async () => {
    await execOnce(server.port, 'carol+manager2', 'echo mine > secret.txt');
    const bob = await execOnce(server.port, 'bob+manager2', 'pwd; ls; cat secret.txt');
    expect(bob).toEqual({ stdout: '/home/bob\n', stderr: 'cat: secret.txt: No such file or directory\n', code: 1 });
    expect((await execOnce(server.port, 'carol+worker1', 'cat secret.txt')).code).toBe(1);
    expect((await execOnce(server.port, 'carol+manager2', 'cat secret.txt')).stdout).toBe('mine\n');
    expect(await execOnce(server.port, 'carol+manager2', 'echo x > /etc/passwd')).toEqual({ stdout: '', stderr: 'bash: line 1: /etc/passwd: Permission denied\n', code: 1 });
  });

  it('files survive a server restart', async () => {
    await execOnce(server.port, 'dave+manager1', 'mkdir d && echo kept > d/f && echo more >> d/f');
    await server.restart();
    expect((await execOnce(server.port, 'dave+manager1', 'cat d/f')).stdout).toBe('kept\nmore\n');
  });
});
