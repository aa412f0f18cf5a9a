// Node shell file commands against GNU coreutils 9.1 and bash 5.2 (Debian 12) messages:
// coreutils src/ls.c, cat.c, mkdir.c, rm.c/remove.c, mv.c, cp.c/copy.c, touch.c; bash
// builtins/cd.def and redir.c (`-bash: name: strerror`).

import { describe, expect, it } from 'vitest';
import { Rig } from './rig.js';

// Error cases: setup lines, then the command, its stderr and exit status.
const ERRORS: Array<[string, string[], string, string, number]> = [
  ['cat of a missing file', [], 'cat nope', 'cat: nope: No such file or directory\n', 1],
  ['cat of a directory', ['mkdir d'], 'cat d', 'cat: d: Is a directory\n', 1],
  ['cat through a file as directory', ['touch f'], 'cat f/x', 'cat: f/x: Not a directory\n', 1],
  ['cd to a missing directory', [], 'cd x', '-bash: cd: x: No such file or directory\n', 1],
  ['cd to a file', ['touch f'], 'cd f', '-bash: cd: f: Not a directory\n', 1],
  ['cd with two operands', [], 'cd a b', '-bash: cd: too many arguments\n', 1],
  ['cd - before any cd', [], 'cd -', '-bash: cd: OLDPWD not set\n', 1],
  ['ls of a missing name', [], 'ls x', "ls: cannot access 'x': No such file or directory\n", 2],
  ['ls with an unknown option', [], 'ls -z', "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", 2],
  ['mkdir of an existing name', ['mkdir a'], 'mkdir a', "mkdir: cannot create directory 'a': File exists\n", 1],
  ['mkdir without its parent', [], 'mkdir a/b', "mkdir: cannot create directory 'a/b': No such file or directory\n", 1],
  ['mkdir outside the home', [], 'mkdir /etc/x', "mkdir: cannot create directory '/etc/x': Permission denied\n", 1],
  ['mkdir without operands', [], 'mkdir', "mkdir: missing operand\nTry 'mkdir --help' for more information.\n", 1],
  ['rm of a directory', ['mkdir d'], 'rm d', "rm: cannot remove 'd': Is a directory\n", 1],
  ['rm of a missing file', [], 'rm x', "rm: cannot remove 'x': No such file or directory\n", 1],
  ['rm without operands', [], 'rm', "rm: missing operand\nTry 'rm --help' for more information.\n", 1],
  ['rm -r of .', [], 'rm -r .', "rm: refusing to remove '.' or '..' directory: skipping '.'\n", 1],
  ['rm of a system file', [], 'rm /etc/hostname', "rm: cannot remove '/etc/hostname': Permission denied\n", 1],
  ['rmdir of a full directory', ['mkdir -p d/e'], 'rmdir d', "rmdir: failed to remove 'd': Directory not empty\n", 1],
  ['mv of a missing file', [], 'mv a b', "mv: cannot stat 'a': No such file or directory\n", 1],
  ['mv with one operand', [], 'mv a', "mv: missing destination file operand after 'a'\nTry 'mv --help' for more information.\n", 1],
  ['mv onto itself', ['touch a'], 'mv a a', "mv: 'a' and 'a' are the same file\n", 1],
  ['mv a directory into itself', ['mkdir d'], 'mv d d/e', "mv: cannot move 'd' to a subdirectory of itself, 'd/e'\n", 1],
  ['mv many into a file', ['touch a b c'], 'mv a b c', "mv: target 'c' is not a directory\n", 1],
  ['cp of a directory without -r', ['mkdir d'], 'cp d e', "cp: -r not specified; omitting directory 'd'\n", 1],
  ['cp of a missing file', [], 'cp x y', "cp: cannot stat 'x': No such file or directory\n", 1],
  ['cp outside the home', ['touch a'], 'cp a /etc/a', "cp: cannot create regular file '/etc/a': Permission denied\n", 1],
  ['cp a directory into itself', ['mkdir d'], 'cp -r d d/e', "cp: cannot copy a directory, 'd', into itself, 'd/e'\n", 1],
  ['touch in a missing directory', [], 'touch x/y', "touch: cannot touch 'x/y': No such file or directory\n", 1],
  ['> into a system directory', [], 'echo hi > /etc/x', '-bash: /etc/x: Permission denied\n', 1],
  ['> onto a directory', ['mkdir d'], 'echo hi > d', '-bash: d: Is a directory\n', 1],
  ['< from a missing file', [], 'cat < nope', '-bash: nope: No such file or directory\n', 1],
];

