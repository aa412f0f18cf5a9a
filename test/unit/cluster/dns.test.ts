import { describe, expect, it } from 'vitest';
import { containerName, pingFrom, resolveA, resolvePtr } from '../../../src/cluster/index.js';
import { Sim, spec } from './sim.js';

function twoNetworks(): Sim {
  const sim = Sim.classroom();
  for (const name of ['front', 'back']) sim.run({ type: 'CreateNetwork', request: { name, attachable: false, internal: false, labels: {} } });
  const front = sim.network('front');
  const back = sim.network('back');
  sim.run({ type: 'CreateService', spec: spec({ name: 'web', networks: [{ target: front, aliases: [] }], mode: { kind: 'replicated', replicas: 2 } }) });
  sim.run({ type: 'CreateService', spec: spec({ name: 'api', networks: [{ target: front, aliases: [] }, { target: back, aliases: [] }] }) });
  sim.run({ type: 'CreateService', spec: spec({ name: 'db', networks: [{ target: back, aliases: [] }] }) });
  sim.advance(5_000);
  return sim;
}

describe('given services on two overlays', () => {
  it('resolves a service name to its VIP on the shared network', () => {
    const sim = twoNetworks();
    const api = sim.tasksOf('api')[0]!;
    const webVip = sim.state.services[sim.service('web')]!.vips[0]!.ip;
    expect(resolveA(sim.state, api, 'web')).toEqual([webVip]);
    expect(resolveA(sim.state, api, 'WEB.')).toEqual([webVip]);
  });

  it('resolves tasks.<service> to every running task address', () => {
    const sim = twoNetworks();
    const api = sim.tasksOf('api')[0]!;
    const ips = sim.tasksOf('web').map((t) => t.attachments[0]!.ip).sort();
    expect(resolveA(sim.state, api, 'tasks.web').sort()).toEqual(ips);
  });

  it('resolves a container name and a short container ID to that task', () => {
    const sim = twoNetworks();
    const api = sim.tasksOf('api')[0]!;
    const web = sim.tasksOf('web')[0]!;
    expect(resolveA(sim.state, api, containerName(sim.state, web))).toEqual([web.attachments[0]!.ip]);
    expect(resolveA(sim.state, api, web.containerId.slice(0, 12))).toEqual([web.attachments[0]!.ip]);
  });

  it('does not resolve across networks the asker does not share', () => {
    const sim = twoNetworks();
    const web = sim.tasksOf('web')[0]!;
    const db = sim.tasksOf('db')[0]!;
    expect(resolveA(sim.state, web, 'db')).toEqual([]);
    expect(resolveA(sim.state, web, containerName(sim.state, db))).toEqual([]);
    expect(resolveA(sim.state, db, 'web')).toEqual([]);
    expect(pingFrom(sim.state, web, db.attachments[0]!.ip)).toBeUndefined();
  });

  it('resolves name.network on that network only', () => {
    const sim = twoNetworks();
    const api = sim.tasksOf('api')[0]!;
    const dbVip = sim.state.services[sim.service('db')]!.vips[0]!.ip;
    expect(resolveA(sim.state, api, 'db.back')).toEqual([dbVip]);
    expect(resolveA(sim.state, api, 'db.front')).toEqual([]);
  });

  it('answers PTR with <container>.<network>', () => {
    const sim = twoNetworks();
    const api = sim.tasksOf('api')[0]!;
    const web = sim.tasksOf('web')[0]!;
    expect(resolvePtr(sim.state, api, web.attachments[0]!.ip)).toBe(`${containerName(sim.state, web)}.front`);
  });

  it('stops resolving a service once it has no running task', () => {
    const sim = twoNetworks();
    const api = sim.tasksOf('api')[0]!;
    sim.run({ type: 'RemoveService', serviceId: sim.service('web') });
    sim.advance(11_000);
    expect(resolveA(sim.state, api, 'web')).toEqual([]);
  });

  it('lets tasks ping each other and the service VIP, flagging cross-node replies', () => {
    const sim = twoNetworks();
    const [a, b] = sim.tasksOf('web');
    expect(pingFrom(sim.state, a!, b!.attachments[0]!.ip)).toEqual({ sameNode: a!.nodeId === b!.nodeId });
    const apiVip = sim.state.services[sim.service('api')]!.vips[0]!.ip;
    expect(pingFrom(sim.state, a!, apiVip)).toBeDefined();
  });
});
