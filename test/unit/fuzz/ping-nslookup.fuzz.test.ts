// ping and nslookup read their command lines like busybox 1.36 (getopt32 clusters, attached and
// detached values, -opt=val for nslookup). Whatever a student types, the applet returns one of
// busybox's exit statuses, every failure explains itself on stderr in busybox's shapes, and
// nothing ends up as the dispatcher's "internal error" (an exception inside the applet).
// applets-fuzz.test.ts checks every applet with mixed words; this goes deep on these two.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../src/shell/container/applets/index.js';
import { classroomEnv, fakeIO, T1 } from '../shell/container/fakes.js';
import { checkAsync, reportCases } from './budget.js';

reportCases('ping-nslookup');

const number = fc.oneof(
  fc.integer({ min: -5, max: 70_000 }).map(String),
  fc.constantFrom('', '0', '00', '0x10', '010', '1e3', '0.001', '.5', '1.', '-0', '+1', ' 1', '1 ', '2147483647', '2147483648', '4294967296',
    '99999999999999999999999', 'NaN', 'Infinity', '1s', '1m', '١', '½', 'abc', '65507', '65508'),
);
const host = fc.oneof(
  fc.constantFrom('teste_discovery_search', 'tasks.teste_discovery_search', T1, '10.0.1.4', '10.0.1.9', '127.0.0.1', 'localhost', '::1', '0', '1',
    '10.0.1', '10.1', '256.1.1.1', '0x0a.0.1.4', '012.0.1.4', '10.0.1.4.5', '', '.', '..', '-', 'a..b', 'é.com', '😀', 'a'.repeat(300), '\x1b[2J', 'eth0'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const pingOption = fc.oneof(
  fc.tuple(fc.constantFrom('-c', '-s', '-t', '-w', '-W', '-i', '-I', '-p'), fc.oneof(number, host), fc.boolean())
    .map(([flag, value, attached]) => (attached ? [`${flag}${value}`] : [flag, value])),
  fc.constantFrom(['-q'], ['-A'], ['-4'], ['-6'], ['-n'], ['-v'], ['-qA'], ['-c3q'], ['-4c1'], ['--'], ['-'], ['-x'], ['--count=1'], ['-c'], ['-I', 'eth0'], ['-p', 'ff'], ['-p', 'zz']),
);
const nsOption = fc.oneof(
  fc.tuple(fc.constantFrom('-type', '-query', '-q', '-port', '-retry', '-timeout', '-t', '-debug', '-nodebug', '-x', '-'), fc.oneof(number, fc.constantFrom('a', 'A', 'aaaa', 'ptr', 'txt', 'any', 'soa', 'ns', 'bogus', '')), fc.boolean())
    .map(([flag, value, withValue]) => [withValue ? `${flag}=${value}` : flag]),
  fc.constantFrom(['-debug'], ['--'], ['-'], ['-=']),
);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  // Ctrl-C after 40 sleeps: ping without -c runs until interrupted, as in a real container.
  const io = fakeIO({ interruptAfterSleeps: 40 });
  const code = await runApplet(argv, io, classroomEnv());
  return { code, out: io.out, err: io.err };
}

function expectBusyboxShaped(argv: string[], result: { code: number; err: string }): void {
  const label = JSON.stringify(argv).slice(0, 200);
  expect(result.err, label).not.toContain('internal error');
  expect([0, 1, 2, 130, 137], label).toContain(result.code);
  if (result.code === 1 && result.err !== '') {
    expect(result.err, label).toMatch(/^(BusyBox v1\.36\.1 .*multi-call binary\.\n\nUsage: |ping: |nslookup: |;; )/s);
  }
}

describe('busybox argument parsing', () => {
  it('ping: any mix of options, values and hosts', async () => {
    const argv = fc.tuple(fc.array(pingOption, { maxLength: 5 }), fc.array(host, { maxLength: 2 }), fc.boolean())
      .map(([opts, hosts, hostFirst]) => ['ping', ...(hostFirst ? [...hosts, ...opts.flat()] : [...opts.flat(), ...hosts])]);
    await checkAsync('ping', fc.asyncProperty(argv, async (a) => expectBusyboxShaped(a, await run(a))), 600);
  });

  it('nslookup: -opt=val options, a host and an optional server', async () => {
    const argv = fc.tuple(fc.array(nsOption, { maxLength: 4 }), fc.array(host, { maxLength: 3 }))
      .map(([opts, hosts]) => ['nslookup', ...opts.flat(), ...hosts]);
    await checkAsync('nslookup', fc.asyncProperty(argv, async (a) => expectBusyboxShaped(a, await run(a))), 600);
  });

  it('both take 10 000 arguments without trouble', async () => {
    for (const name of ['ping', 'nslookup']) {
      for (const word of ['-q', '10.0.1.4', '-c1', '', '-type=a']) {
        expectBusyboxShaped([name, word], await run([name, ...Array.from({ length: 10_000 }, () => word)]));
      }
    }
  });
});
