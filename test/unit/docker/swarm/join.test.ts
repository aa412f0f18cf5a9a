// docker swarm join: docker/cli v28.2.2 cli/command/swarm/join.go (success line per role), moby
// v28.2.2 daemon/cluster/swarm.go Join and errors.go (errSwarmExists, errSwarmJoinTimeoutReached
// after swarmConnectTimeout), swarmkit ca/config.go (malformed token, CA fingerprint) and
// ca/server.go (a valid join token is necessary).

import { describe, expect, it } from 'vitest';
import { docker } from '../harness.js';
import { given, noSwarm } from '../lesson.js';

const daemon = (text: string) => `Error response from daemon: ${text}\n`;

async function initialised() {
  const c = noSwarm();
  await docker(c, 'manager1', 'swarm init');
  const tokens = c.state().swarm?.joinTokens ?? { worker: '', manager: '' };
  return { c, ...tokens };
}

describe('docker swarm join', () => {
  it('with the worker token joins as a worker; with the manager token as a manager', async () => {
    const { c, worker, manager } = await initialised();
    expect(await docker(c, 'worker1', `swarm join --token ${worker} 192.168.0.11:2377`)).toEqual({
      stdout: 'This node joined a swarm as a worker.\n', stderr: '', exitCode: 0,
    });
    expect(await docker(c, 'manager2', `swarm join --token ${manager} manager1`)).toEqual({
      stdout: 'This node joined a swarm as a manager.\n', stderr: '', exitCode: 0,
    });
    expect((await docker(c, 'manager2', 'node ls -q')).stdout.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('a wrong secret is refused by the manager and the node stays out', async () => {
    const { c, worker } = await initialised();
    const wrong = `${worker.slice(0, -4)}0000`;
    expect(await docker(c, 'worker1', `swarm join --token ${wrong} 192.168.0.11:2377`)).toEqual({
      stdout: '', stderr: daemon('rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster'), exitCode: 1,
    });
    expect((await docker(c, 'worker1', 'info --format {{.Swarm.LocalNodeState}}')).stdout).toBe('inactive\n');
  });

  it('a malformed token fails at once', async () => {
    const { c } = await initialised();
    expect(await docker(c, 'worker1', 'swarm join --token SWMTKN-1-nope 192.168.0.11:2377')).toEqual({
      stdout: '', stderr: daemon('invalid join token'), exitCode: 1,
    });
  });

  it('an address no manager listens on times out and keeps trying (pending in docker info)', async () => {
    const { c, worker } = await initialised();
    expect(await docker(c, 'worker1', `swarm join --token ${worker} 192.168.0.14:2377`)).toEqual({
      stdout: '',
      stderr: daemon('Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.'),
      exitCode: 1,
    });
    expect((await docker(c, 'worker1', 'info --format {{.Swarm.LocalNodeState}}')).stdout).toBe('pending\n');
    expect((await docker(c, 'worker1', 'swarm leave')).stdout).toBe('Node left the swarm.\n');
  });

  it('a node already in the swarm is refused', async () => {
    const c = given();
    const token = c.state().swarm?.joinTokens.worker ?? '';
    expect(await docker(c, 'worker1', `swarm join --token ${token} 192.168.0.11:2377`)).toEqual({
      stdout: '', stderr: daemon('This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.'), exitCode: 1,
    });
  });

  it('needs exactly one address (docker/cli cli/required.go ExactArgs)', async () => {
    expect(await docker(noSwarm(), 'worker1', 'swarm join')).toEqual({
      stdout: '',
      stderr: "docker: 'docker swarm join' requires 1 argument\n\nUsage:  docker swarm join [OPTIONS] HOST:PORT\n\nRun 'docker swarm join --help' for more information\n",
      exitCode: 1,
    });
  });
});
