// docker swarm join-token: docker/cli v28.2.2 cli/command/swarm/join_token.go (role checked
// first, `--rotate` message, `-q` prints the token alone, printJoinCommand's layout shared with
// the recording swarm-init), refusals from moby daemon/cluster/errors.go.

import { describe, expect, it } from 'vitest';
import { docker, golden } from '../harness.js';
import { given, noSwarm, slug } from '../lesson.js';

const WORKER = "Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n";
const INACTIVE = 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n';

describe('docker swarm join-token', () => {
  const errors: [string, () => ReturnType<typeof given>, string, string, string][] = [
    ['an unknown role', given, 'manager1', 'swarm join-token boss', 'unknown role boss\n'],
    ['on a worker', given, 'worker1', 'swarm join-token worker', WORKER],
    ['outside a swarm', noSwarm, 'manager1', 'swarm join-token worker', INACTIVE],
  ];
  it.each(errors)('%s', async (_name, build, host, line, stderr) => {
    expect(await docker(build(), host, line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('-q prints the token alone; --rotate -q prints only the new one', async () => {
    const c = given();
    const before = c.state().swarm?.joinTokens.manager;
    expect(await docker(c, 'manager2', 'swarm join-token -q manager')).toEqual({ stdout: `${before}\n`, stderr: '', exitCode: 0 });
    const rotated = await docker(c, 'manager2', 'swarm join-token --rotate -q manager');
    expect(rotated.stdout).not.toBe(`${before}\n`);
    expect(rotated.stdout).toBe(`${c.state().swarm?.joinTokens.manager}\n`);
  });

  const cases: [string, string, string][] = [
    ['worker on the leader', 'manager1', 'swarm join-token worker'],
    ['manager on another manager names its own address', 'manager3', 'swarm join-token manager'],
    ['--rotate worker', 'manager1', 'swarm join-token --rotate worker'],
  ];
  it.each(cases)('%s', async (name, host, line) => {
    const result = await docker(given(), host, line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden(`swarm/join-token-${slug(name)}`));
  });
});
