import { describe, expect, it } from 'vitest';
import { networkInstantiatedOn, swarmNetworksVisibleOn } from '../../../src/cluster/index.js';
import { Sim, spec } from './sim.js';

const create = (sim: Sim, name: string) =>
  sim.run({ type: 'CreateNetwork', request: { name, attachable: false, internal: false, labels: {} } });

describe('given a classroom swarm', () => {
  it('network create gives the next /24, VXLAN ID and a 25-char ID', () => {
    const sim = Sim.classroom();
    const [event] = create(sim, 'minha_rede_overlay');
    expect(event?.type).toBe('NetworkCreated');
    const net = sim.state.networks[sim.network('minha_rede_overlay')];
    expect(net).toMatchObject({ subnet: '10.0.1.0/24', gateway: '10.0.1.1', vxlanId: 4097 });
    expect(net?.id).toMatch(/^[0-9a-z]{25}$/);
    create(sim, 'second');
    expect(sim.state.networks[sim.network('second')]).toMatchObject({ subnet: '10.0.2.0/24', vxlanId: 4098 });
  });

  it('network create twice fails with the daemon text', () => {
    const sim = Sim.classroom();
    create(sim, 'minha_rede_overlay');
    expect(() => create(sim, 'minha_rede_overlay')).toThrow('network with name minha_rede_overlay already exists');
  });

  it('reuses the lowest free subnet after a network is removed', () => {
    const sim = Sim.classroom();
    create(sim, 'a');
    create(sim, 'b');
    sim.run({ type: 'RemoveNetwork', networkId: sim.network('a') });
    create(sim, 'c');
    expect(sim.state.networks[sim.network('c')]?.subnet).toBe('10.0.1.0/24');
  });

  it('network rm refuses a network a service uses, naming both full IDs', () => {
    const sim = Sim.classroom();
    create(sim, 'net');
    const netId = sim.network('net');
    sim.run({ type: 'CreateService', spec: spec({ networks: [{ target: netId, aliases: [] }] }) });
    expect(() => sim.run({ type: 'RemoveNetwork', networkId: netId })).toThrow(
      `rpc error: code = FailedPrecondition desc = network ${netId} is in use by service ${sim.service('web')}`,
    );
  });

  it('workers list an overlay only while one of their containers uses it', () => {
    const sim = Sim.classroom(3);
    create(sim, 'net');
    const netId = sim.network('net');
    const visible = (host: string) => swarmNetworksVisibleOn(sim.state, host).map((n) => n.name).sort();
    expect(visible('manager3')).toEqual(['ingress', 'net']);
    expect(visible('worker1')).toEqual(['ingress']);
    sim.run({ type: 'CreateService', spec: spec({ networks: [{ target: netId, aliases: [] }], mode: { kind: 'global' } }) });
    sim.advance(10_000);
    expect(visible('worker1')).toEqual(['ingress', 'net']);
    expect(networkInstantiatedOn(sim.state, sim.state.networks[netId]!, sim.nodeId('worker2'))).toBe(true);
  });
});
