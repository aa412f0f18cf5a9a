// docker service inspect: oracle recordings service-inspect*, err-service-inspect-noargs (compared
// field by field after replacing IDs, times and the digest our stand-in registry adds); shape from
// moby v28.2.2 api/types/swarm/service.go, pretty template from docker/cli v28.2.2
// cli/command/service/formatter.go, errors from cli/command/service/inspect.go.
import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, type FakeCluster } from '../harness.js';
import { given, lesson, service, wait, type Setup } from '../lesson.js';
import { expectError, expectOracle, goldenOf, WORKER_ERROR, type ErrorCase } from './fixtures.js';

const TESTE = 'teste_discovery_search';
const scaleTo = (replicas: number): Setup => (c) => {
  const s = Object.values(c.state().services).find((x) => x.spec.name === TESTE);
  if (s) c.execute({ type: 'UpdateService', serviceId: s.id, spec: { ...s.spec, mode: { kind: 'replicated', replicas } } });
};
const updateImage: Setup = (c) => {
  const s = Object.values(c.state().services).find((x) => x.spec.name === TESTE);
  if (s) c.execute({ type: 'UpdateService', serviceId: s.id, spec: { ...s.spec, image: 'alpine:3.19', env: ['MODE=blue'] } });
};

/** normalize hides what differs between two real runs: IDs, times, raft indexes, the registry digest. */
function normalize(text: string): string {
  return text
    .replace(/\b[0-9a-z]{25}\b/g, '<ID>')
    .replace(/"\d{4}-\d\d-\d\dT[0-9:.]+Z"/g, '"<TIME>"')
    .replace(/"Index": \d+/g, '"Index": <N>')
    .replace(/@sha256:[0-9a-f]{64}/g, '');
}

describe('docker service inspect', () => {
  it.each(['service-inspect-help', 'service-inspect-nosuch', 'service-inspect-pretty-nosuch', 'err-service-inspect-noargs'])('matches the recording %s', async (name) => {
    await expectOracle(name, given(lesson));
  });

  it.each([
    ['service-inspect', [lesson]],
    ['service-inspect-pretty', [lesson]],
    ['service-inspect-after-scale', [lesson, scaleTo(3), wait(5_000), scaleTo(2)]],
    ['service-inspect-pretty-after-scale', [lesson, scaleTo(3), wait(5_000), scaleTo(2)]],
  ] as [string, Setup[]][])('has the shape of the recording %s', async (name, setups) => {
    const oracle = readOracle(name);
    const result = await docker(given(...setups), 'manager1', oracle?.argv ?? []);
    expect(normalize(result.stdout)).toBe(normalize(oracle?.stdout ?? ''));
  });

  const errors: ErrorCase[] = [
    ['--pretty with --format', 'manager1', ['service', 'inspect', '--pretty', '--format', '{{.ID}}', TESTE], lesson, '--format is incompatible with human friendly format\n', 1],
    ['a format starting with pretty', 'manager1', `service inspect --format prettyx ${TESTE}`, lesson, 'Cannot supply extra formatting options to the pretty template\n', 1],
    ['--pretty prints nothing when one service is missing', 'manager1', `service inspect --pretty ${TESTE} nosuch`, lesson, 'Error: no such service: nosuch\n', 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    await expectError(given(setup), host, line, stderr, exitCode);
  });

  it('prints [] then the daemon error on a worker', async () => {
    expect(await docker(given(lesson), 'worker1', `service inspect ${TESTE}`)).toEqual({ stdout: '[]\n', stderr: WORKER_ERROR, exitCode: 1 });
  });

  const cases: [string, Setup[], string | string[] | ((c: FakeCluster) => string)][] = [
    ['the seed lesson', [lesson], `service inspect ${TESTE}`],
    ['the seed lesson --pretty', [lesson], `service inspect --pretty ${TESTE}`],
    ['after scale shows PreviousSpec', [lesson, scaleTo(3), wait(5_000), scaleTo(2)], `service inspect ${TESTE}`],
    ['during a rolling update', [lesson, updateImage, wait(2_000)], `service inspect ${TESTE}`],
    ['after a rolling update --pretty', [lesson, updateImage, wait(60_000)], `service inspect --pretty ${TESTE}`],
    ['two services, one missing', [lesson, service('d1', 1)], `service inspect d1 nosuch ${TESTE}`],
    ['a global service with labels --pretty', [service('agent', 0, [], { mode: { kind: 'global' }, labels: { team: 'ops', solo: '' } })], 'service inspect --pretty agent'],
    ['--format a field path', [lesson], ['service', 'inspect', '--format', '{{.Spec.Name}} {{.Spec.Mode.Replicated.Replicas}}', TESTE]],
    ['--format json', [lesson], `service inspect --format json ${TESTE}`],
  ];
  it.each(cases)('%s', async (name, setups, line) => {
    const c = given(...setups);
    const result = await docker(c, 'manager1', typeof line === 'function' ? line(c) : line);
    await expect(`${result.stdout}--- stderr (exit ${result.exitCode})\n${result.stderr}`).toMatchFileSnapshot(goldenOf('service', 'inspect', name));
  });
});
