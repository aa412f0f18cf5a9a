// Raft quorum in the pure cluster: the leader moves when it goes down, no leader without a
// majority of raft members up, and demotions that would break the quorum are refused
// (swarmkit manager/state/raft/raft.go CanRemoveMember, manager/controlapi/node.go UpdateNode
// "attempting to demote the last manager of the swarm").

import { describe, expect, it } from 'vitest';
import { ClusterError, hasLeader, hasQuorum, raftMembers, type ClusterCommand } from '../../../src/cluster/index.js';
import { Sim } from './sim.js';

const leader = (sim: Sim) => Object.values(sim.state.nodes).find((n) => n.leader)?.hostname;
const down = (sim: Sim, hostname: string) => sim.run({ type: 'SetNodeState', nodeId: sim.nodeId(hostname), state: 'down' });
const up = (sim: Sim, hostname: string) => sim.run({ type: 'SetNodeState', nodeId: sim.nodeId(hostname), state: 'ready' });
const demote = (sim: Sim, hostname: string): ClusterCommand => ({
  type: 'UpdateNode',
  request: { nodeId: sim.nodeId(hostname), role: 'worker', availability: 'active', labels: {} },
});

function refusal(sim: Sim, command: ClusterCommand): string {
  try {
    sim.run(command);
  } catch (error) {
    if (error instanceof ClusterError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('given three managers', () => {
  it('losing two leaves no leader; one back elects one again', () => {
    const sim = Sim.classroom(5);
    down(sim, 'manager2');
    expect(leader(sim)).toBe('manager1');
    down(sim, 'manager1');
    expect(leader(sim)).toBeUndefined();
    expect(hasLeader(sim.state)).toBe(false);
    expect(hasQuorum(raftMembers(Object.values(sim.state.nodes)))).toBe(false);
    up(sim, 'manager2');
    expect(['manager2', 'manager3']).toContain(leader(sim));
  });

  it('the leader going down moves the leadership to a manager that is up', () => {
    const sim = Sim.classroom(6);
    down(sim, 'manager1');
    const next = leader(sim);
    expect(['manager2', 'manager3']).toContain(next);
    up(sim, 'manager1');
    // A manager that comes back does not take the leadership back.
    expect(leader(sim)).toBe(next);
  });

  it('a worker going down changes nothing in raft', () => {
    const sim = Sim.classroom(5);
    expect(down(sim, 'worker1').map((e) => e.type)).toEqual(['NodeStateChanged']);
    expect(leader(sim)).toBe('manager1');
  });

  it('demoting a manager while another is down is refused: it would lose the quorum', () => {
    const sim = Sim.classroom(5);
    down(sim, 'manager3');
    expect(refusal(sim, demote(sim, 'manager2'))).toBe(
      "rpc error: code = FailedPrecondition desc = can't remove member from the raft: this would result in a loss of quorum",
    );
  });

  it('demoting the leader hands the leadership over; the last manager cannot be demoted', () => {
    const sim = Sim.classroom(5);
    sim.run(demote(sim, 'manager1'));
    expect(['manager2', 'manager3']).toContain(leader(sim));
    sim.run(demote(sim, 'manager2'));
    expect(leader(sim)).toBe('manager3');
    expect(refusal(sim, demote(sim, 'manager3'))).toBe('rpc error: code = FailedPrecondition desc = attempting to demote the last manager of the swarm');
  });

  it('a promoted worker joins the raft membership and counts for the quorum', () => {
    const sim = Sim.classroom(5);
    sim.run({ type: 'UpdateNode', request: { nodeId: sim.nodeId('worker1'), role: 'manager', availability: 'active', labels: {} } });
    expect(raftMembers(Object.values(sim.state.nodes)).map((n) => n.hostname).sort()).toEqual(['manager1', 'manager2', 'manager3', 'worker1']);
    down(sim, 'manager2');
    down(sim, 'manager3');
    // 2 of 4 up is not a majority.
    expect(leader(sim)).toBeUndefined();
  });
});
