// Logging in over real SSH: routing login names to nodes and teams, the welcome line, the node
// prompt, exec requests with their exit status and separate stderr, and refused logins.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, execOnce, PtySession } from './helpers/ssh-client.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

describe('interactive login', () => {
  it('alice+manager1 gets the welcome in English and the node prompt', async () => {
    const alice = await PtySession.open(server.port, 'alice+manager1', { env: { LANG: 'en_US.UTF-8' } });
    await alice.waitFor('alice@manager1:~$ ');
    const screen = await alice.lines();
    expect(screen.slice(0, 2)).toEqual(['Welcome to swarmlab, alice!', 'You are on node manager1 (manager, leader) of team default.']);
    expect(screen.at(-1)).toBe('alice@manager1:~$');
    alice.close();
  });

  it('welcomes in pt-BR by default and names teammates online', async () => {
    const alice = await PtySession.open(server.port, 'alice+manager1', { env: {} });
    await alice.waitFor('alice@manager1:~$ ');
    const bob = await PtySession.open(server.port, 'bob+manager3', { env: { LANG: 'pt_BR.UTF-8' } });
    const text = await bob.waitFor('bob@manager3:~$ ');
    expect(text).toContain('Bem-vindo(a) ao swarmlab, bob!\r\nVocê está no nó manager3 (gerente) do time default.');
    expect(text).toContain('Colegas online: alice em manager1.');
    alice.close();
    bob.close();
  });

  it('runs builtins, reports unknown commands like bash, and logs out on exit', async () => {
    const s = await PtySession.open(server.port, 'carol+worker2');
    await s.waitFor('carol@worker2:~$ ');
    expect(await s.run('hostname; whoami', 'carol@worker2:~$ ')).toContain('worker2\r\ncarol\r\n');
    expect(await s.run('nosuchcmd', 'carol@worker2:~$ ')).toContain('-bash: nosuchcmd: command not found');
    expect(await s.run('echo $?', 'carol@worker2:~$ ')).toContain('127');
    s.send('exit\r');
    expect(await s.ended()).toBe(0);
  });

  it('Ctrl-C abandons the line and Ctrl-D logs out', async () => {
    const s = await PtySession.open(server.port, 'dave+manager2');
    await s.waitFor('dave@manager2:~$ ');
    s.send('docker serv');
    s.send('\x03');
    await s.waitFor(/\^C\r\ndave@manager2:~\$ $/);
    s.send('\x04');
    await s.waitFor('logout');
    // bash sets $? to 130 when Ctrl-C abandons a line, and logout returns the last status.
    expect(await s.ended()).toBe(130);
  });

  it('a bare user name gets a node picker', async () => {
    const s = await PtySession.open(server.port, 'erin');
    await s.waitFor('Node: ');
    expect(await s.run('2', 'erin@manager2:~$ ')).toContain('erin@manager2:~$ ');
    s.close();
  });
});

describe('exec requests', () => {
  it('return the command exit status and write stdout and stderr on their own streams', async () => {
    const ok = await execOnce(server.port, 'alice+manager1', 'hostname');
    expect(ok).toEqual({ stdout: 'manager1\n', stderr: '', code: 0 });
    const bad = await execOnce(server.port, 'alice+manager1', 'nosuch');
    expect(bad).toEqual({ stdout: '', stderr: 'bash: line 1: nosuch: command not found\n', code: 127 });
    const docker = await execOnce(server.port, 'alice+manager1', 'docker servce');
    expect(docker).toEqual({ stdout: '', stderr: "docker: unknown command: docker servce\n\nRun 'docker --help' for more information\n", code: 1 });
  });

  it('report a malformed login name or an unknown node on stderr with exit status 1', async () => {
    const shape = await execOnce(server.port, 'Alice!', 'hostname');
    expect(shape.code).toBe(1);
    expect(shape.stderr).toMatch(/^swarmlab: .*"Alice!".*manager1, manager2, manager3, worker1, worker2\n$/);
    const node = await execOnce(server.port, 'alice+manager9', 'hostname', {});
    expect(node).toEqual({ stdout: '', stderr: 'swarmlab: o time default não tem o nó "manager9"; nós válidos: manager1, manager2, manager3, worker1, worker2\n', code: 1 });
  });

  it('a bare user runs on the team\'s first manager', async () => {
    expect((await execOnce(server.port, 'frank', 'hostname')).stdout).toBe('manager1\n');
  });
});

describe('authentication', () => {
  it('refuses a wrong password', async () => {
    await expect(connect(server.port, 'alice+manager1', { password: 'wrong' })).rejects.toThrow(/authentication/i);
  });

  it('remembers a key offered with a successful password login', async () => {
    const ssh2 = await import('ssh2');
    const pair = ssh2.utils.generateKeyPairSync('ed25519');
    // OpenSSH offers keys before the password; ask ssh2's client to do the same.
    const first = await connect(server.port, 'gina+manager1', { privateKey: pair.private, authHandler: ['publickey', 'password'] });
    first.end();
    const second = await connect(server.port, 'gina+worker1', { privateKey: pair.private, password: undefined });
    second.end();
    await expect(connect(server.port, 'hank+worker1', { privateKey: pair.private, password: undefined })).rejects.toThrow(/authentication/i);
  });
});