describe('node shell file commands: errors', () => {
  it.each(ERRORS)('%s', async (_name, setup, line, stderr, status) => {
    const rig = Rig.make();
    for (const l of setup) expect((await rig.run(l)).stderr).toBe('');
    expect(await rig.run(line)).toEqual({ stdout: '', stderr, status });
  });
});

describe('node shell file commands', () => {
  it('echo > file, >> file, cat file', async () => {
    const rig = Rig.make();
    await rig.script('echo one > notes', 'echo two >> notes');
    expect(await rig.run('cat notes')).toEqual({ stdout: 'one\ntwo\n', stderr: '', status: 0 });
    await rig.run('echo new > notes');
    expect((await rig.run('cat notes')).stdout).toBe('new\n');
  });

  it('cat > file <<EOF writes a here-document (variables expanded unless quoted)', async () => {
    const rig = Rig.make();
    await rig.run("cat > docker-compose.yml <<EOF\nservices:\n  web:\n    image: nginx\n    user: $USER\nEOF");
    await rig.run("cat > raw.txt <<'EOF'\n$USER\nEOF");
    expect((await rig.run('cat docker-compose.yml')).stdout).toBe('services:\n  web:\n    image: nginx\n    user: alice\n');
    expect((await rig.run('cat raw.txt')).stdout).toBe('$USER\n');
  });

  it('cat concatenates files and stdin, keeps going after a missing one', async () => {
    const rig = Rig.make();
    await rig.script('echo a > a', 'echo b > b');
    expect(await rig.run('cat a nope b')).toEqual({ stdout: 'a\nb\n', stderr: 'cat: nope: No such file or directory\n', status: 1 });
    expect((await rig.run('echo x | cat a - b')).stdout).toBe('a\nx\nb\n');
    expect((await rig.run('cat -n a b')).stdout).toBe('     1\ta\n     2\tb\n');
  });

  it('a redirected stdout feeds < and pipes; 2> collects errors', async () => {
    const rig = Rig.make();
    await rig.run('cat nope 2> err.txt');
    expect((await rig.run('cat < err.txt')).stdout).toBe('cat: nope: No such file or directory\n');
    await rig.run('ls nope > all.txt 2>&1');
    expect((await rig.run('cat all.txt')).stdout).toBe("ls: cannot access 'nope': No such file or directory\n");
  });

  it('ls lists names in byte order, one per line off a terminal; -a adds dot entries', async () => {
    const rig = Rig.make();
    await rig.script('touch b a .hidden', 'mkdir Zed');
    expect((await rig.run('ls')).stdout).toBe('Zed\na\nb\n');
    expect((await rig.run('ls -a')).stdout).toBe('.\n..\n.hidden\nZed\na\nb\n');
    expect((await rig.run('ls -A')).stdout).toBe('.hidden\nZed\na\nb\n');
  });

  it('ls on a terminal lays names out in columns that fit the width', async () => {
    const rig = Rig.make({}, undefined, true);
    await rig.run('touch alpha beta gamma delta epsilon zeta eta theta');
    expect((await rig.run('ls')).stdout).toBe('alpha  beta  delta  epsilon  eta  gamma  theta  zeta\n');
    expect((await rig.run('ls', 30)).stdout).toBe('alpha  delta    eta    theta\nbeta   epsilon  gamma  zeta\n');
  });

  it('ls -l shows mode, owner, size and time; total counts 1K blocks', async () => {
    const rig = Rig.make();
    await rig.script('echo hello > a', 'mkdir d');
    expect((await rig.run('ls -l')).stdout).toBe(
      'total 8\n-rw-r--r-- 1 alice alice    6 Nov 22 20:40 a\ndrwxr-xr-x 2 alice alice 4096 Nov 22 20:40 d\n',
    );
  });

  it('ls with several operands lists files first, then each directory under a header', async () => {
    const rig = Rig.make();
    await rig.script('mkdir d e', 'touch d/x f');
    expect((await rig.run('ls e d f')).stdout).toBe('f\n\nd:\nx\n\ne:\n');
  });

  it('mkdir -p makes parents and accepts existing directories; cd and pwd follow; the prompt shows ~', async () => {
    const rig = Rig.make();
    expect((await rig.run('mkdir -p app/web/static')).status).toBe(0);
    expect((await rig.run('mkdir -p app/web')).status).toBe(0);
    await rig.run('cd app/web');
    expect((await rig.run('pwd')).stdout).toBe('/home/alice/app/web\n');
    expect(rig.prompt()).toBe('alice@manager1:~/app/web$ ');
    expect((await rig.run('cd -')).stdout).toBe('/home/alice\n');
    expect(rig.prompt()).toBe('alice@manager1:~$ ');
    await rig.run('cd /etc');
    expect(rig.prompt()).toBe('alice@manager1:/etc$ ');
    await rig.run('cd');
    expect(rig.prompt()).toBe('alice@manager1:~$ ');
    await rig.run('cd ~/app');
    expect((await rig.run('ls')).stdout).toBe('web\n');
  });

  it('mv renames, moves into a directory, and moves whole trees', async () => {
    const rig = Rig.make();
    await rig.script('mkdir -p src/sub dst', 'echo 1 > src/sub/f', 'echo 2 > top');
    await rig.run('mv top renamed');
    await rig.run('mv src dst');
    expect((await rig.run('ls')).stdout).toBe('dst\nrenamed\n');
    expect((await rig.run('cat dst/src/sub/f')).stdout).toBe('1\n');
    expect((await rig.run('mv -v renamed dst')).stdout).toBe("renamed 'renamed' -> 'dst/renamed'\n");
  });

  it('cp copies files and, with -r, trees; the copy is independent', async () => {
    const rig = Rig.make();
    await rig.script('mkdir -p a/b', 'echo x > a/b/f', 'cp -r a c', 'echo y > a/b/f', 'cp a/b/f g');
    expect((await rig.run('cat c/b/f g')).stdout).toBe('x\ny\n');
  });

  it('rm -r removes trees, rm -f ignores missing names', async () => {
    const rig = Rig.make();
    await rig.script('mkdir -p a/b', 'touch a/b/f a/g');
    expect(await rig.run('rm -rf a nope')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await rig.run('ls -A')).stdout).toBe('');
  });

  it('the system tree is readable, /dev/null swallows writes', async () => {
    const rig = Rig.make();
    expect((await rig.run('cat /etc/hostname')).stdout).toBe('manager1\n');
    expect((await rig.run('ls /home')).stdout).toBe('alice\n');
    expect(await rig.run('echo x > /dev/null')).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  it('a file over the size limit is refused with bash write error; the file stays empty', async () => {
    const rig = Rig.make({ maxFileBytes: 10 });
    expect(await rig.run('echo 12345678901234 > big')).toEqual({ stdout: '', stderr: '-bash: echo: write error: File too large\n', status: 1 });
    expect((await rig.run('cat big')).stdout).toBe('');
    expect((await rig.run('echo abc > big | cat')).stderr).toBe('');
    await rig.run('echo 1234567 > big2');
    expect((await rig.run('cat big2 big2 > big3')).stderr).toBe('cat: write error: File too large\n');
  });

  it('too many files is Disk quota exceeded; the team total is No space left on device', async () => {
    const rig = Rig.make({ maxHomeEntries: 2, maxTeamFileBytes: 8 });
    await rig.script('mkdir d', 'touch a');
    expect((await rig.run('touch b')).stderr).toBe("touch: cannot touch 'b': Disk quota exceeded\n");
    expect((await rig.run('echo 123456789 > a')).stderr).toBe('-bash: echo: write error: No space left on device\n');
  });

  it('a failed save is reported and changes nothing', async () => {
    const storage = { load: () => [], teamBytes: () => 0, save: () => 'ENOSPC' as const };
    const rig = Rig.make({}, storage);
    expect((await rig.run('mkdir d')).stderr).toBe("mkdir: cannot create directory 'd': No space left on device\n");
    expect((await rig.run('ls')).stdout).toBe('');
  });
});
