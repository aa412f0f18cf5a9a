// docker stack ls / services / ps: docker/cli v28.2.2 cli/command/stack/list.go,
// formatter/formatter.go (NAME, SERVICES), services.go (service ls's table, "Nothing found in
// stack"), swarm/ps.go (task table, "nothing found in stack" is an error).

import { describe, expect, it } from 'vitest';
import { docker, FakeCluster, golden } from '../harness.js';
import { deployed } from './fixtures.js';

describe('docker stack ls, services, ps', () => {
  const cases: [string, string][] = [
    ['ls', 'stack ls'],
    ['ls --format', 'stack ls --format {{.Name}}:{{.Services}}'],
    ['services', 'stack services app'],
    ['services -q --filter name', 'stack services -q --filter name=app_w app'],
    ['ps', 'stack ps app'],
    ['ps --filter desired-state', 'stack ps --filter desired-state=running --no-trunc app'],
  ];
  it.each(cases)('%s', async (name, line) => {
    const result = await docker(await deployed(), 'manager1', line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden(`stack/${name.replace(/[^a-z0-9]+/gi, '-')}`));
  });

  it('reports an empty stack the way each verb does', async () => {
    const cluster = FakeCluster.classroom();
    expect(await docker(cluster, 'manager1', 'stack ls')).toEqual({ stdout: 'NAME      SERVICES\n', stderr: '', exitCode: 0 });
    expect(await docker(cluster, 'manager1', 'stack services nope')).toEqual({ stdout: '', stderr: 'Nothing found in stack: nope\n', exitCode: 0 });
    expect(await docker(cluster, 'manager1', 'stack ps nope')).toEqual({ stdout: '', stderr: 'nothing found in stack: nope\n', exitCode: 1 });
  });
});
