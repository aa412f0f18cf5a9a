// Global services following node failures (swarmkit manager/orchestrator/global/global.go:
// reconcileOneNode shuts a node's tasks down when it is drained or down, updateNode drops such a
// node from the candidates, a paused node keeps what it runs, EventDeleteNode deletes the tasks
// of a removed node, and a node back up or active again is reconciled and gets a new task).

import { describe, expect, it } from 'vitest';
import type { Task } from '../../../src/cluster/index.js';
import { Sim, spec } from './sim.js';

function withAgent(): Sim {
  const sim = Sim.classroom(7);
  sim.run({ type: 'CreateService', spec: spec({ name: 'agent', mode: { kind: 'global' } }) });
  sim.advance(10_000);
  return sim;
}

const live = (sim: Sim): Task[] => sim.tasksOf('agent').filter((t) => t.desiredState === 'running');
const liveOn = (sim: Sim, hostname: string): Task[] => live(sim).filter((t) => t.nodeId === sim.nodeId(hostname));

describe('given a global service on every node', () => {
  it('runs one task per node', () => {
    const sim = withAgent();
    expect(live(sim)).toHaveLength(5);
    expect(live(sim).every((t) => t.status.state === 'running')).toBe(true);
  });

  it('shuts down the task of a node that goes down, which keeps its last observed state', () => {
    const sim = withAgent();
    const [old] = liveOn(sim, 'worker1');
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('worker1'), state: 'down' });
    sim.advance(10_000);
    expect(liveOn(sim, 'worker1')).toEqual([]);
    expect(live(sim)).toHaveLength(4);
    // The node cannot report the shutdown: desired state moves, observed state stays `running`.
    expect(sim.state.tasks[old?.id ?? '']).toMatchObject({ desiredState: 'shutdown', status: { state: 'running' } });
    // No replacement is placed on another node: a global task belongs to its node.
    expect(sim.tasksOf('agent').filter((t) => t.nodeId === sim.nodeId('worker2'))).toHaveLength(1);
  });

  it('starts a new task when the node comes back up; the old one is shut down for good', () => {
    const sim = withAgent();
    const [old] = liveOn(sim, 'worker1');
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('worker1'), state: 'down' });
    sim.advance(10_000);
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('worker1'), state: 'ready' });
    sim.advance(10_000);
    const [fresh] = liveOn(sim, 'worker1');
    expect(fresh?.id).not.toBe(old?.id);
    expect(fresh?.status.state).toBe('running');
    expect(sim.state.tasks[old?.id ?? '']?.status.state).toBe('shutdown');
    expect(live(sim)).toHaveLength(5);
  });

  it('keeps the task of a paused node and adds none to it', () => {
    const sim = withAgent();
    const [kept] = liveOn(sim, 'worker2');
    sim.run({ type: 'UpdateNode', request: { nodeId: sim.nodeId('worker2'), role: 'worker', availability: 'pause', labels: {} } });
    sim.advance(10_000);
    expect(liveOn(sim, 'worker2').map((t) => t.id)).toEqual([kept?.id]);
  });

  it('shuts down the task of a drained node and starts one when it is active again', () => {
    const sim = withAgent();
    const [old] = liveOn(sim, 'manager3');
    sim.run({ type: 'UpdateNode', request: { nodeId: sim.nodeId('manager3'), role: 'manager', availability: 'drain', labels: {} } });
    sim.advance(15_000);
    expect(liveOn(sim, 'manager3')).toEqual([]);
    expect(sim.state.tasks[old?.id ?? '']?.status.state).toBe('shutdown');
    sim.run({ type: 'UpdateNode', request: { nodeId: sim.nodeId('manager3'), role: 'manager', availability: 'active', labels: {} } });
    sim.advance(10_000);
    expect(liveOn(sim, 'manager3').map((t) => t.status.state)).toEqual(['running']);
  });
});
