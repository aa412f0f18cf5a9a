import { describe, expect, it } from 'vitest';
import { ClusterError, decide, seededEntropy } from '../../../src/cluster/index.js';
import { Sim, T0 } from './sim.js';

describe('given no cluster', () => {
  it('BuildTopology provisions manager1..3 and worker1..2 with manager1 as leader', () => {
    const sim = Sim.classroom();
    const nodes = Object.values(sim.state.nodes);
    expect(nodes.map((n) => [n.hostname, n.role, n.leader])).toEqual([
      ['manager1', 'manager', true],
      ['manager2', 'manager', false],
      ['manager3', 'manager', false],
      ['worker1', 'worker', false],
      ['worker2', 'worker', false],
    ]);
    for (const n of nodes) expect(n.id).toMatch(/^[0-9a-z]{25}$/);
  });

  it('gives every host its own local networks with 64-hex IDs', () => {
    const sim = Sim.classroom();
    const bridges = Object.values(sim.state.hosts).map((h) => h.localNetworks.find((n) => n.name === 'bridge')?.id);
    expect(new Set(bridges).size).toBe(5);
    for (const id of bridges) expect(id).toMatch(/^[0-9a-f]{64}$/);
    const names = sim.state.hosts.worker1?.localNetworks.map((n) => n.name);
    expect(names).toEqual(['bridge', 'host', 'none', 'docker_gwbridge']);
  });

  it('creates ingress as 10.0.0.0/24 with VXLAN 4096 and an ingress-sbox address per node', () => {
    const sim = Sim.classroom();
    const ingress = Object.values(sim.state.networks).find((n) => n.ingress);
    expect(ingress).toMatchObject({ name: 'ingress', subnet: '10.0.0.0/24', gateway: '10.0.0.1', vxlanId: 4096 });
    expect(Object.values(ingress?.lbEndpoints ?? {}).map((e) => e.ip)).toEqual(['10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5', '10.0.0.6']);
  });

  it('can leave the swarm uninitialised', () => {
    const sim = new Sim();
    sim.run({ type: 'BuildTopology', topology: { managers: 1, workers: 1, swarm: false } });
    expect(sim.state.swarm).toBeNull();
    expect(Object.keys(sim.state.hosts)).toEqual(['manager1', 'worker1']);
    expect(sim.state.hosts.manager1?.localNetworks.map((n) => n.name)).toEqual(['bridge', 'host', 'none']);
  });

  it('is deterministic for a seed', () => {
    const a = decide(Sim.classroom().state, { type: 'BuildTopology', topology: { managers: 3, workers: 2 } }, { now: T0, entropy: seededEntropy(7) });
    const b = decide(Sim.classroom().state, { type: 'BuildTopology', topology: { managers: 3, workers: 2 } }, { now: T0, entropy: seededEntropy(7) });
    expect(a).toEqual(b);
  });
});

describe('given an initialised swarm', () => {
  it('refuses a second swarm init with docker\'s text', () => {
    const sim = Sim.classroom();
    expect(() => sim.run({ type: 'InitSwarm', hostname: 'manager2' })).toThrowError(
      new ClusterError('failed-precondition', 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.'),
    );
  });
});
