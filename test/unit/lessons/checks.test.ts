import { describe, expect, it } from 'vitest';
import { containerName } from '../../../src/cluster/index.js';
import { evaluate, type CheckContext, type CommandRecord } from '../../../src/lessons/index.js';
import { Sim, spec } from '../cluster/sim.js';

function seed(): Sim {
  const sim = Sim.classroom(3);
  sim.run({ type: 'CreateNetwork', request: { name: 'minha_rede_overlay', attachable: false, internal: false, labels: {} } });
  sim.run({ type: 'CreateService', spec: spec({ name: 'teste_discovery_search', networks: [{ target: sim.network('minha_rede_overlay'), aliases: [] }], mode: { kind: 'replicated', replicas: 2 } }) });
  sim.advance(5_000);
  return sim;
}

const ctx = (sim: Sim, history: CommandRecord[] = [], sessions: CheckContext['sessions'] = []): CheckContext => ({
  state: sim.state,
  history,
  roles: { a: ['alice'], b: ['bob'] },
  sessions,
});
const rec = (r: Partial<CommandRecord>): CommandRecord => ({ user: 'alice', node: 'manager1', line: '', exit: 0, output: '', at: 0, ...r });

describe('checks against the seed lesson', () => {
  it('network and service state', () => {
    const sim = seed();
    expect(evaluate({ network: { name: 'minha_rede_overlay', driver: 'overlay' } }, ctx(sim))).toBe(true);
    expect(evaluate({ network: { name: 'minha_rede_overlay', driver: 'bridge' } }, ctx(sim))).toBe(false);
    expect(evaluate({ service: { name: 'teste_discovery_search', replicas: 2, running: 2, distinctNodes: 2 } }, ctx(sim))).toBe(true);
    expect(evaluate({ service: { name: 'nope', absent: true } }, ctx(sim))).toBe(true);
  });

  it('a command run on a node that runs a task, by each role', () => {
    const sim = seed();
    const [t1, t2] = sim.tasksOf('teste_discovery_search');
    const host = (id?: string) => Object.values(sim.state.nodes).find((n) => n.id === id)?.hostname ?? '';
    const inspect = (user: string, node: string) => rec({ user, node, line: 'docker network inspect minha_rede_overlay' });
    const check = { ran: { command: '^docker network inspect minha_rede_overlay', each: true, where: { runsTaskOf: 'teste_discovery_search' } } };
    expect(evaluate(check, ctx(sim, [inspect('alice', host(t1?.nodeId))]))).toBe(false);
    expect(evaluate(check, ctx(sim, [inspect('alice', host(t1?.nodeId)), inspect('bob', host(t2?.nodeId))]))).toBe(true);
    const idle = Object.values(sim.state.nodes).find((n) => n.id !== t1?.nodeId && n.id !== t2?.nodeId)!.hostname;
    expect(evaluate(check, ctx(sim, [inspect('alice', host(t1?.nodeId)), inspect('bob', idle)]))).toBe(false);
  });

  it('a ping from inside a task answered by a task on another node', () => {
    const sim = seed();
    const [t1, t2] = sim.tasksOf('teste_discovery_search');
    const ping = (task: string, ip: string, user = 'alice') => rec({ user, task, line: `ping ${containerName(sim.state, t2!)}`, output: `PING x (${ip}): 56 data bytes\n64 bytes from ${ip}: seq=0 ttl=64 time=0.1 ms\n` });
    const check = { ran: { command: '^ping ', where: { insideTaskOf: 'teste_discovery_search' }, repliesFromOtherNode: true } };
    expect(evaluate(check, ctx(sim, [ping(t1!.id, t2!.attachments[0]!.ip)]))).toBe(true);
    expect(evaluate(check, ctx(sim, [ping(t1!.id, t1!.attachments[0]!.ip)]))).toBe(false);
    expect(evaluate(check, ctx(sim, [rec({ line: 'ping x', output: '64 bytes from 10.0.1.4: seq=0' })]))).toBe(false);
  });

  it('live sessions: on a task node, and inside a container', () => {
    const sim = seed();
    const [t1, t2] = sim.tasksOf('teste_discovery_search');
    const host = (id?: string) => Object.values(sim.state.nodes).find((n) => n.id === id)?.hostname ?? '';
    const sessions = [{ user: 'alice', node: host(t1?.nodeId), task: t1!.id }, { user: 'bob', node: host(t2?.nodeId) }];
    expect(evaluate({ session: { each: true, where: { runsTaskOf: 'teste_discovery_search' } } }, ctx(sim, [], sessions))).toBe(true);
    expect(evaluate({ inside: { taskOf: 'teste_discovery_search', each: true } }, ctx(sim, [], sessions))).toBe(false);
    expect(evaluate({ inside: { taskOf: 'teste_discovery_search', role: 'a' } }, ctx(sim, [], sessions))).toBe(true);
  });

  it('combinators, and a regex that does not compile never matches', () => {
    const sim = seed();
    expect(evaluate({ any: [{ network: { name: 'x' } }, { not: { network: { name: 'x' } } }] }, ctx(sim))).toBe(true);
    expect(evaluate({ ran: { command: '(' } }, ctx(sim, [rec({ line: '(' })]))).toBe(false);
  });
});
