import { describe, expect, it } from 'vitest';
import { humanDuration } from '../../../src/cluster/index.js';
import { replay, Sim, spec } from './sim.js';

describe('given any history', () => {
  it('replaying the log rebuilds the identical cluster (same IDs, addresses and task history)', () => {
    const sim = Sim.classroom(11);
    sim.run({ type: 'CreateNetwork', request: { name: 'net', attachable: false, internal: false, labels: {} } });
    const net = sim.network('net');
    sim.run({ type: 'CreateService', spec: spec({ name: 'a', networks: [{ target: net, aliases: [] }], mode: { kind: 'replicated', replicas: 3 } }) });
    sim.advance(4_000);
    const a = sim.state.services[sim.service('a')]!;
    sim.run({ type: 'UpdateService', serviceId: a.id, spec: { ...a.spec, mode: { kind: 'replicated', replicas: 1 } } });
    sim.run({ type: 'CreateService', spec: spec({ name: 'b', args: ['sleep', '2s'] }) });
    sim.advance(60_000);
    expect(replay(sim.log)).toEqual(sim.state);
  });

  it('events survive a JSON round trip unchanged (what the store does to them)', () => {
    const sim = Sim.classroom(5);
    sim.run({ type: 'CreateService', spec: spec() });
    sim.advance(5_000);
    const roundTripped = JSON.parse(JSON.stringify(sim.log)) as typeof sim.log;
    expect(replay(roundTripped)).toEqual(sim.state);
  });
});

describe('humanDuration', () => {
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1_000, '1 second'],
    [59_900, '59 seconds'],
    [60_000, 'About a minute'],
    [119_000, 'About a minute'],
    [120_000, '2 minutes'],
    [59 * 60_000, '59 minutes'],
    [60 * 60_000, 'About an hour'],
    [89 * 60_000, 'About an hour'],
    [90 * 60_000, '2 hours'],
    [47.5 * 3_600_000, '2 days'],
    [14 * 24 * 3_600_000, '2 weeks'],
    [60 * 24 * 3_600_000, '2 months'],
    [800 * 24 * 3_600_000, '2 years'],
  ])('%d ms is "%s"', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});
