// Secrets in the pure cluster, given/when/then. Fidelity: swarmkit manager/controlapi/secret.go
// (CreateSecret, UpdateSecret, RemoveSecret), common.go validateConfigOrSecretAnnotations,
// api/validation/secrets.go, service.go validateSecretRefsSpec/checkSecretExistence.

import { describe, expect, it } from 'vitest';
import { ClusterError, evolve, emptyCluster, type ClusterEvent, type DataReference } from '../../../src/cluster/index.js';
import { Sim, spec } from './sim.js';

const create = (sim: Sim, name: string, data = 'pw', labels: Record<string, string> = {}) =>
  sim.run({ type: 'CreateSecret', request: { name, labels, data } });
const idOf = (events: ClusterEvent[]): string => (events[0]?.type === 'SecretCreated' ? events[0].data.object.id : '');
const ref = (id: string, name: string, target = name): DataReference => ({ id, name, target, uid: '0', gid: '0', mode: 0o444 });

function refusal(run: () => unknown): { kind: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ClusterError) return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('given a fresh swarm', () => {
  it('when a secret is created, then it is stored with its data and labels', () => {
    const sim = Sim.classroom();
    const id = idOf(create(sim, 'db_pw', 's3cret\n', { a: 'b' }));
    expect(id).toMatch(/^[0-9a-z]{25}$/);
    expect(sim.state.secrets?.[id]).toMatchObject({ name: 'db_pw', data: 's3cret\n', labels: { a: 'b' }, version: 1 });
  });

  const bad: [string, string, string][] = [
    ['an empty name', '', 'rpc error: code = InvalidArgument desc = name must be provided'],
    ['a name ending in a dot', 'pw.', 'rpc error: code = InvalidArgument desc = invalid name, only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]'],
    ['a 65-character name', 'a'.repeat(65), 'rpc error: code = InvalidArgument desc = invalid name, only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]'],
  ];
  it.each(bad)('when the secret has %s, then it is refused', (_what, name, message) => {
    expect(refusal(() => create(Sim.classroom(), name))).toEqual({ kind: 'invalid-argument', message });
  });

  it('when the data is 500 KiB or more, then swarmkit refuses it', () => {
    const message = 'rpc error: code = InvalidArgument desc = secret data must be larger than 0 and less than 512000 bytes';
    expect(refusal(() => create(Sim.classroom(), 'big', 'x'.repeat(512_000))).message).toBe(message);
    expect(idOf(create(Sim.classroom(), 'big', 'x'.repeat(511_999)))).not.toBe('');
  });

  it('when the name is taken, then it is refused as AlreadyExists', () => {
    const sim = Sim.classroom();
    create(sim, 'db_pw');
    expect(refusal(() => create(sim, 'db_pw'))).toEqual({ kind: 'already-exists', message: 'rpc error: code = AlreadyExists desc = secret db_pw already exists' });
  });
});

describe('given a secret a service uses', () => {
  function used(): { sim: Sim; id: string } {
    const sim = Sim.classroom();
    const id = idOf(create(sim, 'db_pw'));
    sim.run({ type: 'CreateService', spec: { ...spec({ name: 'web' }), secrets: [ref(id, 'db_pw')] } });
    return { sim, id };
  }

  it('when it is removed, then the service is named', () => {
    const { sim, id } = used();
    expect(refusal(() => sim.run({ type: 'RemoveSecret', id }))).toEqual({
      kind: 'invalid-argument',
      message: "rpc error: code = InvalidArgument desc = secret 'db_pw' is in use by the following service: web",
    });
  });

  it('when two services use it, then both are named', () => {
    const { sim, id } = used();
    sim.run({ type: 'CreateService', spec: { ...spec({ name: 'api' }), secrets: [ref(id, 'db_pw')] } });
    expect(refusal(() => sim.run({ type: 'RemoveSecret', id })).message).toMatch(/in use by the following services: (web, api|api, web)$/);
  });

  it('when the service is gone, then the secret can be removed', () => {
    const { sim, id } = used();
    sim.run({ type: 'RemoveService', serviceId: sim.service('web') });
    expect(sim.run({ type: 'RemoveSecret', id })).toEqual([{ type: 'SecretRemoved', data: { at: sim.now, id } }]);
    expect(sim.state.secrets?.[id]).toBeUndefined();
  });

  it('when only its labels change, then it is updated; its data never changes', () => {
    const { sim, id } = used();
    sim.run({ type: 'UpdateSecret', id, request: { name: 'db_pw', labels: { x: 'y' }, data: 'pw' } });
    expect(sim.state.secrets?.[id]).toMatchObject({ labels: { x: 'y' }, version: 2 });
    expect(refusal(() => sim.run({ type: 'UpdateSecret', id, request: { name: 'db_pw', labels: {}, data: 'other' } })).message)
      .toBe('rpc error: code = InvalidArgument desc = only updates to Labels are allowed');
  });
});

describe('given service specs that reference secrets', () => {
  it('when the secret does not exist, then the service is refused', () => {
    const sim = Sim.classroom();
    expect(refusal(() => sim.run({ type: 'CreateService', spec: { ...spec({ name: 'web' }), secrets: [ref('nope', 'a'), ref('nope2', 'b')] } })).message)
      .toBe('rpc error: code = InvalidArgument desc = secrets not found: a, b');
  });

  it('when two references share a target, then the service is refused', () => {
    const sim = Sim.classroom();
    const a = idOf(create(sim, 'a'));
    const b = idOf(create(sim, 'b'));
    expect(refusal(() => sim.run({ type: 'CreateService', spec: { ...spec({ name: 'web' }), secrets: [ref(a, 'a', 'x'), ref(b, 'b', 'x')] } })).message)
      .toBe("rpc error: code = InvalidArgument desc = secret references 'a' and 'b' have a conflicting target: 'x'");
  });

  it('when a secret is added to a running service, then its tasks are replaced', () => {
    const sim = Sim.classroom();
    sim.run({ type: 'CreateService', spec: spec({ name: 'web' }) });
    sim.advance(30_000);
    const id = idOf(create(sim, 'db_pw'));
    const service = sim.state.services[sim.service('web')];
    sim.run({ type: 'UpdateService', serviceId: sim.service('web'), spec: { ...(service?.spec ?? spec({ name: 'web' })), secrets: [ref(id, 'db_pw')] } });
    sim.advance(60_000);
    const running = Object.values(sim.state.tasks).filter((t) => t.status.state === 'running');
    expect(running.map((t) => t.spec.secrets?.[0]?.name)).toEqual(['db_pw']);
  });
});

describe('replay', () => {
  it('rebuilds secrets, data included, from the event log alone', () => {
    const sim = Sim.classroom();
    const id = idOf(create(sim, 'db_pw', 'data'));
    sim.run({ type: 'UpdateSecret', id, request: { name: 'db_pw', labels: { l: '1' }, data: 'data' } });
    const replayed = sim.log.reduce((s, e) => evolve(s, e), emptyCluster());
    expect(replayed.secrets).toEqual(sim.state.secrets);
  });
});
