// docker node rm: docker/cli v28.2.2 cli/command/node/remove.go (each node tried, removed ones
// printed as typed, failures joined on stderr, exit 1); refusals from swarmkit
// manager/controlapi/node.go RemoveNode (not down, a raft member), naming the full node ID.

import { describe, expect, it } from 'vitest';
import { docker, type FakeCluster } from '../harness.js';
import { given } from '../lesson.js';
import { WORKER_ERROR } from '../service/fixtures.js';

const id = (c: FakeCluster, hostname: string) => Object.values(c.state().nodes).find((n) => n.hostname === hostname)?.id ?? '';
const notDown = (nodeId: string) => `Error response from daemon: rpc error: code = FailedPrecondition desc = node ${nodeId} is not down and can't be removed\n`;

describe('docker node rm', () => {
  it('refuses a node that is up', async () => {
    const c = given();
    expect(await docker(c, 'manager1', 'node rm worker1')).toEqual({ stdout: '', stderr: notDown(id(c, 'worker1')), exitCode: 1 });
  });

  it('refuses a manager until it is demoted, even with --force', async () => {
    const c = given();
    const m = id(c, 'manager3');
    expect(await docker(c, 'manager1', 'node rm --force manager3')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: rpc error: code = FailedPrecondition desc = node ${m} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal\n`,
      exitCode: 1,
    });
  });

  it('--force removes a node that is up; its tasks are orphaned', async () => {
    const c = given();
    await docker(c, 'manager1', 'service create -d --name web --replicas 5 alpine sleep 50m');
    c.advance(10_000);
    const w = id(c, 'worker1');
    expect(await docker(c, 'manager1', 'node rm -f worker1')).toEqual({ stdout: 'worker1\n', stderr: '', exitCode: 0 });
    expect(c.state().nodes[w]).toBeUndefined();
    const left = Object.values(c.state().tasks).filter((t) => t.nodeId === w);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((t) => t.status.state === 'orphaned')).toBe(true);
  });

  it('removes a node that left; the ones it cannot remove are reported after, with exit 1', async () => {
    const c = given();
    await docker(c, 'worker2', 'swarm leave');
    const w1 = id(c, 'worker1');
    expect(await docker(c, 'manager1', 'node rm worker2 worker1 nosuch')).toEqual({
      stdout: 'worker2\n',
      stderr: `${notDown(w1)}Error response from daemon: node nosuch not found\n`,
      exitCode: 1,
    });
    expect((await docker(c, 'manager1', 'node ls -q')).stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('is refused on a worker', async () => {
    expect(await docker(given(), 'worker1', 'node rm worker2')).toEqual({ stdout: '', stderr: WORKER_ERROR, exitCode: 1 });
  });
});
