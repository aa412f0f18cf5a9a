// docker service rm: oracle recordings service-rm, service-rm-main, service-rm-mixed,
// service-rm-nosuch, service-rm-two-nosuch, err-service-rm-noargs, node-ps-after-service-rm;
// docker/cli v28.2.2 cli/command/service/remove.go (each argument as typed, errors joined at the end).
import { describe, expect, it } from 'vitest';
import { docker } from '../harness.js';
import { given, lesson, service, type Setup } from '../lesson.js';
import { expectError, expectOracle, goldenOf, WORKER_ERROR, type ErrorCase } from './fixtures.js';

describe('docker service rm', () => {
  it.each(['service-rm-help', 'service-rm-nosuch', 'service-rm-two-nosuch', 'err-service-rm-noargs'])('matches the recording %s', async (name) => {
    await expectOracle(name, given(lesson));
  });

  it.each(['service-rm', 'service-rm-mixed', 'service-rm-main'])('matches the recording %s', async (name) => {
    await expectOracle(name, given(lesson, service('d1', 1)));
  });

  const errors: ErrorCase[] = [
    ['on a worker, one error per argument', 'worker1', 'service rm a b', lesson, `${WORKER_ERROR}${WORKER_ERROR}`, 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    await expectError(given(setup), host, line, stderr, exitCode);
  });

  const cases: [string, Setup[], string][] = [
    ['by ID prefix and by name, the alias remove', [lesson, service('d1', 1)], 'service remove kgbf d1'],
  ];
  it.each(cases)('%s', async (name, setups, line) => {
    const c = given(...setups);
    const result = await docker(c, 'manager1', line);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'rm', name));
    expect(Object.keys(c.state().services)).toEqual([]);
  });

  it('leaves the tasks stopping with desired state Remove until they are gone', async () => {
    const c = given(lesson);
    await docker(c, 'manager1', 'service rm teste_discovery_search');
    const tasks = Object.values(c.state().tasks);
    expect(tasks.map((t) => t.desiredState)).toEqual(['remove', 'remove']);
    c.advance(11_000);
    expect(Object.values(c.state().tasks)).toEqual([]);
  });
});
