// Pathname expansion in the node shell, as bash 5.2 does it (bash(1) "Pathname Expansion";
// lib/glob/glob.c, globskipdots on): sorted matches, a word without matches kept as typed,
// dotfiles only for a pattern that starts with a dot, quoted or escaped pattern characters literal.

import { beforeEach, describe, expect, it } from 'vitest';
import { Rig } from './rig.js';

describe('globs in the node shell', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = Rig.make();
    await rig.script('mkdir -p app/conf app/logs', 'touch b.yml a.yml c.txt .hidden.yml x.bak y.bak app/conf/one.yml app/conf/two.yml app/stack.yml', 'echo hi > notes.txt');
  });

  it.each([
    ['echo *.yml', 'a.yml b.yml\n'],
    ['echo ?.yml', 'a.yml b.yml\n'],
    ['echo [ab].yml', 'a.yml b.yml\n'],
    ['echo [!a].yml', 'b.yml\n'],
    ['echo [^a-a].yml', 'b.yml\n'],
    ['echo *', 'a.yml app b.yml c.txt notes.txt x.bak y.bak\n'],
    ['echo .*.yml', '.hidden.yml\n'],
    ['echo app/*', 'app/conf app/logs app/stack.yml\n'],
    ['echo */conf/*.yml', 'app/conf/one.yml app/conf/two.yml\n'],
    ['echo app/*/', 'app/conf/ app/logs/\n'],
    ['echo ~/app/c*', '/home/alice/app/conf\n'],
    ['echo /home/alice/*.txt', '/home/alice/c.txt /home/alice/notes.txt\n'],
    ['echo *.none', '*.none\n'],
    ['echo "*.yml" \'*\'.yml \\*.yml', '*.yml *.yml *.yml\n'],
    ['echo "a"*.yml', 'a.yml\n'],
    ['echo [z', '[z\n'],
  ])('%s', async (line, stdout) => {
    expect(await rig.run(line)).toEqual({ stdout, stderr: '', status: 0 });
  });

  it('ls *.yml, cat *.txt and rm -f *.bak act on every match', async () => {
    expect((await rig.run('ls *.yml')).stdout).toBe('a.yml\nb.yml\n');
    expect((await rig.run('cat *.txt')).stdout).toBe('hi\n');
    expect(await rig.run('rm -f *.bak')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await rig.run('echo *.bak')).stdout).toBe('*.bak\n');
  });

  it('a pattern without matches reaches the command as typed', async () => {
    expect(await rig.run('ls *.json')).toEqual({ stdout: '', stderr: "ls: cannot access '*.json': No such file or directory\n", status: 2 });
  });

  it('an unquoted variable holding a pattern is expanded too', async () => {
    expect((await rig.script('P=*.yml', 'echo $P "$P"')).stdout).toBe('a.yml b.yml *.yml\n');
  });

  it('assignments and redirection targets are not globbed', async () => {
    expect((await rig.script('X=*.yml', 'echo "$X"')).stdout).toBe('*.yml\n');
  });
});
