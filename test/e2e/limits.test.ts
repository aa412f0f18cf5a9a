// The limits over real SSH, each on a server with that limit lowered: connections per address, a
// half-open flood that must not block a normal login, the login grace time, sessions per
// connection and per user, the idle timeout, pastes, the command rate and objects per team.

import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from 'ssh2';
import { connect, execOnce, PtySession } from './helpers/ssh-client.js';
import type { TestServer } from './helpers/test-server.js';
import { openSilent, sendIgnore, sleep, startWithLimits } from './helpers/limits.js';
import type { Limits } from '../../src/config.js';

let server: TestServer | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await server?.stop();
  server = undefined;
});

async function start(limits: Partial<Limits>): Promise<number> {
  server = await startWithLimits(limits);
  return server.port;
}

async function login(port: number, user: string): Promise<Client> {
  const client = await connect(port, user);
  cleanups.push(() => client.end());
  return client;
}

async function pty(port: number, user: string, env: Record<string, string> = { LANG: 'en_US.UTF-8' }): Promise<PtySession> {
  const session = await PtySession.open(port, user, { env });
  cleanups.push(() => session.close());
  await session.waitFor(`${user.split('+')[0]}@`);
  return session;
}

/** eventually retries until check passes (the server settles a closed socket asynchronously). */
async function eventually(check: () => Promise<void> | void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

describe('connections', () => {
  it('refuses a connection past --max-connections-per-address, and admits one again after a logout', async () => {
    const port = await start({ maxConnectionsPerAddress: 3 });
    const clients = await Promise.all(['a', 'b', 'c'].map((u) => login(port, `${u}+manager1`)));
    await expect(connect(port, 'd+manager1')).rejects.toThrow();
    clients[0]?.end();
    await eventually(async () => {
      (await login(port, 'd+manager1')).end();
    });
  });

  it('a flood of silent half-open connections from one address does not block a normal login', async () => {
    const port = await start({ maxUnauthenticatedPerAddress: 5, maxUnauthenticated: 10 });
    const flood = await openSilent(port, 40);
    cleanups.push(() => flood.forEach((s) => s.socket.destroy()));
    const result = await execOnce(port, 'alice+manager1', 'hostname');
    expect(result).toEqual({ stdout: 'manager1\n', stderr: '', code: 0 });
    await eventually(() => expect(flood.filter((s) => s.isClosed()).length).toBeGreaterThanOrEqual(35));
  });

  it('closes a connection that does not log in within --login-grace-time', async () => {
    const port = await start({ loginGraceMs: 300 });
    const [silent] = await openSilent(port, 1);
    await silent?.closed;
    expect(silent?.isClosed()).toBe(true);
  });
});

describe('sessions', () => {
  it('refuses a channel past --max-sessions on one connection', async () => {
    const port = await start({ maxSessionsPerConnection: 2 });
    const client = await login(port, 'alice+manager1');
    const shell = () => new Promise<void>((resolve, reject) => client.shell({ term: 'xterm' }, (err) => (err ? reject(err) : resolve())));
    await shell();
    await shell();
    await expect(shell()).rejects.toThrow(/channel open failure/i);
  });

  it('tells a user at --max-sessions-per-user, in their language, and lets others in', async () => {
    const port = await start({ maxSessionsPerUser: 2 });
    await pty(port, 'alice+manager1');
    await pty(port, 'alice+manager2');
    const refused = await execOnce(port, 'alice+worker1', 'hostname');
    expect(refused).toEqual({ stdout: '', stderr: 'swarmlab: alice já tem 2 sessões abertas, o máximo permitido; feche uma (exit) e tente de novo.\n', code: 1 });
    expect((await execOnce(port, 'bob+worker1', 'hostname')).stdout).toBe('worker1\n');
  });
});

describe('idle timeout', () => {
  it('warns, then closes an idle session; SSH_MSG_IGNORE packets are not input', async () => {
    const port = await start({ idleTimeoutMs: 2000 });
    const s = await pty(port, 'alice+manager1', {});
    const chaff = setInterval(() => sendIgnore(s.client), 50);
    cleanups.push(() => clearInterval(chaff));
    await s.waitFor(/swarmlab: sessão sem atividade; ela será encerrada em \d+ m?s se nada for digitado\./);
    await s.waitFor('swarmlab: sessão encerrada após 2 s sem atividade.');
    expect(await s.ended()).toBe(0);
  });
});

describe('input', () => {
  it('runs a 30-line paste, and refuses a paste past --max-paste politely', async () => {
    const port = await start({ maxPasteBytes: 8192 });
    const s = await pty(port, 'alice+manager1');
    const script = Array.from({ length: 30 }, (_, i) => `echo line-${i + 1}`).join('\r');
    const out = await s.run(script, 'line-30\r\n');
    for (let i = 1; i <= 30; i++) expect(out).toContain(`line-${i}\r\n`);
    s.send('echo x\r'.repeat(10_000));
    await s.waitFor('\x07swarmlab: too much input at once (over 8 KiB); it was dropped. Paste smaller parts.');
    await sleep(1200); // input must pause before typing is taken again
    expect(await s.run('echo after', 'after\r\n')).not.toContain('swarmlab:');
  });

  it('throttles a burst of commands past --max-command-rate with one line, then runs them all', async () => {
    const port = await start({ commandRate: 2, commandBurst: 3 });
    const s = await pty(port, 'alice+manager1');
    const out = await s.run(Array.from({ length: 6 }, (_, i) => `echo run-${i + 1}`).join('\r'), 'run-6\r\n');
    expect(out.match(/swarmlab: slow down! at most 2 commands per second/g)).toHaveLength(1);
  });
});

describe('objects per team', () => {
  it('refuses a service or network past the team limit with a daemon-style error', async () => {
    const port = await start({ maxServices: 2, maxNetworks: 1 });
    const docker = (line: string) => execOnce(port, 'alice+manager1+lim', `docker ${line}`);
    expect((await docker('service create -d --name a alpine sleep 1d')).code).toBe(0);
    expect((await docker('service create -d --name b alpine sleep 1d')).code).toBe(0);
    expect(await docker('service create -d --name c alpine sleep 1d')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: swarmlab limit: a team can have at most 2 services\n',
      code: 1,
    });
    expect((await docker('network create -d overlay one')).code).toBe(0);
    expect((await docker('network create -d overlay two')).stderr).toBe('Error response from daemon: swarmlab limit: a team can have at most 1 networks\n');
    expect((await execOnce(port, 'bob+manager1+other', 'docker service create -d --name c alpine sleep 1d')).code).toBe(0);
  });
});
