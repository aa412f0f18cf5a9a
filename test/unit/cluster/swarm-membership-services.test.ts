// Services following membership changes: a global service gets a task on each node that joins
// and loses the one on a node that is drained (swarmkit manager/orchestrator/global/global.go
// reconcileOneNode); draining moves replicated tasks with their state history, and a node made
// active again takes no tasks back (swarmkit does not rebalance, orchestrator/replicated).

import { describe, expect, it } from 'vitest';
import { Sim, spec } from './sim.js';

function fresh(): Sim {
  const sim = new Sim(4);
  sim.run({ type: 'BuildTopology', topology: { managers: 3, workers: 2, swarm: false } });
  sim.run({ type: 'InitSwarm', hostname: 'manager1' });
  return sim;
}

function join(sim: Sim, hostname: string): void {
  const token = sim.state.swarm?.joinTokens.worker ?? '';
  sim.run({ type: 'JoinSwarmWithToken', request: { hostname, token, remote: '192.168.0.11:2377' } });
}

const live = (sim: Sim, name: string) => sim.tasksOf(name).filter((t) => t.desiredState === 'running');
const hostsOf = (sim: Sim, name: string) =>
  live(sim, name).map((t) => Object.values(sim.state.nodes).find((n) => n.id === t.nodeId)?.hostname).sort();

describe('given a global service on a swarm that grows', () => {
  it('each node that joins gets one task, which runs', () => {
    const sim = fresh();
    sim.run({ type: 'CreateService', spec: spec({ name: 'agent', mode: { kind: 'global' } }) });
    sim.advance(5_000);
    expect(hostsOf(sim, 'agent')).toEqual(['manager1']);
    join(sim, 'worker1');
    join(sim, 'worker2');
    sim.advance(5_000);
    expect(hostsOf(sim, 'agent')).toEqual(['manager1', 'worker1', 'worker2']);
    expect(live(sim, 'agent').every((t) => t.status.state === 'running')).toBe(true);
  });

  it('a drained node loses its task and gets it back when active again', () => {
    const sim = fresh();
    join(sim, 'worker1');
    sim.run({ type: 'CreateService', spec: spec({ name: 'agent', mode: { kind: 'global' } }) });
    sim.advance(5_000);
    const w1 = sim.nodeId('worker1');
    const before = live(sim, 'agent').find((t) => t.nodeId === w1);
    sim.run({ type: 'UpdateNode', request: { nodeId: w1, role: 'worker', availability: 'drain', labels: {} } });
    sim.advance(15_000);
    expect(hostsOf(sim, 'agent')).toEqual(['manager1']);
    expect(sim.state.tasks[before?.id ?? '']?.status.state).toBe('shutdown');
    sim.run({ type: 'UpdateNode', request: { nodeId: w1, role: 'worker', availability: 'active', labels: {} } });
    sim.advance(5_000);
    expect(hostsOf(sim, 'agent')).toEqual(['manager1', 'worker1']);
  });
});

describe('given a replicated service spread over the classroom', () => {
  it('draining a node moves its tasks: the old task shuts down, a new one in its slot runs elsewhere', () => {
    const sim = Sim.classroom(4);
    sim.run({ type: 'CreateService', spec: spec({ name: 'web', mode: { kind: 'replicated', replicas: 5 } }) });
    sim.advance(10_000);
    const w1 = sim.nodeId('worker1');
    const old = live(sim, 'web').find((t) => t.nodeId === w1);
    expect(old).toBeDefined();
    sim.run({ type: 'UpdateNode', request: { nodeId: w1, role: 'worker', availability: 'drain', labels: {} } });
    sim.advance(15_000);
    expect(sim.state.tasks[old?.id ?? '']).toMatchObject({ desiredState: 'shutdown', status: { state: 'shutdown' } });
    const replacement = live(sim, 'web').find((t) => t.slot === old?.slot);
    expect(replacement?.nodeId).not.toBe(w1);
    expect(replacement?.status.state).toBe('running');
    // After the scheduler assigned it, the agent moved it through swarmkit's states in order.
    const states = sim.log
      .filter((e) => e.type === 'TaskStatusChanged' && e.data.taskId === replacement?.id)
      .map((e) => (e.type === 'TaskStatusChanged' ? e.data.state : ''));
    expect(states).toEqual(['accepted', 'preparing', 'ready', 'starting', 'running']);

    sim.run({ type: 'UpdateNode', request: { nodeId: w1, role: 'worker', availability: 'active', labels: {} } });
    sim.advance(30_000);
    expect(live(sim, 'web').some((t) => t.nodeId === w1)).toBe(false);
    expect(live(sim, 'web')).toHaveLength(5);
  });
});
