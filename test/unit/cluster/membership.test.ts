// Swarm membership in the pure cluster, given/when/then: init on a fresh set of machines, joins
// with tokens (moby daemon/cluster/swarm.go Join, swarmkit ca/config.go and ca/server.go
// IssueNodeCertificate), token rotation (controlapi/cluster.go), leave with moby's manager
// refusals (swarm.go Leave, utils.go removingManagerCausesLossOfQuorum/isLastManager), node
// update and removal (controlapi/node.go UpdateNode, RemoveNode), and a replay of all of it.

import { describe, expect, it } from 'vitest';
import { ClusterError, type ClusterCommand } from '../../../src/cluster/index.js';
import { replay, Sim } from './sim.js';

/** fresh builds the classroom's machines with no swarm yet. */
function fresh(seed = 3): Sim {
  const sim = new Sim(seed);
  sim.run({ type: 'BuildTopology', topology: { managers: 3, workers: 2, swarm: false } });
  return sim;
}

const addr = (sim: Sim, hostname: string): string => `${sim.state.hosts[hostname]?.addr ?? ''}:2377`;

/** join sends `docker swarm join --token <role's token> manager1:2377` from hostname. */
function join(sim: Sim, hostname: string, role: 'worker' | 'manager', token?: string) {
  const t = token ?? sim.state.swarm?.joinTokens[role] ?? '';
  return sim.run({ type: 'JoinSwarmWithToken', request: { hostname, token: t, remote: addr(sim, 'manager1') } });
}

/** formed is a swarm built by hand: manager1 init, two managers and two workers joined. */
function formed(seed = 3): Sim {
  const sim = fresh(seed);
  sim.run({ type: 'InitSwarm', hostname: 'manager1' });
  for (const m of ['manager2', 'manager3']) join(sim, m, 'manager');
  for (const w of ['worker1', 'worker2']) join(sim, w, 'worker');
  return sim;
}

function refusal(sim: Sim, command: ClusterCommand): { kind: string; message: string } {
  try {
    sim.run(command);
  } catch (error) {
    if (error instanceof ClusterError) return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('the command was accepted');
}

const leave = (hostname: string, force = false): ClusterCommand => ({ type: 'LeaveSwarm', hostname, force });
const LEAVING = 'You are attempting to leave the swarm on a node that is participating as a manager. ';
const RESTORE = 'The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.';

describe('given machines with no swarm', () => {
  it('swarm init makes the first manager the leader, with tokens sharing one CA digest', () => {
    const sim = fresh();
    sim.run({ type: 'InitSwarm', hostname: 'manager1' });
    const nodes = Object.values(sim.state.nodes);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ hostname: 'manager1', role: 'manager', leader: true, state: 'ready' });
    const { worker, manager } = sim.state.swarm?.joinTokens ?? { worker: '', manager: '' };
    expect(worker).toMatch(/^SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}$/);
    expect(manager.split('-')[2]).toBe(worker.split('-')[2]);
    expect(manager).not.toBe(worker);
  });

  it('a join to a manager nobody runs keeps trying in the background (pending)', () => {
    const sim = fresh();
    const events = sim.run({ type: 'JoinSwarmWithToken', request: { hostname: 'worker1', token: '', remote: addr(sim, 'manager1') } });
    expect(events.map((e) => e.type)).toEqual(['NodeJoinPending']);
    expect(sim.state.hosts.worker1?.joining).toEqual({ remote: '192.168.0.11:2377', at: sim.now });
    expect(sim.run(leave('worker1')).map((e) => e.type)).toEqual(['NodeJoinAbandoned']);
    expect(sim.state.hosts.worker1?.joining).toBeUndefined();
  });

  it('swarm leave is refused: the node is not in a swarm', () => {
    expect(refusal(fresh(), leave('worker1'))).toEqual({ kind: 'failed-precondition', message: 'This node is not part of a swarm' });
  });
});

