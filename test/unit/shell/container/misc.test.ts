import { describe, expect, it } from 'vitest';
import type { Applet } from '../../../../src/shell/container/applets/applet.js';
import { date } from '../../../../src/shell/container/applets/date.js';
import { echo } from '../../../../src/shell/container/applets/echo.js';
import { env } from '../../../../src/shell/container/applets/env.js';
import { falseApplet } from '../../../../src/shell/container/applets/false.js';
import { id, ID_USAGE } from '../../../../src/shell/container/applets/id.js';
import { runApplet } from '../../../../src/shell/container/applets/index.js';
import { printenv } from '../../../../src/shell/container/applets/printenv.js';
import { ps } from '../../../../src/shell/container/applets/ps.js';
import { pwd } from '../../../../src/shell/container/applets/pwd.js';
import { sleep, SLEEP_USAGE } from '../../../../src/shell/container/applets/sleep.js';
import { trueApplet } from '../../../../src/shell/container/applets/true.js';
import { uname, UNAME_USAGE } from '../../../../src/shell/container/applets/uname.js';
import { usageText } from '../../../../src/shell/container/applets/usage.js';
import { wget, WGET_USAGE } from '../../../../src/shell/container/applets/wget.js';
import { whoami } from '../../../../src/shell/container/applets/whoami.js';
import { classroomEnv, fakeIO, type FakeEnvOptions, type FakeIOOptions } from './fakes.js';

type Case = [string[], string, string, number];

async function run(applet: Applet, args: string[], io: FakeIOOptions = {}, envOptions: FakeEnvOptions = {}) {
  const fio = fakeIO(io);
  const code = await applet.run([applet.name, ...args], fio, classroomEnv(envOptions));
  return { out: fio.out, err: fio.err, code, sleeps: fio.sleeps };
}

function table(applet: Applet, cases: Case[]): void {
  for (const [args, out, err, code] of cases) {
    it(`${applet.name} ${args.join(' ')}`, async () => {
      const r = await run(applet, args);
      expect({ out: r.out, err: r.err, code: r.code }).toEqual({ out, err, code });
    });
  }
}

describe('echo (ash builtin)', () => {
  table(echo, [
    [['hello', 'world'], 'hello world\n', '', 0],
    [[], '\n', '', 0],
    [['-n', 'hi'], 'hi', '', 0],
    [['-n'], '', '', 0],
    [['-e', 'a\\tb'], 'a\tb\n', '', 0],
    [['a\\tb'], 'a\\tb\n', '', 0],
    [['-e', 'a\\cb', 'c'], 'a', '', 0],
    [['-ne', 'x\\n'], 'x\n', '', 0],
    [['-e', '-n', 'x'], 'x', '', 0],
    [['-eE', 'a\\tb'], 'a\\tb\n', '', 0],
    [['-x', 'y'], '-x y\n', '', 0],
    [['-', 'y'], '- y\n', '', 0],
    [['-e', '\\0101\\x41\\101'], 'AAA\n', '', 0],
    [['-e', '\\x', 'end\\'], '\\x end\\\n', '', 0],
    [['-e', '\\e[1m'], '\x1b[1m\n', '', 0],
  ]);
});

describe('true, false, pwd, whoami', () => {
  table(trueApplet, [[['--help'], '', '', 0]]);
  table(falseApplet, [[['x'], '', '', 1]]);
  table(pwd, [
    [[], '/\n', '', 0],
    [['-P'], '/\n', '', 0],
    [['-x'], '', 'sh: pwd: Illegal option -x\n', 2],
  ]);
  table(whoami, [
    [[], 'root\n', '', 0],
    [['x'], '', usageText('whoami', { trivial: '', full: 'Print the user name associated with the current effective user id' }), 1],
  ]);
});

describe('uname', () => {
  const all = 'Linux 5e64c7b86c06 6.8.0-51-generic #52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024 x86_64 Linux\n';
  table(uname, [
    [[], 'Linux\n', '', 0],
    [['-a'], all, '', 0],
    [['--all'], all, '', 0],
    [['-r'], '6.8.0-51-generic\n', '', 0],
    [['-m'], 'x86_64\n', '', 0],
    [['-p'], 'unknown\n', '', 0],
    [['-rs'], 'Linux 6.8.0-51-generic\n', '', 0],
    [['-n', '-o'], '5e64c7b86c06 Linux\n', '', 0],
    [['-x'], '', `uname: unrecognized option: x\n${usageText('uname', UNAME_USAGE)}`, 1],
    [['foo'], '', usageText('uname', UNAME_USAGE), 1],
  ]);
});

describe('id', () => {
  table(id, [
    [[], 'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n', '', 0],
    [['-u'], '0\n', '', 0],
    [['-un'], 'root\n', '', 0],
    [['-g', '-n'], 'root\n', '', 0],
    [['-G'], '0 1 2 3 4 6 10 11 20 26 27\n', '', 0],
    [['nobody'], 'uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n', '', 0],
    [['-n'], '', usageText('id', ID_USAGE), 1],
    [['foo'], '', 'id: unknown user foo\n', 1],
  ]);
});

