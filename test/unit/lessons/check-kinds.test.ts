// The check kinds the curriculum needs beyond the seed lesson: leader and quorum, node removal,
// a service's update state, published port and where its tasks run, secrets, configs, stacks.

import { describe, expect, it } from 'vitest';
import { evaluate, validateCheck, type Check } from '../../../src/lessons/index.js';
import { Sim, spec } from '../cluster/sim.js';

const holds = (sim: Sim, check: Check): boolean => evaluate(check, { state: sim.state, history: [], roles: {}, sessions: [] });

function withWeb(extra: Parameters<typeof spec>[0] = {}): Sim {
  const sim = Sim.classroom(3);
  sim.run({ type: 'CreateService', spec: spec({ name: 'web', image: 'nginx:latest', mode: { kind: 'replicated', replicas: 3 }, ...extra }) });
  sim.advance(10_000);
  return sim;
}

describe('check kinds', () => {
  it('swarm hasLeader and node leader', () => {
    const sim = Sim.classroom(3);
    expect(holds(sim, { swarm: { initialized: true, hasLeader: true } })).toBe(true);
    expect(holds(sim, { node: { hostname: 'manager1', leader: true } })).toBe(true);
    expect(holds(sim, { node: { hostname: 'manager2', leader: true } })).toBe(false);
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('manager2'), state: 'down' });
    sim.run({ type: 'SetNodeState', nodeId: sim.nodeId('manager3'), state: 'down' });
    sim.advance(10_000);
    expect(holds(sim, { swarm: { initialized: true, hasLeader: false } })).toBe(true);
    expect(holds(sim, { swarm: { initialized: true, hasLeader: true } })).toBe(false);
  });

  it('node absent', () => {
    const sim = Sim.classroom(3);
    expect(holds(sim, { node: { hostname: 'worker2', absent: true } })).toBe(false);
    expect(holds(sim, { node: { hostname: 'worker9', absent: true } })).toBe(true);
  });

  it('service published port, from the spec', () => {
    const sim = withWeb({ ports: [{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }] });
    expect(holds(sim, { service: { name: 'web', published: 8080 } })).toBe(true);
    expect(holds(sim, { service: { name: 'web', published: 80 } })).toBe(false);
    expect(holds(withWeb(), { service: { name: 'web', published: 8080 } })).toBe(false);
  });

  it('service requests: what the routing mesh sent to it', () => {
    const sim = withWeb();
    expect(holds(sim, { service: { name: 'web', requests: 1 } })).toBe(false);
    sim.state.services[sim.service('web')]!.lbCursor = 3;
    expect(holds(sim, { service: { name: 'web', requests: 3 } })).toBe(true);
    expect(holds(sim, { service: { name: 'web', requests: 4 } })).toBe(false);
  });

  it('service updateState follows an update to completion', () => {
    const sim = withWeb();
    expect(holds(sim, { service: { name: 'web', updateState: 'completed' } })).toBe(false);
    const web = sim.state.services[sim.service('web')]!;
    sim.run({ type: 'UpdateService', serviceId: web.id, spec: { ...web.spec, image: 'nginx:1.25' } });
    sim.advance(120_000);
    expect(holds(sim, { service: { name: 'web', image: 'nginx:1.25', updateState: 'completed' } })).toBe(true);
  });

  it('service notOn: no running task on a drained node', () => {
    const sim = withWeb({ mode: { kind: 'replicated', replicas: 5 } });
    expect(holds(sim, { service: { name: 'web', notOn: 'worker1' } })).toBe(false);
    sim.run({ type: 'SetNodeAvailability', nodeId: sim.nodeId('worker1'), availability: 'drain' });
    sim.advance(30_000);
    expect(holds(sim, { service: { name: 'web', running: 5, notOn: 'worker1' } })).toBe(true);
  });

  it('secret and config exist or not', () => {
    const sim = Sim.classroom(3);
    const object = { id: 's1', name: 'db_password', labels: {}, data: 'x', createdAt: 0, updatedAt: 0, version: 1 };
    expect(holds(sim, { secret: { name: 'db_password' } })).toBe(false);
    expect(holds(sim, { secret: { name: 'db_password', absent: true } })).toBe(true);
    sim.state.secrets = { s1: object };
    sim.state.configs = { c1: { ...object, id: 'c1', name: 'site' } };
    expect(holds(sim, { secret: { name: 'db_password' } })).toBe(true);
    expect(holds(sim, { config: { name: 'site' } })).toBe(true);
    expect(holds(sim, { config: { name: 'db_password' } })).toBe(false);
  });

  it('stack: services labelled with its namespace', () => {
    const sim = Sim.classroom(3);
    expect(holds(sim, { stack: { name: 'app', absent: true } })).toBe(true);
    for (const name of ['app_web', 'app_db']) sim.run({ type: 'CreateService', spec: spec({ name, labels: { 'com.docker.stack.namespace': 'app' } }) });
    sim.run({ type: 'CreateService', spec: spec({ name: 'other' }) });
    expect(holds(sim, { stack: { name: 'app', services: 2 } })).toBe(true);
    expect(holds(sim, { stack: { name: 'app', services: 3 } })).toBe(false);
    expect(holds(sim, { stack: { name: 'app', absent: true } })).toBe(false);
  });

  it('validates the new fields', () => {
    expect(validateCheck({ stack: { services: 2 } })).toEqual(['check.stack: missing "name"']);
    expect(validateCheck({ service: { name: 'web', notOn: 3 } })).toEqual(['check.service.notOn: expected a string']);
    expect(validateCheck({ swarm: { initialized: true, hasLeader: 'yes' } })).toEqual(['check.swarm.hasLeader: expected a boolean']);
    expect(validateCheck({ secret: { name: 'x', absent: true } })).toEqual([]);
  });
});
