// The instructor's side over real SSH: the scriptable admin commands, messages that arrive while
// a student types, faults that change what students see, reset, the team clock, live observe,
// and asciicast export.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBuild } from './helpers/process-server.js';
import { adminExec, connect, execOnce, PtySession } from './helpers/ssh-client.js';
import { INSTRUCTOR_CODE, TestServer } from './helpers/test-server.js';

const MAIN = resolve(import.meta.dirname, '../../dist/main.js');
let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

const admin = (command: string) => adminExec(server.port, command);
const student = (login: string, command: string) => execOnce(server.port, login, command);

describe('admin commands', () => {
  it('list teams and sessions, as tables and as JSON', async () => {
    const alice = await PtySession.open(server.port, 'alice+manager1+blue');
    await alice.waitFor('alice@manager1:~$ ');
    const teams = await admin('teams');
    expect(teams.code).toBe(0);
    expect(teams.stdout).toMatch(/^TEAM\s+ONLINE\s+NODES\s+SERVICES\s+TASKS\s+CLOCK\n/);
    expect(teams.stdout).toMatch(/blue\s+alice@manager1\s+5\s+0\s+-\s+1x/);
    const sessions = JSON.parse((await admin('sessions --json')).stdout) as { user: string; team: string; node: string }[];
    expect(sessions).toContainEqual(expect.objectContaining({ user: 'alice', team: 'blue', node: 'manager1' }));
    alice.close();
  });

  it('refuse unknown words and are out of reach for students', async () => {
    expect(await admin('rm -rf /')).toEqual({ stdout: '', stderr: "swarmlab: unknown admin command 'rm'; try 'help'\n", code: 2 });
    expect(await student('alice+manager1', 'sessions')).toEqual({ stdout: '', stderr: 'bash: line 1: sessions: command not found\n', code: 127 });
  });
});

describe('messages', () => {
  it('a broadcast arrives above the line being typed and leaves it intact', async () => {
    const bob = await PtySession.open(server.port, 'bob+manager3');
    await bob.waitFor('bob@manager3:~$ ');
    bob.send('docker net');
    await bob.waitFor('docker net');
    expect((await admin('broadcast "pausa de 5 minutos"')).stdout).toMatch(/^delivered to \d+ sessions\n$/);
    await bob.waitFor('Message from instructor ana: pausa de 5 minutos');
    const screen = await bob.lines();
    expect(screen.at(-2)).toBe('Message from instructor ana: pausa de 5 minutos');
    expect(screen.at(-1)).toBe('bob@manager3:~$ docker net');
    bob.close();
  });

  it('wall reaches the team only; write reaches one teammate; control sequences are stripped', async () => {
    const [a, b, c] = await Promise.all([
      PtySession.open(server.port, 'ann+manager1+green'),
      PtySession.open(server.port, 'ben+worker1+green'),
      PtySession.open(server.port, 'cid+manager1+other'),
    ]);
    await Promise.all([a.waitFor('$ '), b.waitFor('$ '), c.waitFor('$ ')]);
    // Typed text never carries control characters (the line editor drops them); an exec request does.
    expect((await student('ann+manager1+green', 'wall "hello \x1b]0;pwned\x07team \x1b[2J"')).code).toBe(0);
    await b.waitFor('Message from ann@manager1 to the team: hello team');
    expect(b.raw).not.toContain('pwned');
    expect(b.raw).not.toContain('\x1b[2J');
    expect((await student('ann+manager1+green', 'write cid hi')).stderr).toBe('write: cid is not logged in\n');
    await a.run('write ben lunch?', 'ann@manager1:~$ ');
    await b.waitFor('Message from ann@manager1: lunch?');
    expect(c.raw).not.toContain('hello team');
    for (const s of [a, b, c]) s.close();
  });
});

describe('faults, reset and the clock', () => {
  it('node-down makes the engine unreachable there and the node Down for managers; node-up restores it', async () => {
    expect((await admin('fault red node-down worker2')).stderr).toBe('no team red\n');
    await student('eve+manager1+red', 'true'); // the first login into a team creates it
    expect((await admin('fault red node-down worker2')).stdout).toBe('red: worker2 is down\n');
    expect(await student('eve+worker2+red', 'docker ps')).toEqual({
      stdout: '',
      stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n',
      code: 1,
    });
    expect((await student('eve+manager1+red', 'docker node ls')).stdout).toMatch(/worker2\s+Down\s+Active/);
    await admin('fault red node-up worker2');
    expect((await student('eve+worker2+red', 'docker ps')).code).toBe(0);
  });

  it('kill-task fails a task with exit 137 and the restart policy replaces it', async () => {
    await student('eve+manager1+red', 'docker service create -d --name web --replicas 1 nginx');
    await admin('clock red step 10s');
    expect((await admin('fault red kill-task web.1')).code).toBe(0);
    const ps = await student('eve+manager1+red', 'docker service ps web');
    expect(ps.stdout).toMatch(/Shutdown\s+Failed [^\n]*"task: non-zero exit \(137\)"/);
  });

  it('clock step skips a 50-minute sleep; reset gives a fresh cluster', async () => {
    await student('fay+manager1+clock', 'docker service create -d --name nap alpine sleep 50m');
    await admin('clock clock step 10s');
    const before = (await student('fay+manager1+clock', 'docker service ps -q nap')).stdout.trim().split('\n');
    await admin('clock clock step 51m');
    await admin('clock clock step 10s');
    const after = (await student('fay+manager1+clock', 'docker service ps -q nap')).stdout.trim().split('\n');
    expect(after.length).toBe(before.length + 1);
    expect((await admin('reset clock')).stdout).toBe('clock: fresh cluster\n');
    expect((await student('fay+manager1+clock', 'docker service ls')).stdout).toBe('ID        NAME      MODE      REPLICAS   IMAGE     PORTS\n');
    expect((await admin('reset clock --no-swarm')).code).toBe(0);
    expect((await student('fay+manager1+clock', 'docker node ls')).stderr).toContain('This node is not a swarm manager. Use "docker swarm init"');
  });
});

