// Swarm and nodes over real SSH, on a team the instructor reset to "no swarm": swarm init on
// manager1, join tokens, joins from the other machines in their own sessions (a wrong token
// first), node ls from a manager and the refusal on a worker, promote/demote, drain with tasks
// moving, node rm refused then forced, swarm leave warnings, the raft quorum lost and regained
// through instructor faults (the leader moves), and docker info / docker version.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminExec, execOnce, PtySession } from './helpers/ssh-client.js';
import { TestServer } from './helpers/test-server.js';

const TEAM = 'raft';
const NO_LEADER =
  "Error response from daemon: rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online.\n";
const WORKER =
  "Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n";

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

const admin = (command: string) => adminExec(server.port, command);
/** on runs one command as alice on a node of the team, in its own SSH session. */
const on = (node: string, command: string) => execOnce(server.port, `alice+${node}+${TEAM}`, command);
const leaderOf = (nodeLs: string) => /^\S+\s+\*?\s*(\S+)\s+\S+\s+\S+\s+Leader\b/m.exec(nodeLs)?.[1];

describe('a team that starts without a swarm', () => {
  let workerToken = '';
  let managerToken = '';

  beforeAll(async () => {
    await on('manager1', 'true'); // the first login creates the team
    expect((await admin(`reset ${TEAM} --no-swarm`)).code).toBe(0);
  });

  it('docker info says inactive; docker version prints client and engine', async () => {
    const info = await on('worker1', 'docker info');
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('\n Swarm: inactive\n Runtimes:');
    expect(info.stdout).toMatch(/^Client:\n Version: {4}28\.2\.2\n/);
    const version = await on('worker1', 'docker version');
    expect(version.stdout).toMatch(/^Client:\n Version: {11}28\.2\.2\n[\s\S]*\nServer: Docker Engine - Community\n Engine:\n  Version: {10}28\.2\.2\n/);
    expect((await on('manager1', 'docker node ls')).stderr).toContain('Use "docker swarm init" or "docker swarm join"');
  });

  it('swarm init on manager1 prints the join command; join-token gives both tokens', async () => {
    const init = await on('manager1', 'docker swarm init --advertise-addr 192.168.0.11');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(
      /^Swarm initialized: current node \([0-9a-z]{25}\) is now a manager\.\n\nTo add a worker to this swarm, run the following command:\n\n {4}docker swarm join --token SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25} 192\.168\.0\.11:2377\n\nTo add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions\.\n$/,
    );
    workerToken = (await on('manager1', 'docker swarm join-token -q worker')).stdout.trim();
    const manager = await on('manager1', 'docker swarm join-token manager');
    managerToken = /--token (\S+)/.exec(manager.stdout)?.[1] ?? '';
    expect(manager.stdout).toBe(
      `To add a manager to this swarm, run the following command:\n\n    docker swarm join --token ${managerToken} 192.168.0.11:2377\n\n`,
    );
    expect(workerToken).not.toBe(managerToken);
  });

  it('a wrong token is refused; the right ones join managers and workers', async () => {
    const wrong = await on('worker1', `docker swarm join --token ${workerToken.slice(0, -4)}0000 192.168.0.11:2377`);
    expect(wrong).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster\n',
      code: 1,
    });
    for (const m of ['manager2', 'manager3']) {
      expect(await on(m, `docker swarm join --token ${managerToken} 192.168.0.11:2377`)).toEqual({ stdout: 'This node joined a swarm as a manager.\n', stderr: '', code: 0 });
    }
    for (const w of ['worker1', 'worker2']) {
      expect(await on(w, `docker swarm join --token ${workerToken} 192.168.0.11:2377`)).toEqual({ stdout: 'This node joined a swarm as a worker.\n', stderr: '', code: 0 });
    }
  });

  it('node ls lists everyone from a manager (star on self) and is refused on a worker', async () => {
    const ls = await on('manager2', 'docker node ls');
    expect(ls.stdout).toMatch(/^ID {28}HOSTNAME {3}STATUS {4}AVAILABILITY {3}MANAGER STATUS {3}ENGINE VERSION\n/);
    expect(ls.stdout).toMatch(/ manager1 +Ready +Active +Leader +28\.2\.2\n/);
    expect(ls.stdout).toMatch(/ \* +manager2 +Ready +Active +Reachable +28\.2\.2\n/);
    expect(ls.stdout).toMatch(/ worker2 +Ready +Active +28\.2\.2\n$/);
    expect((await on('manager1', 'docker node ls -q -f role=worker')).stdout.trim().split('\n')).toHaveLength(2);
    expect(await on('worker1', 'docker node ls')).toEqual({ stdout: '', stderr: WORKER, code: 1 });
  });

  it('promote and demote change MANAGER STATUS; info shows the swarm part', async () => {
    expect((await on('manager1', 'docker node promote worker1')).stdout).toBe('Node worker1 promoted to a manager in the swarm.\n');
    expect((await on('manager1', 'docker node ls -f name=worker1')).stdout).toMatch(/worker1 +Ready +Active +Reachable/);
    expect((await on('manager1', 'docker node demote worker1')).stdout).toBe('Manager worker1 demoted in the swarm.\n');
    expect((await on('worker1', 'docker node ls')).stderr).toBe(WORKER);
    const info = await on('manager1', 'docker info');
    expect(info.stdout).toContain('\n Swarm: active\n');
    expect(info.stdout).toContain('\n  Is Manager: true\n');
    expect(info.stdout).toContain('\n  Managers: 3\n  Nodes: 5\n');
  });

  it('draining a node moves its tasks to the others', async () => {
    await on('manager1', 'docker service create -d --name web --replicas 5 nginx');
    await admin(`clock ${TEAM} step 10s`);
    const before = await on('manager1', 'docker node ps -q -f desired-state=running worker2');
    expect(before.stdout.trim()).not.toBe('');
    expect(await on('manager1', 'docker node update --availability drain worker2')).toEqual({ stdout: 'worker2\n', stderr: '', code: 0 });
    await admin(`clock ${TEAM} step 15s`);
    expect((await on('manager1', 'docker node ps -q -f desired-state=running worker2')).stdout).toBe('');
    const ps = await on('manager1', 'docker service ps web');
    expect(ps.stdout).toMatch(/\\_ web\.\d +nginx:latest +worker2 +Shutdown +Shutdown /);
    expect(ps.stdout.match(/ Running +Running /g)).toHaveLength(5);
    expect((await on('manager1', 'docker node ls -f name=worker2')).stdout).toMatch(/worker2 +Ready +Drain/);
  });

  it('node rm is refused while the node is up, and --force removes it', async () => {
    const refused = await on('manager1', 'docker node rm worker2');
    expect(refused.stderr).toMatch(/^Error response from daemon: rpc error: code = FailedPrecondition desc = node [0-9a-z]{25} is not down and can't be removed\n$/);
    expect(refused.code).toBe(1);
    expect(await on('manager1', 'docker node rm --force worker2')).toEqual({ stdout: 'worker2\n', stderr: '', code: 0 });
    expect((await on('manager1', 'docker node ls')).stdout).not.toContain('worker2');
  });

  it('swarm leave warns a manager and lets a worker go', async () => {
    const warned = await on('manager3', 'docker swarm leave');
    expect(warned.stderr).toBe(
      'Error response from daemon: You are attempting to leave the swarm on a node that is participating as a manager. The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.\n',
    );
    expect(await on('worker1', 'docker swarm leave')).toEqual({ stdout: 'Node left the swarm.\n', stderr: '', code: 0 });
    expect((await on('manager1', 'docker node ls -f name=worker1')).stdout).toMatch(/worker1 +Down +Active/);
  });

  it('two managers down lose the leader until one comes back; the leader moves', async () => {
    expect((await admin(`fault ${TEAM} node-down manager1`)).code).toBe(0);
    const moved = leaderOf((await on('manager2', 'docker node ls')).stdout);
    expect(['manager2', 'manager3']).toContain(moved);
    const other = moved === 'manager2' ? 'manager3' : 'manager2';
    expect((await admin(`fault ${TEAM} node-down ${moved}`)).code).toBe(0);
    expect(await on(other, 'docker node ls')).toEqual({ stdout: '', stderr: NO_LEADER, code: 1 });
    expect(await on(other, 'docker service ls')).toEqual({ stdout: '', stderr: NO_LEADER, code: 1 });
    expect((await admin(`fault ${TEAM} node-up manager1`)).code).toBe(0);
    const back = await on(other, 'docker node ls');
    expect(back.code).toBe(0);
    expect(['manager1', other]).toContain(leaderOf(back.stdout));
    expect(back.stdout).toMatch(new RegExp(`${moved} +Down +Active +Unreachable`));
  });

  it('an interactive session on a manager sees the same swarm', async () => {
    const pty = await PtySession.open(server.port, `alice+manager1+${TEAM}`);
    await pty.waitFor('alice@manager1:~$ ');
    await pty.run('docker info --format "{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}"', 'alice@manager1:~$ ');
    expect((await pty.lines()).join('\n')).toContain('active true');
    pty.close();
  });
});
