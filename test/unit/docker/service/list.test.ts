// docker service ls: oracle recordings service-ls, service-ls-empty, service-ls-q, service-ls-q-empty,
// err-service-ls-*; docker/cli v28.2.2 cli/command/service/list.go and formatter.go; filters from
// moby v28.2.2 daemon/cluster/services.go GetServices; REPLICAS from swarmkit ListServiceStatuses.
import { describe, expect, it } from 'vitest';
import { docker } from '../harness.js';
import { given, lesson, service, wait, type Setup } from '../lesson.js';
import { expectError, expectOracle, goldenOf, none, WORKER_ERROR, type ErrorCase } from './fixtures.js';

const scaleTo = (replicas: number): Setup => (c) => {
  const s = Object.values(c.state().services).find((x) => x.spec.name === 'teste_discovery_search');
  if (s) c.execute({ type: 'UpdateService', serviceId: s.id, spec: { ...s.spec, mode: { kind: 'replicated', replicas } } });
};
const labelled: Setup = service('web', 1, [], { labels: { team: 'blue', tier: 'front' }, image: 'nginx:latest', args: [] });
const global: Setup = service('agent', 0, [], { mode: { kind: 'global' } });

describe('docker service ls', () => {
  it.each(['service-ls-help', 'service-ls-empty', 'service-ls-q-empty', 'err-service-ls-extra', 'err-service-ls-foo', 'err-service-ls-x'])('matches the recording %s', async (name) => {
    await expectOracle(name);
  });

  const errors: ErrorCase[] = [
    ['an unknown filter', 'manager1', 'service ls -f foo=bar', none, "Error response from daemon: invalid filter 'foo'\n", 1],
    ['on a worker', 'worker1', 'service ls', lesson, WORKER_ERROR, 1],
    ['--format with an unknown field', 'manager1', 'service ls --format {{.Nope}}', lesson,
      'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *service.serviceContext\n', 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    await expectError(given(setup), host, line, stderr, exitCode);
  });

  const cases: [string, Setup[], string | string[]][] = [
    ['the seed lesson', [lesson], 'service ls'],
    ['right after create counts no running task', [service('teste_discovery_search', 2)], 'service ls'],
    ['two services sorted by name', [lesson, service('d1', 1), wait(5_000)], 'service ls'],
    ['-q prints 12-char IDs', [lesson, service('d1', 1)], 'service ls -q'],
    ['scaled down counts the task still stopping', [lesson, scaleTo(1)], 'service ls'],
    ['a global service and a labelled one', [lesson, labelled, global, wait(5_000)], 'service ls'],
    ['--filter name prefix', [lesson, service('d1', 1)], 'service ls --filter name=teste'],
    ['--filter label', [lesson, labelled], 'service ls -f label=team=blue -f label=tier'],
    ['--filter mode=global', [lesson, global], 'service ls --filter mode=global'],
    ['--format', [lesson, labelled], ['service', 'ls', '--format', '{{.Name}}: {{.Replicas}} {{.Image}}']],
    ['--format table', [lesson], ['service', 'ls', '--format', 'table {{.Name}}\t{{.Mode}}']],
  ];
  it.each(cases)('%s', async (name, setups, line) => {
    const result = await docker(given(...setups), 'manager1', line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'ls', name));
  });
});