describe('env, printenv', () => {
  const base = 'HOSTNAME=5e64c7b86c06\nSHLVL=1\nHOME=/root\n';
  const path = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nPWD=/\n';
  table(env, [
    [[], `${base}${path}`, '', 0],
    [['FOO=bar'], `${base}${path}FOO=bar\n`, '', 0],
    [['-i', 'A=1'], 'A=1\n', '', 0],
    [['-u', 'SHLVL'], `HOSTNAME=5e64c7b86c06\nHOME=/root\n${path}`, '', 0],
    [['hostname'], '5e64c7b86c06\n', '', 0],
    [['nosuch'], '', "env: can't execute 'nosuch': No such file or directory\n", 127],
  ]);
  table(printenv, [
    [['HOME'], '/root\n', '', 0],
    [['HOME', 'NOPE'], '/root\n', '', 1],
  ]);

  it('env in an interactive exec also has TERM=xterm', async () => {
    expect((await run(env, [], { isTTY: true })).out).toBe(`${base}TERM=xterm\n${path}`);
  });
});

describe('date', () => {
  table(date, [
    [[], 'Sun Nov 22 20:40:00 UTC 2026\n', '', 0],
    [['-u'], 'Sun Nov 22 20:40:00 UTC 2026\n', '', 0],
    [['-R'], 'Sun, 22 Nov 2026 20:40:00 +0000\n', '', 0],
    [['-I'], '2026-11-22\n', '', 0],
    [['-Iseconds'], '2026-11-22T20:40:00+00:00\n', '', 0],
    [['+%Y-%m-%d %H:%M:%S %s'], '2026-11-22 20:40:00 1795380000\n', '', 0],
    [['-d', '@0'], 'Thu Jan  1 00:00:00 UTC 1970\n', '', 0],
    [['-d', '2026-01-05 08:00'], 'Mon Jan  5 08:00:00 UTC 2026\n', '', 0],
    [['-d', 'tomorrow'], '', "date: invalid date 'tomorrow'\n", 1],
    [['-s', '12:00'], 'Sun Nov 22 12:00:00 UTC 2026\n', "date: can't set date: Operation not permitted\n", 0],
    [['-r', '/etc/alpine-release', '+%F'], '2025-01-08\n', '', 0],
  ]);
});

describe('sleep', () => {
  const cases: Array<[string[], number[], string, number]> = [
    [['1'], [1000], '', 0],
    [['1.5'], [1500], '', 0],
    [['1m'], [60000], '', 0],
    [['2', '3s'], [5000], '', 0],
    [['2h'], [3_600_000, 3_600_000], '', 0],
    [['abc'], [], "sleep: invalid number 'abc'\n", 1],
    [['1.5x'], [], "sleep: invalid number '1x'\n", 1],
    [[], [], usageText('sleep', SLEEP_USAGE), 1],
  ];
  for (const [args, sleeps, err, code] of cases) {
    it(`sleep ${args.join(' ')}`, async () => {
      const r = await run(sleep, args);
      expect([r.sleeps, r.err, r.code]).toEqual([sleeps, err, code]);
    });
  }

  it('sleep 50m, then Ctrl-C: status 130', async () => {
    const r = await run(sleep, ['50m'], { interruptAfterSleeps: 1 });
    expect([r.out, r.err, r.code]).toEqual(['', '', 130]);
  });
});

describe('wget', () => {
  table(wget, [
    [['http://teste_discovery_search/'], '', "Connecting to teste_discovery_search (10.0.1.2:80)\nwget: can't connect to remote host (10.0.1.2): Connection refused\n", 1],
    [['-q', 'teste_discovery_search:8080/index.html'], '', "wget: can't connect to remote host (10.0.1.2): Connection refused\n", 1],
    [['http://nosuch/'], '', "wget: bad address 'nosuch'\n", 1],
    [['gopher://x/'], '', 'wget: not an http or ftp url: gopher://x/\n', 1],
    [['http://10.0.1.9/'], '', "Connecting to 10.0.1.9 (10.0.1.9:80)\nwget: can't connect to remote host (10.0.1.9): Host is unreachable\n", 1],
    [[], '', usageText('wget', WGET_USAGE), 1],
  ]);
});

describe('ps', () => {
  it('ps lists PID 1 (the task command), the shell and itself', async () => {
    const processes = [{ pid: 1, user: 'root', command: 'sleep 50m' }, { pid: 7, user: 'root', command: 'sh' }];
    const r = await run(ps, [], {}, { processes });
    expect(r.out).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 50m\n    7 root      0:00 sh\n    8 root      0:00 ps\n');
  });

  it('ps on a 20-column terminal cuts lines at 19 characters', async () => {
    const r = await run(ps, [], { isTTY: true, columns: 20 }, { processes: [{ pid: 1, user: 'root', command: 'sleep 50m' }] });
    expect(r.out).toBe('PID   USER     TIME\n    1 root      0:0\n    2 root      0:0\n');
  });
});

describe('runApplet', () => {
  it('an unknown command: `sh: foo: not found`, 127', async () => {
    const io = fakeIO();
    expect(await runApplet(['foo'], io, classroomEnv())).toBe(127);
    expect([io.out, io.err]).toEqual(['', 'sh: foo: not found\n']);
  });

  it('a path to an applet works like its name', async () => {
    const io = fakeIO();
    expect(await runApplet(['/bin/hostname'], io, classroomEnv())).toBe(0);
    expect(io.out).toBe('5e64c7b86c06\n');
  });

  it('a path that is not an applet is not found', async () => {
    const io = fakeIO();
    expect(await runApplet(['/tmp/ping'], io, classroomEnv())).toBe(127);
    expect(io.err).toBe('sh: /tmp/ping: not found\n');
  });
});
