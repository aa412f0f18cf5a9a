// Node-local networks (`docker network create NAME`, bridge driver): given/when/then against the
// cluster's decide and evolve. Texts from moby v28.2.2 daemon/network.go and libnetwork.
import { describe, expect, it } from 'vitest';
import { ClusterError, type CreateLocalNetwork } from '../../../src/cluster/index.js';
import { replay, Sim, spec } from './sim.js';

const request = (hostname: string, name: string, extra: Partial<CreateLocalNetwork> = {}): CreateLocalNetwork => ({
  hostname, name, labels: {}, options: {}, internal: false, attachable: false, ...extra,
});
const createLocal = (sim: Sim, hostname: string, name: string, extra: Partial<CreateLocalNetwork> = {}) =>
  sim.run({ type: 'CreateLocalNetwork', request: request(hostname, name, extra) });
const local = (sim: Sim, hostname: string, name: string) => sim.state.hosts[hostname]?.localNetworks.find((n) => n.name === name);
const kindOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ClusterError) return `${e.kind}: ${e.message}`;
    throw e;
  }
  return 'no error';
};

describe('given a classroom swarm', () => {
  it('creates a bridge on that host only, with the next free 172.x/16 pool and a 64-hex ID', () => {
    const sim = Sim.classroom();
    const [event] = createLocal(sim, 'worker1', 'mybr', { labels: { a: 'b' } });
    expect(event?.type).toBe('LocalNetworkCreated');
    expect(local(sim, 'worker1', 'mybr')).toMatchObject({ driver: 'bridge', subnet: '172.19.0.0/16', gateway: '172.19.0.1', labels: { a: 'b' } });
    expect(local(sim, 'worker1', 'mybr')?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(local(sim, 'worker2', 'mybr')).toBeUndefined();
    createLocal(sim, 'worker1', 'second');
    expect(local(sim, 'worker1', 'second')?.subnet).toBe('172.20.0.0/16');
  });

  it('takes --subnet and --gateway as given and refuses an overlapping pool', () => {
    const sim = Sim.classroom();
    createLocal(sim, 'manager2', 'custom', { subnet: '192.168.50.0/24', gateway: '192.168.50.254' });
    expect(local(sim, 'manager2', 'custom')).toMatchObject({ subnet: '192.168.50.0/24', gateway: '192.168.50.254' });
    expect(kindOf(() => createLocal(sim, 'manager2', 'clash', { subnet: '172.17.5.0/24' }))).toBe(
      'forbidden: invalid pool request: Pool overlaps with other one on this address space',
    );
  });

  it('checks names in the daemon order', () => {
    const sim = Sim.classroom();
    sim.run({ type: 'CreateNetwork', request: { name: 'over', attachable: false, internal: false, labels: {} } });
    expect(kindOf(() => createLocal(sim, 'manager1', 'bridge'))).toBe('already-exists: network with name bridge already exists');
    expect(kindOf(() => createLocal(sim, 'manager1', 'none'))).toBe('forbidden: operation is not permitted on predefined none network');
    expect(kindOf(() => createLocal(sim, 'worker1', 'host'))).toBe('forbidden: operation is not permitted on predefined host network');
    expect(kindOf(() => createLocal(sim, 'manager1', 'over'))).toBe('already-exists: network with name over already exists');
    expect(kindOf(() => createLocal(sim, 'worker1', 'over'))).toBe('no error');
    expect(kindOf(() => createLocal(sim, 'worker2', 'docker_gwbridge'))).toBe('already-exists: network with name docker_gwbridge already exists');
    expect(kindOf(() => createLocal(sim, 'worker2', 'ingress'))).toBe('already-exists: network with name ingress already exists');
  });

  it('removes a user network and refuses predefined ones and docker_gwbridge', () => {
    const sim = Sim.classroom();
    createLocal(sim, 'worker1', 'mybr');
    const id = local(sim, 'worker1', 'mybr')?.id ?? '';
    sim.run({ type: 'RemoveLocalNetwork', hostname: 'worker1', networkId: id });
    expect(local(sim, 'worker1', 'mybr')).toBeUndefined();
    const bridge = local(sim, 'worker1', 'bridge')?.id ?? '';
    expect(kindOf(() => sim.run({ type: 'RemoveLocalNetwork', hostname: 'worker1', networkId: bridge }))).toBe(
      'forbidden: bridge is a pre-defined network and cannot be removed',
    );
    const gw = local(sim, 'worker1', 'docker_gwbridge')?.id ?? '';
    expect(kindOf(() => sim.run({ type: 'RemoveLocalNetwork', hostname: 'worker1', networkId: gw }))).toBe(
      `forbidden: error while removing network: network docker_gwbridge id ${gw} has active endpoints`,
    );
    expect(kindOf(() => sim.run({ type: 'RemoveLocalNetwork', hostname: 'worker1', networkId: id }))).toBe(`not-found: network ${id} not found`);
  });

  it('replays local networks and container creation times from the log', () => {
    const sim = Sim.classroom();
    createLocal(sim, 'worker1', 'mybr');
    sim.run({ type: 'CreateService', spec: spec() });
    sim.advance(10_000);
    expect(replay(sim.log)).toEqual(sim.state);
    const [task] = sim.tasksOf('web');
    expect(task?.containerCreatedAt).toBeGreaterThan(task?.createdAt ?? Infinity);
    expect(task?.containerCreatedAt).toBeLessThan(task?.status.timestamp ?? 0);
    expect(task?.containerStartedAt).toBe(task?.status.timestamp);
  });
});
