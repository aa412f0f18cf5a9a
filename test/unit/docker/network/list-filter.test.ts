// docker network ls --filter / -q / --no-trunc / --format: rules from moby v28.2.2
// daemon/network/filter.go (FilterNetworks, filterNetworkByType, dangling), api/types/network
// network.go (acceptedFilters), api/types/filters/parse.go (Match, MatchKVList, invalidFilter),
// daemon/cluster/networks.go (swarmkit pre-filter on a manager) and docker/cli
// cli/command/network/list.go + formatter.go (NewFormat: -q and --format together print the format).

import { describe, expect, it } from 'vitest';
import { docker, FakeCluster } from '../harness.js';

function cluster(): FakeCluster {
  const c = FakeCluster.classroom();
  c.execute({ type: 'CreateNetwork', request: { name: 'minha_rede_overlay', attachable: false, internal: false, labels: { env: 'prod', tier: 'db' } } });
  c.execute({ type: 'CreateNetwork', request: { name: 'backend', attachable: false, internal: true, labels: {} } });
  return c;
}

async function names(line: string[], host = 'manager1'): Promise<string> {
  const r = await docker(cluster(), host, ['network', 'ls', ...line, '--format', '{{.Name}}']);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout.trim().split('\n').join(' ');
}

describe('docker network ls --filter', () => {
  it.each([
    [['-f', 'driver=overlay'], 'backend ingress minha_rede_overlay'],
    [['-f', 'driver=bridge'], 'bridge docker_gwbridge'],
    [['-f', 'driver=over'], ''], // driver is an exact match
    [['-f', 'scope=local'], 'bridge docker_gwbridge host none'],
    [['-f', 'scope=swarm', '-f', 'scope=local'], 'backend bridge docker_gwbridge host ingress minha_rede_overlay none'],
    // builtin is daemon/network IsPredefined: bridge, host, none (ingress and docker_gwbridge are custom).
    [['-f', 'type=builtin'], 'bridge host none'],
    [['-f', 'type=custom'], 'backend docker_gwbridge ingress minha_rede_overlay'],
    [['-f', 'label=env'], 'minha_rede_overlay'],
    [['-f', 'label=env=prod', '-f', 'label=tier=db'], 'minha_rede_overlay'],
    [['-f', 'label=env=dev'], ''],
    // Local networks: name is a Go regexp. Cluster networks on a manager: exact name only.
    [['-f', 'name=^b'], 'bridge'],
    [['-f', 'name=gw'], 'docker_gwbridge'],
    [['-f', 'name=backend'], 'backend'],
    [['-f', 'name=no(ne|thing)$'], 'none'],
    [['-f', 'name=(a*)*b'], ''], // could backtrack for ever in JS; matches nothing
    [['-f', 'dangling=true'], 'backend docker_gwbridge ingress minha_rede_overlay'],
    [['-f', 'dangling=0'], 'bridge host none'],
    [['-f', 'driver=overlay', '-f', 'type=builtin'], ''],
  ])('%j', async (filters, want) => {
    expect(await names(filters)).toBe(want);
  });

  it('a swarm network the engine does not hold locally matches only its exact name (swarmkit ListNetworks)', async () => {
    expect(await names(['-f', 'name=minha'], 'manager1')).toBe('');
    expect(await names(['-f', 'name=minha_rede_overlay'], 'manager1')).toBe('minha_rede_overlay');
    // ingress is instantiated on every node, so the local engine answers a regexp for it.
    expect(await names(['-f', 'name=ingr'], 'manager1')).toBe('ingress');
    expect(await names(['-f', 'name=ingr'], 'worker1')).toBe('ingress');
  });

  it('id= is a Go regexp on the full ID; -q --no-trunc prints full IDs', async () => {
    const c = cluster();
    const full = (await docker(c, 'manager1', 'network ls -q --no-trunc -f name=^bridge$')).stdout.trim();
    expect(full).toMatch(/^[0-9a-f]{64}$/);
    const byId = await docker(c, 'manager1', ['network', 'ls', '-q', '-f', `id=${full.slice(20, 30)}`]);
    expect(byId).toEqual({ stdout: `${full.slice(0, 12)}\n`, stderr: '', exitCode: 0 });
  });

  it('-q with driver=overlay prints the overlays\' short IDs, sorted by name', async () => {
    const c = cluster();
    const rows = (await docker(c, 'manager1', 'network ls -f driver=overlay --format {{.ID}}/{{.Name}}')).stdout;
    const q = await docker(c, 'manager1', 'network ls -f driver=overlay -q');
    expect(q.stdout).toBe(rows.split('\n').filter(Boolean).map((r) => `${r.split('/')[0]}\n`).join(''));
    expect(q.stdout.split('\n').filter(Boolean).every((id) => id.length === 12)).toBe(true);
  });

  it('-q with --format prints the format (NewFormat ignores quiet for custom formats)', async () => {
    const r = await docker(cluster(), 'manager1', 'network ls -q -f type=builtin --format {{.Name}}');
    expect(r.stdout).toBe('bridge\nhost\nnone\n');
  });

  it.each([
    [['-f', 'foo=bar'], "Error response from daemon: invalid filter 'foo'\n"],
    [['-f', 'Driver=overlay', '-f', 'idOrName=x'], "Error response from daemon: invalid filter 'idorname'\n"],
    [['-f', 'type=bogus'], "Error response from daemon: invalid filter: 'type'='bogus'\n"],
    [['-f', 'dangling=maybe'], 'Error response from daemon: invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")\n'],
    [['-f', 'dangling=true', '-f', 'dangling=false'], 'Error response from daemon: got more than one value for filter key "dangling"\n'],
    [['-f', 'novalue'], 'invalid argument "novalue" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker network ls [OPTIONS]\n\nRun \'docker network ls --help\' for more information\n'],
  ])('error: %j', async (filters, stderr) => {
    const r = await docker(cluster(), 'manager1', ['network', 'ls', ...filters]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(filters.includes('novalue') ? 125 : 1);
  });
});
