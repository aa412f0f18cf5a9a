import { describe, expect, it } from 'vitest';
import { pingFrom } from '../../../src/cluster/index.js';
import { Sim, spec } from './sim.js';

function running(seed = 2): Sim {
  const sim = Sim.classroom(seed);
  sim.run({ type: 'CreateNetwork', request: { name: 'net', attachable: false, internal: false, labels: {} } });
  sim.run({ type: 'CreateService', spec: spec({ name: 'web', networks: [{ target: sim.network('net'), aliases: [] }], mode: { kind: 'replicated', replicas: 5 } }) });
  sim.advance(5_000);
  return sim;
}

const live = (sim: Sim) => sim.tasksOf('web').filter((t) => t.desiredState === 'running');
const leader = (sim: Sim) => Object.values(sim.state.nodes).find((n) => n.leader)?.hostname;

describe('given a node that goes down', () => {
  it('moves its replicated tasks elsewhere after the restart delay; the old task keeps its last state', () => {
    const sim = running();
    const victim = sim.tasksOf('web').find((t) => t.nodeId === sim.nodeId('worker1'))!;
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('worker1'), state: 'down' });
    expect(sim.state.tasks[victim.id]).toMatchObject({ desiredState: 'shutdown', status: { state: 'running' } });
    sim.advance(10_000);
    expect(live(sim)).toHaveLength(5);
    expect(live(sim).every((t) => t.nodeId !== sim.nodeId('worker1') && t.status.state === 'running')).toBe(true);
  });

  it('does not rebalance when the node comes back; its stale tasks shut down', () => {
    const sim = running();
    const victim = sim.tasksOf('web').find((t) => t.nodeId === sim.nodeId('worker1'))!;
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('worker1'), state: 'down' });
    sim.advance(10_000);
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('worker1'), state: 'ready' });
    sim.advance(15_000);
    expect(sim.state.tasks[victim.id]?.status.state).toBe('shutdown');
    expect(live(sim).some((t) => t.nodeId === sim.nodeId('worker1'))).toBe(false);
  });

  it('elects another leader when the leader goes down, and none without a majority', () => {
    const sim = running();
    expect(leader(sim)).toBe('manager1');
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('manager1'), state: 'down' });
    expect(['manager2', 'manager3']).toContain(leader(sim));
    const second = leader(sim)!;
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId(second), state: 'down' });
    expect(leader(sim)).toBeUndefined();
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('manager1'), state: 'ready' });
    expect(leader(sim)).toBeDefined();
  });
});

describe('given a drained node', () => {
  it('reschedules its replicated tasks and takes no new ones', () => {
    const sim = running();
    sim.run({ type: 'SetNodeAvailability', nodeId: sim.nodeId('manager2'), availability: 'drain' });
    sim.advance(20_000);
    expect(live(sim)).toHaveLength(5);
    expect(live(sim).some((t) => t.nodeId === sim.nodeId('manager2'))).toBe(false);
  });
});

describe('given a killed task', () => {
  it('fails with exit 137 and is replaced by the restart policy', () => {
    const sim = running();
    const [task] = sim.tasksOf('web');
    sim.run({ type: 'KillTask', taskId: task!.id });
    expect(sim.state.tasks[task!.id]?.status).toMatchObject({ state: 'failed', err: 'task: non-zero exit (137)', exitCode: 137 });
    sim.advance(10_000);
    expect(sim.tasksOf('web').filter((t) => t.slot === task!.slot && t.status.state === 'running')).toHaveLength(1);
  });

  it('refuses a task that is not running', () => {
    const sim = running();
    const [task] = sim.tasksOf('web');
    sim.run({ type: 'KillTask', taskId: task!.id });
    expect(() => sim.run({ type: 'KillTask', taskId: task!.id })).toThrow(`task ${task!.id} is not running`);
  });
});

describe('given a partitioned node', () => {
  it('cannot reach tasks on other nodes over the overlay, until healed', () => {
    const sim = running();
    const tasks = live(sim);
    const a = tasks.find((t) => t.nodeId === sim.nodeId('worker2'))!;
    const b = tasks.find((t) => t.nodeId !== a.nodeId)!;
    expect(pingFrom(sim.state, a, b.attachments[0]!.ip)).toBeDefined();
    sim.run({ type: 'SetPartitioned', nodeId: sim.nodeId('worker2'), partitioned: true });
    expect(pingFrom(sim.state, a, b.attachments[0]!.ip)).toBeUndefined();
    expect(pingFrom(sim.state, b, a.attachments[0]!.ip)).toBeUndefined();
    sim.run({ type: 'SetPartitioned', nodeId: sim.nodeId('worker2'), partitioned: false });
    expect(pingFrom(sim.state, a, b.attachments[0]!.ip)).toBeDefined();
  });
});