describe('dashboard', () => {
  it('draws the class at 80x24, follows the selection, and quits with q', async () => {
    const ivy = await PtySession.open(server.port, 'ivy+manager1+dash');
    await ivy.waitFor('ivy@manager1:~$ ');
    await ivy.run('docker service create -d --name api --replicas 2 nginx', 'ivy@manager1:~$ ');
    const dash = await PtySession.open(server.port, 'ana', { password: INSTRUCTOR_CODE, cols: 80, rows: 24 });
    await dash.waitFor('dash');
    const screen = (await dash.lines()).join('\n');
    expect(screen).toContain('dash');
    expect(screen).toMatch(/Teams|TEAM/);
    expect(screen).toMatch(/dash\s+1\s+5\s+1\s.*ivy@manager1/);
    dash.send('2'); // the sessions pane
    for (let i = 0; i < 100 && !/ivy\s+manager1\s+dash/.test((await dash.lines()).join('\n')); i++) await new Promise((r) => setTimeout(r, 30));
    expect((await dash.lines()).join('\n')).toMatch(/ivy\s+manager1\s+dash/);
    dash.send('q');
    expect(await dash.ended()).toBe(0);
    ivy.close();
  });
});

describe('observe and export', () => {
  it('mirrors a student terminal live, starting with the current screen; q returns; the student is told', async () => {
    const gil = await PtySession.open(server.port, 'gil+manager2');
    await gil.run('echo before-observe', 'gil@manager2:~$ ');
    const client = await connect(server.port, 'ana', { password: INSTRUCTOR_CODE });
    const stream = await new Promise<import('ssh2').ClientChannel>((resolve, reject) =>
      client.exec('observe gil', { pty: { term: 'xterm', cols: 80, rows: 24 } }, (err, s) => (err ? reject(err) : resolve(s))),
    );
    let mirrored = '';
    stream.on('data', (d: Buffer) => (mirrored += d.toString()));
    const until = async (text: string) => {
      for (let i = 0; i < 200 && !mirrored.includes(text); i++) await new Promise((r) => setTimeout(r, 25));
      expect(mirrored).toContain(text);
    };
    await until('before-observe');
    await gil.waitFor('is watching your terminal');
    await gil.run('echo during-observe', 'gil@manager2:~$ ');
    await until('during-observe');
    const code = new Promise((resolve) => stream.on('exit', resolve));
    stream.write('q');
    expect(await code).toBe(0);
    await gil.waitFor('stopped watching your terminal');
    client.end();
    gil.close();
  });

  it('exports the newest session of a user as asciicast v2', async () => {
    const hal = await PtySession.open(server.port, 'hal+manager1', { cols: 100, rows: 30 });
    await hal.run('echo recorded-line', 'hal@manager1:~$ ');
    hal.close();
    await new Promise((r) => setTimeout(r, 700)); // the recording flushes every 500 ms
    const cast = await admin('export hal');
    const [header, ...events] = cast.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(header).toMatchObject({ version: 2, width: 100, height: 30, title: 'hal@manager1 (team default)' });
    const typed = events as [number, string, string][];
    expect(typed.every(([t, kind, data], i) => typeof t === 'number' && ['o', 'i', 'r'].includes(kind) && typeof data === 'string' && (i === 0 || t >= (typed[i - 1]?.[0] ?? 0)))).toBe(true);
    expect(typed.filter(([, k]) => k === 'o').map(([, , d]) => d).join('')).toContain('recorded-line');
  });

  it.runIf(hasBuild())('npm run export writes the same cast to a file, reading the data directory of a running server', async () => {
    const out = join(server.dir, 'hal.cast');
    const result = spawnSync(process.execPath, [MAIN, 'export', '--user', 'hal', '--out', out, '--data', join(server.dir, 'data')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const [header] = readFileSync(out, 'utf8').split('\n');
    expect(JSON.parse(header ?? '{}')).toMatchObject({ version: 2, width: 100, height: 30 });
    const missing = spawnSync(process.execPath, [MAIN, 'export', '--user', 'nobody', '--data', join(server.dir, 'data')], { encoding: 'utf8' });
    expect(missing).toMatchObject({ status: 1, stderr: 'swarmlab export: no recorded session for nobody\n' });
  });
});
