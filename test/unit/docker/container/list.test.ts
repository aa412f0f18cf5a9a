// docker ps / docker container ls: layout from the oracle recordings ps, ps-a, ps-no-trunc and
// ps-empty; columns and truncation from docker/cli v28.2.2 cli/command/formatter/container.go;
// states, statuses and filters from moby v28.2.2 container/state.go and daemon/list.go.

import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, golden } from '../harness.js';
import { given, lesson, nameOf, service, slug, taskOn, wait, type Setup } from '../lesson.js';

/** finished runs a global service whose process exits after 3 s and is not restarted, then a new one. */
const finished: Setup = (c) =>
  [
    service('once', 1, [], { args: ['sleep', '3'], restartCondition: 'none', mode: { kind: 'global' } }),
    wait(40_000),
    service('later', 1, [], { mode: { kind: 'global' } }),
    wait(5_000),
  ].forEach((s) => s(c));
const web: Setup = (c) => [service('web', 5, [], { image: 'nginx:latest', args: [] }), wait(90_000)].forEach((s) => s(c));

describe('docker ps', () => {
  const errors: [string, string, string | string[], string, number][] = [
    ['unknown filter', 'manager1', 'ps -f foo=1', "Error response from daemon: invalid filter 'foo'\n", 1],
    ['bad status filter', 'manager1', 'ps -f status=up',
      "Error response from daemon: invalid filter 'status=up': invalid value for state (up): must be one of created, running, paused, restarting, removing, exited, dead\n", 1],
    ['--filter before an unknown container', 'manager1', 'ps -f before=nosuch', 'Error response from daemon: No such container: nosuch\n', 1],
  ];
  it.each(errors)('%s', async (_name, host, line, stderr, exitCode) => {
    expect(await docker(given(lesson), host, line)).toEqual({ stdout: '', stderr, exitCode });
  });

  it.each(['err-ps-extra', 'ps-empty'])('matches the recording %s', async (name) => {
    const oracle = readOracle(name);
    expect(await docker(given(), 'worker2', oracle?.argv ?? [])).toEqual({ stdout: oracle?.stdout, stderr: oracle?.stderr, exitCode: oracle?.exit });
  });

  const cases: [string, string, string | string[], Setup][] = [
    ['manager1 shows only its task', 'manager1', 'ps', lesson],
    ['manager3 shows only its task', 'manager3', 'ps', lesson],
    ['a minute later', 'manager1', 'ps', (c) => [lesson, wait(60_000)].forEach((s) => s(c))],
    ['-q', 'manager1', 'ps -q', lesson],
    ['--no-trunc shows the pinned digest', 'manager3', 'ps --no-trunc', lesson],
    ['-s', 'manager1', 'ps -s', lesson],
    ['exposed ports of nginx', 'worker1', 'ps', web],
    ['an exited container is hidden', 'manager1', 'ps', finished],
    ['-a shows the exited container', 'manager1', 'ps -a', finished],
    ['-n 1', 'manager1', 'ps -n 1', finished],
    ['--filter status=exited', 'manager1', 'ps --filter status=exited', finished],
    ['--filter name and label', 'manager3', 'ps -f name=teste -f label=com.docker.swarm.service.name=teste_discovery_search', lesson],
    ['--filter network', 'manager1', 'ps --filter network=minha_rede_overlay', lesson],
    ['--format', 'manager1', ['ps', '--format', '{{.Names}}\t{{.State}}\t{{.Networks}}'], lesson],
    ['--format table with .Size', 'manager1', ['ps', '--format', 'table {{.ID}}\t{{.Size}}'], lesson],
    ['container ls', 'manager1', 'container ls', lesson],
  ];
  it.each(cases)('%s', async (name, host, line, setup) => {
    const result = await docker(given(setup), host, line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden(`container/ps-${slug(name)}`));
  });

  it('shows each node its own task of the seed lesson', async () => {
    const cluster = given(lesson);
    for (const host of ['manager1', 'manager3']) {
      const out = await docker(cluster, host, ['ps', '--format', '{{.Names}}']);
      expect(out.stdout).toBe(`${nameOf(cluster, taskOn(cluster, 'teste_discovery_search', host))}\n`);
    }
    expect((await docker(cluster, 'worker1', 'ps -q')).stdout).toBe('');
  });

  it('warns when --format and -q are both given', async () => {
    const result = await docker(given(lesson), 'manager1', ['ps', '-q', '--format', '{{.Names}}']);
    expect(result.stderr).toBe('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
    expect(result.stdout).toMatch(/^[0-9a-f]{12}\n$/);
  });

  it('docker container ps and list are the same command', async () => {
    const cluster = given(lesson);
    const ps = (await docker(cluster, 'manager1', 'ps')).stdout;
    expect((await docker(cluster, 'manager1', 'container ps')).stdout).toBe(ps);
    expect((await docker(cluster, 'manager1', 'container list')).stdout).toBe(ps);
  });
});