describe('given a swarm just initialised on manager1', () => {
  const init = (): Sim => {
    const sim = fresh();
    sim.run({ type: 'InitSwarm', hostname: 'manager1' });
    return sim;
  };

  it('the manager token makes a manager, the worker token a worker', () => {
    const sim = init();
    expect(join(sim, 'manager2', 'manager')[0]).toMatchObject({ type: 'NodeJoined', data: { hostname: 'manager2', role: 'manager', leader: false } });
    expect(join(sim, 'worker1', 'worker')[0]).toMatchObject({ type: 'NodeJoined', data: { hostname: 'worker1', role: 'worker' } });
  });

  it('a wrong secret is refused by the manager', () => {
    const sim = init();
    const token = `${(sim.state.swarm?.joinTokens.worker ?? '').slice(0, -5)}zzzzz`;
    expect(refusal(sim, { type: 'JoinSwarmWithToken', request: { hostname: 'worker1', token, remote: addr(sim, 'manager1') } })).toEqual({
      kind: 'invalid-argument',
      message: 'rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster',
    });
  });

  it("another swarm's token fails the root CA check; a malformed one fails at once", () => {
    const sim = init();
    const other = `SWMTKN-1-${'1'.repeat(50)}-${'a'.repeat(25)}`;
    const wrongCa = refusal(sim, { type: 'JoinSwarmWithToken', request: { hostname: 'worker1', token: other, remote: addr(sim, 'manager1') } });
    expect(wrongCa.message).toMatch(/^remote CA does not match fingerprint\. Expected: [0-9a-f]{64}$/);
    expect(refusal(sim, { type: 'JoinSwarmWithToken', request: { hostname: 'worker1', token: 'SWMTKN-1-abc', remote: addr(sim, 'manager1') } })).toEqual({
      kind: 'invalid-argument',
      message: 'invalid join token',
    });
  });

  it('a second swarm init or join on the manager is refused', () => {
    const sim = init();
    const exists = 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.';
    expect(refusal(sim, { type: 'InitSwarm', hostname: 'manager1' }).message).toBe(exists);
    expect(refusal(sim, { type: 'JoinSwarmWithToken', request: { hostname: 'manager1', token: '', remote: addr(sim, 'manager1') } }).message).toBe(exists);
  });

  it('a rotated token replaces the old one, which no longer joins', () => {
    const sim = init();
    const before = sim.state.swarm?.joinTokens.worker ?? '';
    sim.run({ type: 'RotateJoinToken', role: 'worker' });
    const after = sim.state.swarm?.joinTokens.worker ?? '';
    expect(after).not.toBe(before);
    expect(after.split('-')[2]).toBe(before.split('-')[2]);
    expect(refusal(sim, { type: 'JoinSwarmWithToken', request: { hostname: 'worker1', token: before, remote: addr(sim, 'manager1') } }).kind).toBe('invalid-argument');
    expect(join(sim, 'worker1', 'worker')[0]?.type).toBe('NodeJoined');
  });

  it('the last manager is warned that leaving erases the swarm; --force dissolves it', () => {
    const sim = init();
    expect(refusal(sim, leave('manager1')).message).toBe(
      `${LEAVING}Removing the last manager erases all current state of the swarm. Use \`--force\` to ignore this message.`,
    );
    expect(sim.run(leave('manager1', true)).map((e) => e.type)).toEqual(['SwarmDissolved']);
    expect(sim.state.swarm).toBeNull();
    expect(sim.state.nodes).toEqual({});
    // The machines can start a new swarm.
    expect(sim.run({ type: 'InitSwarm', hostname: 'manager2' })[0]?.type).toBe('SwarmInitialized');
  });
});

describe('given a swarm of three managers and two workers, formed by joins', () => {
  it('a worker leaves without warning and stays listed as down until node rm', () => {
    const sim = formed();
    const id = sim.nodeId('worker1');
    sim.run(leave('worker1'));
    expect(sim.state.nodes[id]).toMatchObject({ state: 'down', left: true });
    sim.run({ type: 'RemoveNode', nodeId: id, force: false });
    expect(sim.state.nodes[id]).toBeUndefined();
    // The machine may join again, as a new node.
    expect(join(sim, 'worker1', 'worker')[0]).toMatchObject({ type: 'NodeJoined', data: { hostname: 'worker1' } });
    expect(sim.nodeId('worker1')).not.toBe(id);
  });

  it('a manager leaving is refused without --force; with two managers the warning counts the quorum', () => {
    const sim = formed();
    expect(refusal(sim, leave('manager2')).message).toBe(`${LEAVING}${RESTORE}`);
    sim.run({ type: 'UpdateNode', request: { nodeId: sim.nodeId('manager3'), role: 'worker', availability: 'active', labels: {} } });
    expect(refusal(sim, leave('manager2')).message).toBe(
      `${LEAVING}Removing this node leaves 1 managers out of 2. Without a Raft quorum your swarm will be inaccessible. ${RESTORE}`,
    );
  });

  it('a manager that leaves with --force stays a raft member, unreachable; the leader moves if it was the leader', () => {
    const sim = formed();
    sim.run(leave('manager1', true));
    const old = Object.values(sim.state.nodes).find((n) => n.hostname === 'manager1');
    expect(old).toMatchObject({ state: 'down', left: true, leader: false, role: 'manager' });
    expect(['manager2', 'manager3']).toContain(Object.values(sim.state.nodes).find((n) => n.leader)?.hostname);
  });

  it('node rm refuses a node that is up unless forced, and a manager until it is demoted', () => {
    const sim = formed();
    const w = sim.nodeId('worker2');
    const m = sim.nodeId('manager3');
    expect(refusal(sim, { type: 'RemoveNode', nodeId: w, force: false })).toEqual({
      kind: 'failed-precondition',
      message: `rpc error: code = FailedPrecondition desc = node ${w} is not down and can't be removed`,
    });
    expect(refusal(sim, { type: 'RemoveNode', nodeId: m, force: true }).message).toBe(
      `rpc error: code = FailedPrecondition desc = node ${m} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal`,
    );
    sim.run({ type: 'RemoveNode', nodeId: w, force: true });
    expect(sim.state.nodes[w]).toBeUndefined();
  });

  it('node update changes role, availability and labels in one event', () => {
    const sim = formed();
    const id = sim.nodeId('worker1');
    const events = sim.run({ type: 'UpdateNode', request: { nodeId: id, role: 'manager', availability: 'pause', labels: { zone: 'a' } } });
    expect(events[0]).toMatchObject({ type: 'NodeSpecUpdated', data: { nodeId: id, role: 'manager', availability: 'pause', labels: { zone: 'a' } } });
    expect(sim.state.nodes[id]).toMatchObject({ role: 'manager', availability: 'pause', labels: { zone: 'a' }, leader: false });
  });

  it('replaying the log rebuilds the same swarm', () => {
    const sim = formed();
    sim.run(leave('worker1'));
    sim.run({ type: 'RotateJoinToken', role: 'manager' });
    sim.run({ type: 'UpdateNode', request: { nodeId: sim.nodeId('manager3'), role: 'worker', availability: 'drain', labels: { a: 'b' } } });
    expect(replay(sim.log)).toEqual(sim.state);
  });
});
