// docker service ps: oracle recordings service-ps*, err-service-ps-noargs; docker/cli v28.2.2
// cli/command/service/ps.go (createFilter: full ID, name, unique prefix), cli/command/task/print.go
// and formatter.go (the table); task filters from moby daemon/cluster/filters.go.
import { describe, expect, it } from 'vitest';
import { docker, type FakeCluster } from '../harness.js';
import { given, lesson, service, wait, type Setup } from '../lesson.js';
import { expectError, expectOracle, goldenOf, WORKER_ERROR, type ErrorCase } from './fixtures.js';

const TESTE = 'teste_discovery_search';
const scaleTo = (replicas: number): Setup => (c) => {
  const s = Object.values(c.state().services).find((x) => x.spec.name === TESTE);
  if (s) c.execute({ type: 'UpdateService', serviceId: s.id, spec: { ...s.spec, mode: { kind: 'replicated', replicas } } });
};
const idOf = (c: FakeCluster, name = TESTE): string => Object.values(c.state().services).find((s) => s.spec.name === name)?.id ?? '';
const two: Setup = (c) => {
  service('web', 1, [], { labels: { team: 'blue' } })(c);
  service('agent', 0, [], { mode: { kind: 'global' } })(c);
};

describe('docker service ps', () => {
  it.each(['service-ps-help', 'err-service-ps-noargs', 'service-ps-nosuch'])('matches the recording %s', async (name) => {
    await expectOracle(name, given(lesson));
  });

  const errors: ErrorCase[] = [
    ['an ambiguous ID prefix', 'manager1', 'service ps y', (c) => [lesson, two].forEach((s) => s(c)), 'multiple services found with provided prefix: y\n', 1],
    ['two unknown services', 'manager1', 'service ps nosuch nosuch2', lesson, 'no such service: nosuch\nno such service: nosuch2\n', 1],
    ['an unknown filter', 'manager1', `service ps ${TESTE} -f foo=bar`, lesson, "Error response from daemon: invalid filter 'foo'\n", 1],
    ['--format with an unknown field', 'manager1', `service ps ${TESTE} --format x{{.Nope}}`, lesson,
      'template parsing error: template: :1:3: executing "" at <.Nope>: can\'t evaluate field Nope in type *task.taskContext\n', 1],
    ['a filter on an unknown node', 'manager1', `service ps ${TESTE} -f node=nosuch`, lesson, 'Error response from daemon: node nosuch not found\n', 1],
    ['a bad desired-state filter', 'manager1', `service ps ${TESTE} -f desired-state=foo`, lesson, "Error response from daemon: Invalid desired-state filter: 'foo'\n", 1],
    ['on a worker', 'worker2', `service ps ${TESTE}`, lesson, WORKER_ERROR, 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    await expectError(given(setup), host, line, stderr, exitCode);
  });

  it('prints the table, then no such service on stderr (service-ps-mixed-nosuch)', async () => {
    const result = await docker(given(lesson), 'manager1', `service ps ${TESTE} nosuch`);
    expect(result.stderr).toBe('no such service: nosuch\n');
    expect(result.exitCode).toBe(1);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'ps', 'mixed with an unknown service'));
  });

  const cases: [string, Setup[], string | string[] | ((c: FakeCluster) => string)][] = [
    ['the seed lesson 10 s after create', [lesson], `service ps ${TESTE}`],
    ['a minute later', [lesson, wait(60_000)], `service ps ${TESTE}`],
    ['51 minutes later sleep 50m has restarted', [lesson, wait(51 * 60_000)], `service ps ${TESTE}`],
    ['scaled to 3', [lesson, scaleTo(3), wait(5_000)], `service ps ${TESTE}`],
    ['scaled to 3 then 2 the removed task lingers', [lesson, scaleTo(3), wait(5_000), scaleTo(2), wait(5_000)], `service ps ${TESTE}`],
    ['scaled to 3 then 2, 15 s later it is gone', [lesson, scaleTo(3), wait(5_000), scaleTo(2), wait(15_000)], `service ps ${TESTE}`],
    ['by full ID', [lesson], (c) => `service ps ${idOf(c)}`],
    ['by unique ID prefix', [lesson], (c) => `service ps ${idOf(c).slice(0, 12)}`],
    ['two services', [lesson, service('d1', 1), wait(6_000)], `service ps ${TESTE} d1`],
    ['--no-trunc shows full IDs and digests', [lesson], `service ps --no-trunc ${TESTE}`],
    ['-q prints full task IDs', [lesson], `service ps -q ${TESTE}`],
    ['--no-resolve shows IDs', [lesson], `service ps --no-resolve ${TESTE}`],
    ['a global service is named by node ID', [two, wait(5_000)], 'service ps agent'],
    ['--filter desired-state=running hides history', [lesson, wait(51 * 60_000)], `service ps -f desired-state=running ${TESTE}`],
    ['--filter node=self', [lesson], `service ps -f node=self ${TESTE}`],
    ['--filter name', [lesson], `service ps -f name=${TESTE}.2 ${TESTE}`],
    ['--filter id with a task ID prefix', [lesson], (c) => `service ps -f id=${Object.values(c.state().tasks).find((t) => t.slot === 1)?.id.slice(0, 5)} ${TESTE}`],
    ['--filter node=<the drained node> and desired-state=shutdown', [lesson, (c) => {
      const t = Object.values(c.state().tasks).find((x) => x.slot === 1);
      const node = t?.nodeId ? c.state().nodes[t.nodeId] : undefined;
      if (node) c.execute({ type: 'SetNodeAvailability', nodeId: node.id, availability: 'drain' });
    }, wait(15_000)], (c) => {
      const t = Object.values(c.state().tasks).find((x) => x.slot === 1 && x.desiredState === 'shutdown');
      return `service ps -f desired-state=shutdown -f node=${t?.nodeId ? c.state().nodes[t.nodeId]?.hostname : ''} ${TESTE}`;
    }],
    ['a node that went down: Shutdown/Running history, the slot running elsewhere', [lesson, (c) => {
      const t = Object.values(c.state().tasks).find((x) => x.nodeId !== undefined && c.state().nodes[x.nodeId]?.hostname !== 'manager1');
      if (t?.nodeId) c.execute({ type: 'SetNodeState', nodeId: t.nodeId, state: 'down' });
    }, wait(15_000)], `service ps ${TESTE}`],
    ['-q with --filter desired-state=running', [lesson, wait(51 * 60_000)], `service ps -q -f desired-state=running ${TESTE}`],
    ['--format', [lesson], ['service', 'ps', '--format', '{{.Name}} {{.Node}} {{.CurrentState}}', TESTE]],
    ['--format table keeps the history indent', [lesson, wait(51 * 60_000)], ['service', 'ps', '--format', 'table {{.Name}}\t{{.DesiredState}}', TESTE]],
    ['an image no registry has is rejected', [service('typo', 1, [], { image: 'nonexistent/image-name:latest', args: [] }), wait(3_000)], 'service ps typo'],
    ['the same with --no-trunc', [service('typo', 1, [], { image: 'nonexistent/image-name:latest', args: [] }), wait(3_000)], 'service ps --no-trunc typo'],
  ];
  it.each(cases)('%s', async (name, setups, line) => {
    const c = given(...setups);
    const result = await docker(c, 'manager1', typeof line === 'function' ? line(c) : line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'ps', name));
  });
});
