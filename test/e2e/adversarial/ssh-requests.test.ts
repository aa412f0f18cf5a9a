// SSH requests a broken or hostile client sends: exec requests with huge commands, env requests
// with odd names and values, many channels on one connection, and clients that vanish in the
// middle of `docker service create` progress or of `ping` inside a container. After each, a
// fresh login works, a teammate logged in all along is unaffected, and nothing was logged as an
// error.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, execOnce, type PtySession } from '../helpers/ssh-client.js';
import { closed, expectHealthy, openShell, prompt } from './helpers/health.js';
import { execOn, execRaw } from './helpers/raw-exec.js';
import { WatchedServer } from './helpers/watched-server.js';

let server: WatchedServer;
let mate: PtySession;

beforeAll(async () => {
  server = await WatchedServer.start();
  mate = await openShell(server.port, 'mate', 'manager2');
});
afterEach(async () => {
  await expectHealthy(server, mate);
});
afterAll(async () => {
  mate.close();
  await server.stop();
});

describe('exec requests', () => {
  it('a 1 MB command is refused without taking the server down', async () => {
    const huge = await execRaw(server.port, 'huge+manager1', `echo ${'x'.repeat(1 << 20)}`);
    // ssh2 drops a packet over 35 000 bytes with the connection, as sshd does over 256 KiB.
    expect(huge.error ?? huge.code).toBeTruthy();
  });

  it('a command just under the packet limit runs or fails with a message', async () => {
    for (const command of [`echo ${'y'.repeat(30_000)}`, 'true;'.repeat(6_000), `docker service rm ${'s '.repeat(15_000)}`]) {
      const result = await execRaw(server.port, 'big+manager1', command);
      expect(result.error).toBeUndefined();
      if (result.code !== 0) expect(result.stderr).not.toBe('');
    }
  });

  it('NUL bytes and escape sequences in an exec command', async () => {
    const result = await execRaw(server.port, 'nulx+manager1', 'echo a\x00b; hostname\x1b[2J; \x1b]0;x\x07');
    expect(result.error).toBeUndefined();
    expect(result.code).not.toBeNull();
  });
});

describe('env requests with odd names', () => {
  const odd: Record<string, string> = {
    '=': 'x', '': 'empty name', ['N'.repeat(10_000)]: 'long name', 'A\x1b[2J': 'escape in name', 'B\x00C': 'nul', 'LANG': 'en_US.UTF-8\x1b]0;pwned\x07',
    'LC_ALL': '\x1b[31m', 'V': 'v'.repeat(10_000), 'é': 'unicode',
  };

  it('an exec request still runs', async () => {
    const result = await execRaw(server.port, 'envx+manager1', 'hostname', odd);
    expect(result).toMatchObject({ stdout: 'manager1\n', code: 0 });
  });

  it('an interactive login still gets its prompt, with no escape sequence from the env in the welcome', async () => {
    const s = await openShell(server.port, 'envs', 'manager1', { env: odd });
    expect(s.raw).not.toMatch(/pwned|\x1b\[31m|\x1b\[2J/);
    s.close();
  });
});

describe('many channels on one connection', () => {
  it('50 at once: each runs or is refused, none hangs', async () => {
    const client = await connect(server.port, 'chan+manager1');
    client.on('error', () => undefined);
    const results = await Promise.all(Array.from({ length: 50 }, () => execOn(client, 'sleep 0.3; hostname')));
    const ran = results.filter((r) => r.error === undefined);
    expect(ran.length).toBeGreaterThan(0);
    for (const r of ran) expect(r).toMatchObject({ stdout: 'manager1\n', code: 0 });
    for (const r of results.filter((x) => x.error !== undefined)) expect(r.error).toMatch(/open failure|refused|prohibited|closed/i);
    client.end();
  });

  it('100 one after another on the same connection all run (slots are given back)', async () => {
    const client = await connect(server.port, 'seq+manager1');
    client.setNoDelay(true);
    for (let i = 0; i < 100; i++) expect(await execOn(client, 'true')).toMatchObject({ code: 0 });
    client.end();
  });
});

describe('clients that vanish mid-command', () => {
  it('during docker service create progress (pty, then exec)', async () => {
    const s = await openShell(server.port, 'gone', 'manager1');
    s.send('docker service create --name gone1 --replicas 3 nginx\r');
    await s.waitFor('overall progress', 10_000);
    const gone = closed(s);
    s.client.destroy();
    await gone;
    const client = await connect(server.port, 'gone+manager1');
    const exec = new Promise<void>((resolve) => client.exec('docker service create --name gone2 nginx', (_e, stream) => stream.once('data', () => resolve())));
    await exec;
    client.end();
    const ls = await mate.run('docker service ls --format {{.Name}}', prompt('mate', 'manager2'));
    expect(ls).toContain('gone1');
    expect(ls).toContain('gone2');
    await expectGoneFromWho('gone');
  });

  it('during ping inside a container (pty and exec)', async () => {
    const created = await execOnce(server.port, 'pinger+manager1', 'docker service create --name pingme --replicas 5 alpine sleep 1d', { readyTimeout: 10_000 });
    expect(created.code).toBe(0);
    const container = (await execOnce(server.port, 'pinger+manager1', 'docker ps -q')).stdout.split('\n')[0] ?? '';
    expect(container).toMatch(/^[0-9a-f]{12}$/);
    const s = await openShell(server.port, 'pinger', 'manager1');
    s.send(`docker exec -it ${container} sh\r`);
    await s.waitFor('/ # ');
    s.send('ping 127.0.0.1\r');
    await s.waitFor('bytes from');
    const gone = closed(s);
    s.client.destroy();
    await gone;
    const client = await connect(server.port, 'pinger+manager1');
    await new Promise<void>((resolve) => client.exec(`docker exec ${container} ping 127.0.0.1`, (_e, stream) => stream.once('data', () => resolve())));
    client.destroy();
    await expectGoneFromWho('pinger');
  });
});

/** expectGoneFromWho waits until the teammate's `who` no longer lists user. */
async function expectGoneFromWho(user: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const who = await mate.run('who', prompt('mate', 'manager2'));
    if (!who.split('\r\n').some((l) => l.startsWith(`${user} `))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${user} still listed by who`);
}
