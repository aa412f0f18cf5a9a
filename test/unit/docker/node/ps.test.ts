// docker node ps: oracle recordings node-ps, node-ps-self, node-ps-empty, node-ps-nosuch,
// node-ps-after-service-rm, err-node-ps-2args-foo; docker/cli v28.2.2 cli/command/node/ps.go
// (default `self`, errors joined after the table) and cli/command/task/print.go.
import { describe, expect, it } from 'vitest';
import { docker, type FakeCluster } from '../harness.js';
import { given, lesson, noSwarm, service, wait, type Setup } from '../lesson.js';
import { expectError, expectOracle, goldenOf, INACTIVE_ERROR, none, WORKER_ERROR, type ErrorCase } from '../service/fixtures.js';

const removeTeste: Setup = (c) => {
  const s = Object.values(c.state().services).find((x) => x.spec.name === 'teste_discovery_search');
  if (s) c.execute({ type: 'RemoveService', serviceId: s.id });
};
const nodeId = (c: FakeCluster, hostname: string): string => Object.values(c.state().nodes).find((n) => n.hostname === hostname)?.id ?? '';

describe('docker node ps', () => {
  it.each(['node-ps-help', 'node-ps-empty', 'node-ps-nosuch', 'err-node-ps-2args-foo'])('matches the recording %s', async (name) => {
    await expectOracle(name);
  });

  const errors: ErrorCase[] = [
    ['two unknown nodes', 'manager1', 'node ps nosuch nosuch2', lesson, 'Error response from daemon: node nosuch not found\nError response from daemon: node nosuch2 not found\n', 1],
    ['self on a worker', 'worker1', 'node ps', lesson, WORKER_ERROR, 1],
    ['an unknown filter', 'manager1', 'node ps -f foo=1', lesson, "Error response from daemon: invalid filter 'foo'\n", 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    await expectError(given(setup), host, line, stderr, exitCode);
  });

  it('outside a swarm gives the no-swarm error', async () => {
    await expectError(noSwarm(), 'manager1', 'node ps', INACTIVE_ERROR, 1);
  });

  it('prints the table, then the nodes it could not find', async () => {
    const result = await docker(given(lesson), 'manager1', 'node ps manager1 nosuch');
    expect(result.stderr).toBe('Error response from daemon: node nosuch not found\n');
    expect(result.exitCode).toBe(1);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('node', 'ps', 'a node and an unknown one'));
  });

  const cases: [string, Setup[], string, string | ((c: FakeCluster) => string)][] = [
    ['the seed lesson on manager1', [lesson], 'manager1', 'node ps'],
    ['self', [lesson], 'manager1', 'node ps self'],
    ['another node by hostname, a minute later', [lesson, wait(60_000), service('d1', 3), wait(30_000)], 'manager1', 'node ps manager3'],
    ['two nodes in one table', [lesson], 'manager2', 'node ps manager1 manager3'],
    ['by node ID prefix', [lesson], 'manager1', (c) => `node ps ${nodeId(c, 'manager3').slice(0, 5)}`],
    ['after service rm the tasks show the service ID', [lesson, removeTeste, wait(1_000)], 'manager1', 'node ps'],
    ['history after a restart', [lesson, wait(51 * 60_000)], 'manager1', 'node ps'],
    ['--filter desired-state=running', [lesson, wait(51 * 60_000)], 'manager1', 'node ps -f desired-state=running'],
    ['-q', [lesson], 'manager1', 'node ps -q'],
    ['--no-resolve', [lesson], 'manager1', 'node ps --no-resolve'],
    ['a manager with no task', [lesson], 'manager2', 'node ps'],
    ['--filter name= on two nodes', [lesson, service('d1', 5), wait(10_000)], 'manager1', 'node ps -f name=d1 manager1 worker1'],
    ['--filter label= matches task labels', [lesson], 'manager1', 'node ps -f label=nosuch manager1'],
    ['--filter id= takes a task ID prefix', [lesson], 'manager1', (c) => `node ps -f id=${Object.values(c.state().tasks).find((t) => t.nodeId === nodeId(c, 'manager1'))?.id.slice(0, 3) ?? ''}`],
  ];
  it.each(cases)('%s', async (name, setups, host, line) => {
    const c = given(...setups);
    const result = await docker(c, host, typeof line === 'function' ? line(c) : line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('node', 'ps', name));
  });

  it('on a fresh manager prints the header only', async () => {
    expect((await docker(given(none), 'manager1', 'node ps')).stdout).toBe('ID        NAME      IMAGE     NODE      DESIRED STATE   CURRENT STATE   ERROR     PORTS\n');
  });
});
