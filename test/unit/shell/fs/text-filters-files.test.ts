// grep, head, tail, wc, sort and uniq reading file operands on a node, with the texts of GNU
// coreutils 9.4 (src/head.c, src/tail.c, src/wc.c compute_number_width, src/sort.c, src/uniq.c)
// and GNU grep 3.11 (src/grep.c) for files they cannot read.

import { beforeEach, describe, expect, it } from 'vitest';
import { Rig } from './rig.js';

const NUMBERS = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

describe('text filters on files', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = Rig.make();
    await rig.run(`cat > n.txt <<'EOF'\n${NUMBERS}EOF`);
    await rig.run(`cat > s.yml <<'EOF'\nservices:\n  web:\n    image: nginx\n  db:\n    image: postgres\nEOF`);
    await rig.run('mkdir dir');
  });

  it.each([
    ['head -n 2 n.txt', 'line 1\nline 2\n', '', 0],
    ['head -3 n.txt s.yml', '==> n.txt <==\nline 1\nline 2\nline 3\n\n==> s.yml <==\nservices:\n  web:\n    image: nginx\n', '', 0],
    ['head nope', '', "head: cannot open 'nope' for reading: No such file or directory\n", 1],
    ['head -n 1 n.txt nope s.yml', '==> n.txt <==\nline 1\n\n==> s.yml <==\nservices:\n', "head: cannot open 'nope' for reading: No such file or directory\n", 1],
    ['head dir', '', "head: error reading 'dir': Is a directory\n", 1],
    ['tail -n 2 n.txt', 'line 11\nline 12\n', '', 0],
    ['tail -1 nope', '', "tail: cannot open 'nope' for reading: No such file or directory\n", 1],
    ['grep image s.yml', '    image: nginx\n    image: postgres\n', '', 0],
    ['grep -n image s.yml', '3:    image: nginx\n5:    image: postgres\n', '', 0],
    ['grep -c line n.txt s.yml', 'n.txt:12\ns.yml:0\n', '', 0],
    ['grep -l image n.txt s.yml', 's.yml\n', '', 0],
    ['grep nginx s.yml nope', 's.yml:    image: nginx\n', 'grep: nope: No such file or directory\n', 2],
    ['grep web s.yml n.txt', 's.yml:  web:\n', '', 0],
    ['grep -q web nope s.yml', '', 'grep: nope: No such file or directory\n', 0],
    ['grep x dir', '', 'grep: dir: Is a directory\n', 2],
    ['grep -z x s.yml', '', "grep: invalid option -- 'z'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2],
    ['wc -l n.txt', '12 n.txt\n', '', 0],
    ['wc n.txt', '12 24 87 n.txt\n', '', 0],
    ['wc -l n.txt s.yml', ' 12 n.txt\n  5 s.yml\n 17 total\n', '', 0],
    ['wc -l nope', '', 'wc: nope: No such file or directory\n', 1],
    ['wc -l dir n.txt', '      0 dir\n     12 n.txt\n     12 total\n', 'wc: dir: Is a directory\n', 1],
    ['sort -r s.yml', 'services:\n  web:\n  db:\n    image: postgres\n    image: nginx\n', '', 0], // byte order (C.UTF-8)
    ['sort nope s.yml', '', 'sort: cannot read: nope: No such file or directory\n', 2],
    ['uniq nope', '', 'uniq: nope: No such file or directory\n', 1],
  ])('%s', async (line, stdout, stderr, status) => {
    expect(await rig.run(line)).toEqual({ stdout, stderr, status });
  });

  it('reads the pipe when given no file or `-`', async () => {
    expect((await rig.run('cat n.txt | head -n 1 - s.yml')).stdout).toBe('==> standard input <==\nline 1\n\n==> s.yml <==\nservices:\n');
    expect((await rig.run('cat n.txt | wc -l')).stdout).toBe('12\n');
    expect((await rig.run('cat s.yml | wc')).stdout).toBe('      5       7      60\n');
  });

  it('works with globs: wc -l *.txt, grep image *.yml', async () => {
    await rig.run('echo one > m.txt');
    expect((await rig.run('wc -l *.txt')).stdout).toBe(' 1 m.txt\n12 n.txt\n13 total\n');
    expect((await rig.run('grep -h image *.yml')).stdout).toBe('    image: nginx\n    image: postgres\n');
  });
});
