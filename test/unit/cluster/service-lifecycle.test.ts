import { describe, expect, it } from 'vitest';
import { containerName } from '../../../src/cluster/index.js';
import { Sim, spec } from './sim.js';

function seedLesson(seed = 1): { sim: Sim; netId: string } {
  const sim = Sim.classroom(seed);
  sim.run({ type: 'CreateNetwork', request: { name: 'minha_rede_overlay', attachable: false, internal: false, labels: {} } });
  const netId = sim.network('minha_rede_overlay');
  sim.run({
    type: 'CreateService',
    spec: spec({ name: 'teste_discovery_search', networks: [{ target: netId, aliases: [] }], mode: { kind: 'replicated', replicas: 2 } }),
  });
  return { sim, netId };
}

describe('given the seed lesson service', () => {
  it('allocates the VIP first, then task addresses, then per-node load-balancer endpoints', () => {
    const { sim, netId } = seedLesson();
    const service = sim.state.services[sim.service('teste_discovery_search')];
    expect(service?.vips).toEqual([{ networkId: netId, ip: '10.0.1.2' }]);
    const ips = sim.tasksOf('teste_discovery_search').sort((a, b) => a.slot - b.slot).map((t) => t.attachments[0]?.ip);
    expect(ips).toEqual(['10.0.1.3', '10.0.1.4']);
    const lbs = Object.values(sim.state.networks[netId]?.lbEndpoints ?? {}).map((e) => e.ip).sort();
    expect(lbs).toEqual(['10.0.1.5', '10.0.1.6']);
  });

  it('spreads the two replicas over two different nodes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { sim } = seedLesson(seed);
      const nodes = new Set(sim.tasksOf('teste_discovery_search').map((t) => t.nodeId));
      expect(nodes.size).toBe(2);
    }
  });

  it('moves tasks pending → assigned → accepted → preparing → ready → starting → running within a few seconds', () => {
    const { sim } = seedLesson();
    const task = sim.tasksOf('teste_discovery_search')[0]!;
    const seen = sim.log
      .filter((e) => (e.type === 'TaskStatusChanged' || e.type === 'TaskAllocated' || e.type === 'TaskAssigned') && e.data.taskId === task.id)
      .map((e) => e.type);
    expect(seen).toEqual(['TaskAllocated', 'TaskAssigned']);
    sim.advance(5_000);
    const states = sim.log
      .filter((e) => e.type === 'TaskStatusChanged' && e.data.taskId === task.id)
      .map((e) => (e.type === 'TaskStatusChanged' ? e.data.state : ''));
    expect(states).toEqual(['accepted', 'preparing', 'ready', 'starting', 'running']);
    expect(sim.state.tasks[task.id]?.status.message).toBe('started');
  });

  it('names containers <service>.<slot>.<task ID>', () => {
    const { sim } = seedLesson();
    const task = sim.tasksOf('teste_discovery_search').find((t) => t.slot === 2)!;
    expect(containerName(sim.state, task)).toBe(`teste_discovery_search.2.${task.id}`);
    expect(task.containerId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('restarts a task when `sleep 50m` ends, keeping the old one as history', () => {
    const { sim } = seedLesson();
    sim.advance(5_000);
    const first = sim.tasksOf('teste_discovery_search').find((t) => t.slot === 1)!;
    sim.advance(50 * 60_000);
    const slot1 = sim.tasksOf('teste_discovery_search').filter((t) => t.slot === 1);
    expect(slot1).toHaveLength(2);
    expect(sim.state.tasks[first.id]).toMatchObject({ desiredState: 'shutdown', status: { state: 'complete', message: 'finished' } });
    const second = slot1.find((t) => t.id !== first.id)!;
    expect(second.status.state).toBe('ready');
    expect(second.desiredState).toBe('ready');
    sim.advance(7_000);
    expect(sim.state.tasks[second.id]).toMatchObject({ desiredState: 'running', status: { state: 'running' } });
  });

  it('scales up one per node and scales down from the most crowded nodes', () => {
    const { sim } = seedLesson();
    sim.advance(5_000);
    const service = sim.state.services[sim.service('teste_discovery_search')]!;
    sim.run({ type: 'UpdateService', serviceId: service.id, spec: { ...service.spec, mode: { kind: 'replicated', replicas: 5 } } });
    sim.advance(5_000);
    const nodes = sim.tasksOf('teste_discovery_search').map((t) => t.nodeId);
    expect(new Set(nodes).size).toBe(5);
    sim.run({ type: 'UpdateService', serviceId: service.id, spec: { ...service.spec, mode: { kind: 'replicated', replicas: 2 } } });
    const removed = sim.tasksOf('teste_discovery_search').filter((t) => t.desiredState === 'remove');
    expect(removed.map((t) => t.slot).sort()).toEqual([3, 4, 5]);
    // `sleep` ignores SIGTERM as PID 1: the removed tasks keep running for the 10 s grace period.
    sim.advance(5_000);
    expect(removed.every((t) => sim.state.tasks[t.id]?.status.state === 'running')).toBe(true);
    sim.advance(6_000);
    expect(removed.every((t) => sim.state.tasks[t.id] === undefined)).toBe(true);
    expect(sim.tasksOf('teste_discovery_search')).toHaveLength(2);
  });

  it('service rm retires every task and deletes it once stopped', () => {
    const { sim } = seedLesson();
    sim.advance(5_000);
    const ids = sim.tasksOf('teste_discovery_search').map((t) => t.id);
    sim.run({ type: 'RemoveService', serviceId: sim.service('teste_discovery_search') });
    expect(ids.every((id) => sim.state.tasks[id]?.desiredState === 'remove')).toBe(true);
    sim.advance(11_000);
    expect(ids.every((id) => sim.state.tasks[id] === undefined)).toBe(true);
  });

  it('rejects tasks of an image no registry has, and keeps retrying', () => {
    const sim = Sim.classroom();
    sim.run({ type: 'CreateService', spec: spec({ name: 'typo', image: 'ngnix:latest', args: [] }) });
    sim.advance(3_000);
    const [task] = sim.tasksOf('typo');
    expect(task?.status).toMatchObject({ state: 'rejected', err: 'No such image: ngnix:latest' });
    sim.advance(30_000);
    const tasks = sim.tasksOf('typo');
    expect(tasks.length).toBe(5); // task history limit
    expect(tasks.filter((t) => t.desiredState !== 'shutdown')).toHaveLength(1);
  });

  it('refuses a duplicate service name case-insensitively with swarmkit\'s text', () => {
    const { sim } = seedLesson();
    expect(() => sim.run({ type: 'CreateService', spec: spec({ name: 'TESTE_discovery_search' }) })).toThrow(
      'rpc error: code = AlreadyExists desc = name conflicts with an existing object: service TESTE_discovery_search already exists',
    );
  });

  it('refuses names that are not DNS labels', () => {
    const sim = Sim.classroom();
    expect(() => sim.run({ type: 'CreateService', spec: spec({ name: 'bad name' }) })).toThrow(
      'rpc error: code = InvalidArgument desc = name must be valid as a DNS name component',
    );
  });

  it('names an unnamed service adjective_surname', () => {
    const sim = Sim.classroom();
    sim.run({ type: 'CreateService', spec: spec({ name: '' }) });
    const [service] = Object.values(sim.state.services);
    expect(service?.spec.name).toMatch(/^[a-z]+_[a-z]+$/);
  });
});

describe('given a spec with control characters', () => {
  it.each([
    ['a label', { labels: { x: 'a\x1b[2Jb' } }],
    ['an env value', { env: ['A=\x1b]0;pwned\x07'] }],
    ['a hostname', { hostname: 'h\x07' }],
    ['an argument', { args: ['sleep', '1\r'] }],
  ])('refuses %s, because classmates would see it', (_name, overrides) => {
    const sim = Sim.classroom();
    expect(() => sim.run({ type: 'CreateService', spec: spec(overrides) })).toThrow('swarmlab: control characters are not allowed in service specs');
  });
});
