import { describe, expect, it } from 'vitest';
import { nodeCompleter } from '../../../../src/shell/node/completion.js';
import { Sim, spec } from '../../cluster/sim.js';

function seeded(): Sim {
  const sim = Sim.classroom(4);
  sim.run({ type: 'CreateNetwork', request: { name: 'minha_rede_overlay', attachable: false, internal: false, labels: {} } });
  sim.run({ type: 'CreateService', spec: spec({ name: 'teste_discovery_search', networks: [{ target: sim.network('minha_rede_overlay'), aliases: [] }], mode: { kind: 'replicated', replicas: 5 } }) });
  sim.advance(5_000);
  return sim;
}

const complete = (sim: Sim, line: string, host = 'manager1') => nodeCompleter(() => sim.state, host)(line, line.length);

describe('node shell tab completion', () => {
  it('completes shell commands at the start of a line', () => {
    expect(complete(seeded(), 'doc')).toEqual({ candidates: ['docker'], start: 0, end: 3 });
    expect(complete(seeded(), 'h').candidates).toEqual(['head', 'help', 'history', 'hostname']);
  });

  it('completes docker management commands and verbs from the CLI tree', () => {
    expect(complete(seeded(), 'docker netw').candidates).toEqual(['network']);
    expect(complete(seeded(), 'docker network ').candidates).toEqual(expect.arrayContaining(['create', 'inspect', 'ls', 'rm']));
  });

  it('completes flags of the command being typed', () => {
    expect(complete(seeded(), 'docker network ls --no').candidates).toEqual(['--no-trunc']);
  });

  it('completes the containers of this node for exec, and networks after --network', () => {
    const sim = seeded();
    const local = complete(sim, 'docker exec -it teste').candidates;
    expect(local).toHaveLength(1);
    expect(local[0]).toMatch(/^teste_discovery_search\.\d\.[0-9a-z]{25}$/);
    expect(complete(sim, 'docker service create --network minha').candidates).toEqual(['minha_rede_overlay']);
  });

  it('completes service names and scale targets', () => {
    expect(complete(seeded(), 'docker service ps tes').candidates).toEqual(['teste_discovery_search']);
    expect(complete(seeded(), 'docker service scale tes').candidates).toEqual(['teste_discovery_search=']);
  });
});
