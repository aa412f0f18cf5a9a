// Configs in the pure cluster. Fidelity: swarmkit manager/controlapi/config.go (MaxConfigSize,
// validateConfigSpec, RemoveConfig), service.go validateConfigRefsSpec/checkConfigExistence.

import { describe, expect, it } from 'vitest';
import { ClusterError, type ClusterEvent } from '../../../src/cluster/index.js';
import { Sim, spec } from './sim.js';

const create = (sim: Sim, name: string, data = 'x=1\n') => sim.run({ type: 'CreateConfig', request: { name, labels: {}, data } });
const idOf = (events: ClusterEvent[]): string => (events[0]?.type === 'ConfigCreated' ? events[0].data.object.id : '');

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ClusterError) return error.message;
    throw error;
  }
  return '';
}

describe('given a swarm with a config', () => {
  it('stores configs apart from secrets (the same name may be both)', () => {
    const sim = Sim.classroom();
    const id = idOf(create(sim, 'site'));
    sim.run({ type: 'CreateSecret', request: { name: 'site', labels: {}, data: 'x' } });
    expect(sim.state.configs?.[id]?.name).toBe('site');
    expect(Object.values(sim.state.secrets ?? {}).map((s) => s.name)).toEqual(['site']);
  });

  it('bounds config data at 1000 KiB, not 500', () => {
    expect(idOf(create(Sim.classroom(), 'big', 'x'.repeat(600_000)))).not.toBe('');
    expect(message(() => create(Sim.classroom(), 'big', 'x'.repeat(1_024_000))))
      .toBe('rpc error: code = InvalidArgument desc = config data must be larger than 0 and less than 1024000 bytes');
    expect(message(() => create(Sim.classroom(), 'empty', ''))).toBe('rpc error: code = InvalidArgument desc = config data must be larger than 0 and less than 1024000 bytes');
  });

  it('refuses removal while a service uses it, and a service naming a missing config', () => {
    const sim = Sim.classroom();
    const id = idOf(create(sim, 'site'));
    const refs = [{ id, name: 'site', target: '/etc/site.conf', uid: '0', gid: '0', mode: 0o444 }];
    sim.run({ type: 'CreateService', spec: { ...spec({ name: 'web' }), configs: refs } });
    expect(message(() => sim.run({ type: 'RemoveConfig', id }))).toBe("rpc error: code = InvalidArgument desc = config 'site' is in use by the following service: web");
    expect(message(() => sim.run({ type: 'CreateService', spec: { ...spec({ name: 'api' }), configs: [{ ...refs[0]!, id: 'gone' }] } })))
      .toBe('rpc error: code = InvalidArgument desc = config not found: site');
    expect(message(() => sim.run({ type: 'RemoveConfig', id: 'gone' }))).toBe('rpc error: code = NotFound desc = could not find config gone');
  });
});
