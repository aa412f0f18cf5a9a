// Property: whatever a student types, an applet returns an exit status and never throws; errors
// are busybox's messages on stderr. Arguments mix the applets' real flags and values with noise.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLETS } from '../../../../src/shell/container/applets/index.js';
import { classroomEnv, fakeIO, T1 } from './fakes.js';

const words = fc.oneof(
  fc.constantFrom(
    '-c', '-i', '-W', '-w', '-q', '-s', '-4', '-6', '-A', '-I', '-p', '-t', '-a', '-l', '-n', '-e', '-E', '-u', '-d', '-r',
    '-R', '-I', '-o', '-f', '-type=a', '-debug', '-port=53', '-timeout=1', '--', '-', '--color=always', '--all',
    'addr', 'a', 'route', 'link', 'show', 'dev', 'eth0', 'eth9', 'get', 'flush', 'add', 'scope', 'to', 'label', 'up',
    '0', '1', '0.5', '2m', '-1', '65536', '99999999999999999999999', 'abc', '1.2.3', '@0',
    '10.0.1.4', '10.0.1.9', '10.1', '::1', '[::1]:80', 'teste_discovery_search', 'tasks.teste_discovery_search', T1,
    'localhost', 'web:80', 'http://teste_discovery_search/', '/', '/etc', '/etc/hosts', '/nope', '.', '..', '+%Y%N',
    '\\x41\\c', '\\0777', '',
  ),
  fc.string({ maxLength: 12 }),
);

describe('no applet throws, whatever the argv', () => {
  for (const [name, applet] of APPLETS) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(words, { maxLength: 6 }), fc.boolean(), async (args, isTTY) => {
          const io = fakeIO({ interruptAfterSleeps: 25, isTTY });
          const code = await applet.run([name, ...args], io, classroomEnv());
          expect(Number.isInteger(code) && code >= 0 && code <= 255).toBe(true);
        }),
        { numRuns: 150 },
      );
    });
  }
});
