// The rolling updater (src/cluster/reconcile/updater.ts), checked against swarmkit
// manager/orchestrator/update/updater.go and controlapi/service.go UpdateService.
import { describe, expect, it } from 'vitest';
import type { ServiceSpec } from '../../../src/cluster/index.js';
import { Sim, spec } from './sim.js';

function running(seed = 1, overrides: Partial<ServiceSpec> = {}): Sim {
  const sim = Sim.classroom(seed);
  sim.run({ type: 'CreateService', spec: spec({ name: 'web', mode: { kind: 'replicated', replicas: 2 }, ...overrides }) });
  sim.advance(5_000);
  return sim;
}

function update(sim: Sim, change: Partial<ServiceSpec>): void {
  const service = sim.state.services[sim.service('web')]!;
  sim.run({ type: 'UpdateService', serviceId: service.id, spec: { ...service.spec, ...change } });
}

const live = (sim: Sim) => sim.tasksOf('web').filter((t) => t.desiredState === 'running' || t.desiredState === 'ready');

describe('given a running service', () => {
  it('a scale keeps the tasks, records PreviousSpec and sets no UpdateStatus', () => {
    const sim = running();
    const before = sim.tasksOf('web').map((t) => t.id).sort();
    update(sim, { mode: { kind: 'replicated', replicas: 3 } });
    const service = sim.state.services[sim.service('web')]!;
    expect(service.previousSpec?.mode).toEqual({ kind: 'replicated', replicas: 2 });
    expect(service.updateStatus).toBeUndefined();
    expect(before.every((id) => sim.state.tasks[id]?.desiredState === 'running')).toBe(true);
  });

  it('a label change replaces no task', () => {
    const sim = running();
    update(sim, { labels: { team: 'blue' } });
    sim.advance(20_000);
    expect(sim.tasksOf('web')).toHaveLength(2);
    expect(sim.state.services[sim.service('web')]?.updateStatus).toBeUndefined();
  });

  it('an image change replaces one slot at a time, stop-first, then completes after the monitor period', () => {
    const sim = running();
    update(sim, { image: 'alpine:3.19' });
    const service = () => sim.state.services[sim.service('web')]!;
    expect(service().updateStatus).toMatchObject({ state: 'updating', message: 'update in progress' });
    const fresh = sim.tasksOf('web').filter((t) => t.spec.image === 'alpine:3.19');
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatchObject({ desiredState: 'ready' });
    const old = sim.tasksOf('web').find((t) => t.slot === fresh[0]?.slot && t.id !== fresh[0]?.id);
    expect(old?.desiredState).toBe('shutdown');
    // `sleep` ignores SIGTERM: the old task needs the 10 s grace period, the new one waits at ready.
    sim.advance(9_000);
    expect(sim.state.tasks[fresh[0]!.id]).toMatchObject({ desiredState: 'ready', status: { state: 'ready' } });
    sim.advance(5_000);
    expect(sim.state.tasks[fresh[0]!.id]).toMatchObject({ desiredState: 'running', status: { state: 'running' } });
    expect(sim.tasksOf('web').filter((t) => t.spec.image === 'alpine:3.19')).toHaveLength(2);
    sim.advance(30_000);
    expect(live(sim).every((t) => t.spec.image === 'alpine:3.19' && t.status.state === 'running')).toBe(true);
    expect(service().updateStatus).toMatchObject({ state: 'completed', message: 'update completed' });
    expect(service().updateStatus?.completedAt).toBeGreaterThan(service().updateStatus?.startedAt ?? Infinity);
    expect(sim.tasksOf('web').filter((t) => t.desiredState === 'shutdown' && t.status.state === 'shutdown')).toHaveLength(2);
  });

  it('--force (ForceUpdate) replaces every task even with the same spec', () => {
    const sim = running();
    update(sim, { forceUpdate: 1 });
    sim.advance(60_000);
    expect(sim.tasksOf('web')).toHaveLength(4);
    expect(sim.state.services[sim.service('web')]?.updateStatus?.state).toBe('completed');
  });

  it('parallelism 0 replaces every slot at once', () => {
    const sim = running();
    update(sim, { image: 'busybox:latest', updateConfig: { parallelism: 0, delayMs: 0, monitorMs: 5_000 } });
    expect(sim.tasksOf('web').filter((t) => t.spec.image === 'busybox:latest')).toHaveLength(2);
  });

  it('waits the update delay after each new task starts', () => {
    const sim = running();
    update(sim, { image: 'busybox:latest', args: ['sleep', '1h'], updateConfig: { parallelism: 1, delayMs: 30_000, monitorMs: 5_000 } });
    sim.advance(15_000);
    const first = sim.tasksOf('web').find((t) => t.spec.image === 'busybox:latest' && t.status.state === 'running');
    expect(first?.runningAt).toBeDefined();
    sim.advance(first!.runningAt! + 29_000 - sim.now);
    expect(sim.tasksOf('web').filter((t) => t.spec.image === 'busybox:latest')).toHaveLength(1);
    sim.advance(2_000);
    expect(sim.tasksOf('web').filter((t) => t.spec.image === 'busybox:latest')).toHaveLength(2);
  });

  it('pauses when a new task fails, and keeps the other slot on the old spec', () => {
    const sim = running();
    update(sim, { image: 'ngnix:latest' });
    sim.advance(4_000);
    const service = sim.state.services[sim.service('web')]!;
    const rejected = sim.tasksOf('web').filter((t) => t.status.state === 'rejected');
    expect(rejected.length).toBeGreaterThan(0);
    const first = rejected.sort((a, b) => a.status.timestamp - b.status.timestamp)[0]!;
    expect(service.updateStatus).toMatchObject({ state: 'paused', message: `update paused due to failure or early termination of task ${first.id}` });
    sim.advance(30_000);
    expect(live(sim).filter((t) => t.spec.image === 'alpine:latest' && t.status.state === 'running')).toHaveLength(1);
  });

  it('a new update after a pause starts over', () => {
    const sim = running();
    update(sim, { image: 'ngnix:latest' });
    sim.advance(30_000);
    update(sim, { image: 'nginx:latest' });
    expect(sim.state.services[sim.service('web')]?.updateStatus?.state).toBe('updating');
    sim.advance(60_000);
    expect(sim.state.services[sim.service('web')]?.updateStatus?.state).toBe('completed');
    expect(live(sim).map((t) => t.spec.image)).toEqual(['nginx:latest', 'nginx:latest']);
  });

  it('refuses negative update delays with swarmkit\'s text', () => {
    const sim = running();
    expect(() => update(sim, { updateConfig: { parallelism: 1, delayMs: -1, monitorMs: 5_000 } })).toThrow(
      'rpc error: code = InvalidArgument desc = TaskSpec: update-delay cannot be negative',
    );
  });
});
