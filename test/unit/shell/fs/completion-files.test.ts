import { describe, expect, it } from 'vitest';
import { nodeCompleter } from '../../../../src/shell/node/completion.js';
import { Sim } from '../../cluster/sim.js';
import { Rig } from './rig.js';

describe('node shell tab completion of file names', () => {
  it('completes files after commands, directories with a slash, only directories for cd, and after docker -c', async () => {
    const rig = Rig.make();
    await rig.script('mkdir -p app/conf', 'touch docker-compose.yml app/stack.yml .hidden');
    const complete = nodeCompleter(() => Sim.classroom(4).state, 'manager1', rig.fs);
    const at = (line: string) => complete(line, line.length).candidates;
    expect(at('cat do')).toEqual(['docker-compose.yml']);
    expect(at('ls ')).toEqual(['app/', 'docker-compose.yml']);
    expect(at('cat app/')).toEqual(['app/conf/', 'app/stack.yml']);
    expect(at('cd app/')).toEqual(['app/conf/']);
    expect(at('ls .h')).toEqual(['.hidden']);
    expect(at('docker stack deploy -c d')).toEqual(['docker-compose.yml']);
    expect(at('echo x > app/s')).toEqual(['app/stack.yml']);
    expect(at('docker netw')).toEqual(['network']);
  });
});
