// bash 5.2's echo and printf builtins (builtins/echo.def, printf.def). Every expectation was
// recorded from `bash -c '<command>'` (GNU bash 5.2.15, Debian 12) on this machine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bashEcho, bashPrintf } from '../../../../src/shell/node/bash-print.js';

describe('printf', () => {
  const cases: [string[], string, string[], number][] = [
    [['s3cret'], 's3cret', [], 0],
    [['%s\\n', 'a', 'b', 'c'], 'a\nb\nc\n', [], 0],
    [['%5d|%-5s|%05.1f\\n', '42', 'ab', '3.14159'], '   42|ab   |003.1\n', [], 0],
    [['%x %X %o %#x\\n', '255', '255', '8', '255'], 'ff FF 10 0xff\n', [], 0],
    [['%d\\n', 'abc'], '0\n', ['printf: abc: invalid number'], 1],
    [['%d\\n', '12abc'], '12\n', ['printf: 12abc: invalid number'], 1],
    [['a\\tb\\\\n'], 'a\tb\\n', [], 0],
    [['%b', 'x\\ty\\n'], 'x\ty\n', [], 0],
    [['%s-%s\\n', '1', '2', '3'], '1-2\n3-\n', [], 0],
    [['%c', 'hello'], 'h', [], 0],
    [['%e %g %g\\n', '12345.678', '0.0001', '100000'], '1.234568e+04 0.0001 100000\n', [], 0],
    [['%g %g\\n', '1e-5', '123456789'], '1e-05 1.23457e+08\n', [], 0],
    [['%q\\n', 'a b'], 'a\\ b\n', [], 0],
    [['ab%'], 'ab', ['printf: `%\': missing format character'], 1],
    [['x\\101\\n'], 'xA\n', [], 0],
    [[], '', ['printf: usage: printf [-v var] format [arguments]'], 2],
    [['%.2s\\n', 'abcdef'], 'ab\n', [], 0],
    [['%+d % d\\n', '5', '5'], '+5  5\n', [], 0],
    [['%d\\n', "'A"], '65\n', [], 0],
    [['%s %d\\n', 'x'], 'x 0\n', [], 0],
    [['%-8s|\\n', 'ab'], 'ab      |\n', [], 0],
    [['%08.3f\\n', '-3.5'], '-003.500\n', [], 0],
    [['%s\\n'], '\n', [], 0],
    [['--', '%s\\n', 'a'], 'a\n', [], 0],
    [['%d\\n', '99999999999999999999'], '9223372036854775807\n', ['printf: warning: 99999999999999999999: Numerical result out of range'], 0],
    [['%x\\n', '0xfffffffffffffffffffff'], 'ffffffffffffffff\n', ['printf: warning: 0xfffffffffffffffffffff: Numerical result out of range'], 0],
    [['%d\\n', '-99999999999999999999'], '-9223372036854775808\n', ['printf: warning: -99999999999999999999: Numerical result out of range'], 0],
    [['%u\\n', '-1'], '18446744073709551615\n', [], 0],
  ];
  it.each(cases)('printf %j', (args, stdout, errors, status) => {
    expect(bashPrintf(args)).toEqual({ stdout, errors, status });
  });

  it('never throws and never loops forever on any format and arguments', () => {
    const numeric = fc.oneof(fc.string({ maxLength: 10 }), fc.bigInt().map(String), fc.stringMatching(/^0x[0-9a-f]{1,40}$/));
    const format = fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^%[-+ #0]{0,2}(\*|\d{1,12})?(\.(\*|\d{1,12}))?[diouxXeEfgGcsbq]$/));
    fc.assert(fc.property(format, fc.array(numeric, { maxLength: 5 }), (format, args) => {
      const result = bashPrintf([format, ...args]);
      expect(typeof result.stdout).toBe('string');
    }), { numRuns: 2000 });
  });
});

describe('echo', () => {
  const cases: [string[], string][] = [
    [['-e', 'a\\tb'], 'a\tb\n'],
    [['-n', 'hi'], 'hi'],
    [['-ne', 'a\\nb'], 'a\nb'],
    [['-x', 'hi'], '-x hi\n'],
    [['-e', 'a\\cb'], 'a'],
    [['a\\tb'], 'a\\tb\n'],
    [['-e', '\\0101'], 'A\n'],
  ];
  it.each(cases)('echo %j', (args, stdout) => {
    expect(bashEcho(args).stdout).toBe(stdout);
  });
});

describe('printf and echo in the node shell', () => {
  it('writes files, assigns with -v, and reports errors with bash\'s prefix', async () => {
    const { Rig } = await import('../fs/rig.js');
    const rig = Rig.make();
    expect(await rig.run("printf 'db: %s\\n' postgres > app.conf; cat app.conf")).toEqual({ stdout: 'db: postgres\n', stderr: '', status: 0 });
    expect(await rig.run("printf -v greeting 'hi %s' bob; echo $greeting")).toEqual({ stdout: 'hi bob\n', stderr: '', status: 0 });
    expect(await rig.run("printf '%d\\n' abc")).toEqual({ stdout: '0\n', stderr: '-bash: printf: abc: invalid number\n', status: 1 });
    expect(await rig.run('printf')).toEqual({ stdout: '', stderr: 'printf: usage: printf [-v var] format [arguments]\n', status: 2 });
    expect(await rig.run("echo -e 'a\\tb' | cat")).toEqual({ stdout: 'a\tb\n', stderr: '', status: 0 });
  });
});
