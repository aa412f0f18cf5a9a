// docker network ls: goldens checked against test/golden/oracle/network-ls*.stdout for layout
// (IDs differ) and docker/cli cli/command/network/list.go + formatter.go for the rules.

import { describe, expect, it } from 'vitest';
import { docker, FakeCluster, golden } from '../harness.js';

const create = (c: FakeCluster, name: string) =>
  c.execute({ type: 'CreateNetwork', request: { name, attachable: false, internal: false, labels: {} } });

describe('docker network ls', () => {
  const errors: [string, string, string, number][] = [
    ['extra argument', 'network ls extra', "docker: 'docker network ls' accepts no arguments\n\nUsage:  docker network ls [OPTIONS]\n\nRun 'docker network ls --help' for more information\n", 1],
    ['unknown filter', 'network ls -f foo=bar', "Error response from daemon: invalid filter 'foo'\n", 1],
    ['--format with an unknown field', 'network ls --format {{.Nope}}', 'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *network.networkContext\n', 1],
    ['filter without value', 'network ls --filter', 'flag needs an argument: --filter\n\nUsage:  docker network ls [OPTIONS]\n\nRun \'docker network ls --help\' for more information\n', 125],
  ];
  it.each(errors)('%s: docker %s', async (_name, line, stderr, exitCode) => {
    const result = await docker(FakeCluster.classroom(), 'manager1', line);
    expect(result).toEqual({ stdout: '', stderr, exitCode });
  });

  const cases: [string, string, string, (c: FakeCluster) => void][] = [
    ['manager, fresh swarm', 'manager1', 'network ls', () => undefined],
    ['manager lists a new overlay at once', 'manager3', 'network ls', (c) => create(c, 'minha_rede_overlay')],
    ['worker does not list an unused overlay', 'worker1', 'network ls', (c) => create(c, 'minha_rede_overlay')],
    ['--no-trunc', 'manager1', 'network ls --no-trunc', () => undefined],
    ['-q', 'manager1', 'network ls -q', () => undefined],
    ['--filter driver=overlay', 'manager1', 'network ls --filter driver=overlay', (c) => create(c, 'minha_rede_overlay')],
    ['--format', 'manager1', 'network ls --format {{.Name}}\\t{{.Scope}}', () => undefined],
  ];
  it.each(cases)('%s', async (name, host, line, given) => {
    const cluster = FakeCluster.classroom();
    given(cluster);
    const result = await docker(cluster, host, line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden(`network/ls-${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`));
  });

  it('gives ingress the same ID on every node and local networks different ones', async () => {
    const cluster = FakeCluster.classroom();
    const ids = async (host: string) => (await docker(cluster, host, 'network ls -q')).stdout.trim().split('\n');
    const [m1, w2] = [await ids('manager1'), await ids('worker2')];
    expect(m1[3]).toBe(w2[3]);
    expect(m1.filter((id) => w2.includes(id))).toEqual([m1[3]]);
  });
});
