import { describe, expect, it } from 'vitest';
import { decide, DEFAULT_CLUSTER_LIMITS, isClusterError, userNetworkCount, type ClusterCommand, type ClusterLimits } from '../../../src/cluster/index.js';
import { Sim, spec } from './sim.js';

const limits: ClusterLimits = { maxServices: 3, maxNetworks: 2, maxTasks: 50 };

/** runLimited decides a command with limits, as the lab does for students. */
function runLimited(sim: Sim, command: ClusterCommand, bounds: ClusterLimits = limits): void {
  const ctx = { now: sim.now, entropy: sim.entropy, limits: bounds };
  decide(sim.state, command, ctx);
  sim.run(command);
}

function errorOf(work: () => void): { kind: string; message: string } | undefined {
  try {
    work();
  } catch (error) {
    if (isClusterError(error)) return { kind: error.kind, message: error.message };
    throw error;
  }
  return undefined;
}

const overlay = (name: string): ClusterCommand => ({ type: 'CreateNetwork', request: { name, attachable: false, internal: false, labels: {} } });
const bridge = (name: string): ClusterCommand => ({
  type: 'CreateLocalNetwork',
  request: { name, hostname: 'manager1', attachable: false, internal: false, labels: {}, options: {} },
});

describe('given a team at its service limit', () => {
  it('service create is refused with a daemon-style swarmlab error', () => {
    const sim = Sim.classroom();
    for (const name of ['a', 'b', 'c']) runLimited(sim, { type: 'CreateService', spec: spec({ name }) });
    expect(errorOf(() => runLimited(sim, { type: 'CreateService', spec: spec({ name: 'd' }) }))).toEqual({
      kind: 'failed-precondition',
      message: 'swarmlab limit: a team can have at most 3 services',
    });
  });

  it('service update of an existing service still works', () => {
    const sim = Sim.classroom();
    for (const name of ['a', 'b', 'c']) runLimited(sim, { type: 'CreateService', spec: spec({ name }) });
    const id = sim.service('a');
    expect(errorOf(() => runLimited(sim, { type: 'UpdateService', serviceId: id, spec: spec({ name: 'a', image: 'nginx:latest' }) }))).toBeUndefined();
  });

  it('service create with a duplicate name gets Docker\'s error first', () => {
    const sim = Sim.classroom();
    for (const name of ['a', 'b', 'c']) runLimited(sim, { type: 'CreateService', spec: spec({ name }) });
    expect(errorOf(() => runLimited(sim, { type: 'CreateService', spec: spec({ name: 'a' }) }))?.kind).toBe('already-exists');
  });
});

describe('given the task limit (replicas × 5 kept per slot)', () => {
  it('service create --replicas 11 is refused when 50 tasks allow 10 replicas', () => {
    const sim = Sim.classroom();
    expect(errorOf(() => runLimited(sim, { type: 'CreateService', spec: spec({ mode: { kind: 'replicated', replicas: 11 } }) }))?.message).toBe(
      'swarmlab limit: a team can have at most 50 tasks, history included (5 per replica): 10 replicas in all',
    );
  });

  it('service scale counts the other services and replaces the scaled one\'s own replicas', () => {
    const sim = Sim.classroom();
    runLimited(sim, { type: 'CreateService', spec: spec({ name: 'a', mode: { kind: 'replicated', replicas: 4 } }) });
    runLimited(sim, { type: 'CreateService', spec: spec({ name: 'b', mode: { kind: 'replicated', replicas: 2 } }) });
    const scale = (replicas: number) => () =>
      runLimited(sim, { type: 'UpdateService', serviceId: sim.service('b'), spec: spec({ name: 'b', mode: { kind: 'replicated', replicas } }) });
    expect(errorOf(scale(6))).toBeUndefined();
    expect(errorOf(scale(7))?.message).toContain('at most 50 tasks');
  });

  it('a global service counts one task per node', () => {
    const sim = Sim.classroom();
    runLimited(sim, { type: 'CreateService', spec: spec({ name: 'a', mode: { kind: 'replicated', replicas: 6 } }) });
    expect(errorOf(() => runLimited(sim, { type: 'CreateService', spec: spec({ name: 'g', mode: { kind: 'global' } }) }))?.message).toContain('at most 50 tasks');
  });

  it('the default limits allow a whole lesson and 200 replicas', () => {
    const sim = Sim.classroom();
    const create = (name: string, replicas: number) => () =>
      runLimited(sim, { type: 'CreateService', spec: spec({ name, mode: { kind: 'replicated', replicas } }) }, DEFAULT_CLUSTER_LIMITS);
    expect(errorOf(create('web', 200))).toBeUndefined();
    expect(errorOf(create('more', 1))?.message).toContain('at most 1000 tasks');
  });
});

describe('given the network limit', () => {
  it('overlay and bridge networks count together, ingress and the built-in ones do not', () => {
    const sim = Sim.classroom();
    expect(userNetworkCount(sim.state)).toBe(0);
    runLimited(sim, overlay('front'));
    runLimited(sim, bridge('local'));
    expect(userNetworkCount(sim.state)).toBe(2);
    expect(errorOf(() => runLimited(sim, overlay('back')))?.message).toBe('swarmlab limit: a team can have at most 2 networks');
    expect(errorOf(() => runLimited(sim, bridge('other')))?.message).toBe('swarmlab limit: a team can have at most 2 networks');
  });

  it('network rm frees a place', () => {
    const sim = Sim.classroom();
    runLimited(sim, overlay('front'));
    runLimited(sim, overlay('back'));
    runLimited(sim, { type: 'RemoveNetwork', networkId: sim.network('front') });
    expect(errorOf(() => runLimited(sim, overlay('again')))).toBeUndefined();
  });
});

describe('without limits in the context', () => {
  it('decide is unbounded (replay, tools and older tests)', () => {
    const sim = Sim.classroom();
    for (const name of ['a', 'b', 'c', 'd']) sim.run({ type: 'CreateService', spec: spec({ name }) });
    expect(Object.keys(sim.state.services)).toHaveLength(4);
  });
});
