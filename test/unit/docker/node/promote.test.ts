// docker node promote / demote: docker/cli v28.2.2 cli/command/node/promote.go and demote.go
// (already in the role: the full ID and a skip; success names the node as typed; the first
// failure stops the loop, update.go updateNodes); refusals from swarmkit controlapi/node.go
// UpdateNode and raft.go CanRemoveMember.

import { describe, expect, it } from 'vitest';
import { docker, golden, type FakeCluster } from '../harness.js';
import { given } from '../lesson.js';
import { WORKER_ERROR } from '../service/fixtures.js';

const id = (c: FakeCluster, hostname: string) => Object.values(c.state().nodes).find((n) => n.hostname === hostname)?.id ?? '';
const down = (hostname: string) => (c: FakeCluster) => void c.execute({ type: 'SetNodeState', nodeId: id(c, hostname), state: 'down' });

describe('docker node promote', () => {
  it('makes workers managers, each reported as typed', async () => {
    const c = given();
    expect(await docker(c, 'manager1', 'node promote worker1 worker2')).toEqual({
      stdout: 'Node worker1 promoted to a manager in the swarm.\nNode worker2 promoted to a manager in the swarm.\n', stderr: '', exitCode: 0,
    });
    await expect((await docker(c, 'manager1', 'node ls')).stdout).toMatchFileSnapshot(golden('node/promote-both-workers-node-ls'));
  });

  it('skips a node that already is a manager, naming its full ID', async () => {
    const c = given();
    expect(await docker(c, 'manager1', 'node promote manager2 worker1')).toEqual({
      stdout: `Node ${id(c, 'manager2')} is already a manager.\nNode worker1 promoted to a manager in the swarm.\n`, stderr: '', exitCode: 0,
    });
  });

  it('stops at the first node it cannot find', async () => {
    const c = given();
    expect(await docker(c, 'manager1', 'node promote nosuch worker1')).toEqual({ stdout: '', stderr: 'Error response from daemon: node nosuch not found\n', exitCode: 1 });
    expect(Object.values(c.state().nodes).find((n) => n.hostname === 'worker1')?.role).toBe('worker');
  });

  it('is refused on a worker', async () => {
    expect(await docker(given(), 'worker1', 'node promote worker2')).toEqual({ stdout: '', stderr: WORKER_ERROR, exitCode: 1 });
  });
});

describe('docker node demote', () => {
  it('makes a manager a worker; its MANAGER STATUS goes blank', async () => {
    const c = given();
    expect(await docker(c, 'manager1', 'node demote manager3')).toEqual({ stdout: 'Manager manager3 demoted in the swarm.\n', stderr: '', exitCode: 0 });
    expect((await docker(c, 'manager1', 'node ls -f name=manager3')).stdout).toMatch(/manager3\s+Ready\s+Active\s+28\.2\.2\n$/);
  });

  it('skips a worker, naming its full ID', async () => {
    const c = given();
    expect((await docker(c, 'manager1', 'node demote worker1')).stdout).toBe(`Node ${id(c, 'worker1')} is already a worker.\n`);
  });

  it('refuses a demotion that would lose the raft quorum', async () => {
    const c = given(down('manager3'));
    expect(await docker(c, 'manager1', 'node demote manager2')).toEqual({
      stdout: '', stderr: "Error response from daemon: rpc error: code = FailedPrecondition desc = can't remove member from the raft: this would result in a loss of quorum\n", exitCode: 1,
    });
  });

  it('demoting the leader hands the leadership to another manager', async () => {
    const c = given();
    await docker(c, 'manager1', 'node demote manager1');
    const leader = Object.values(c.state().nodes).find((n) => n.leader)?.hostname;
    expect(['manager2', 'manager3']).toContain(leader);
    expect((await docker(c, leader ?? '', 'node ls')).stdout).toMatch(new RegExp(`${leader}\\s+Ready\\s+Active\\s+Leader`));
    // The demoted node is a worker now: manager commands are refused there.
    expect((await docker(c, 'manager1', 'node ls')).stderr).toBe(WORKER_ERROR);
  });
});
