// docker network create: errors from the oracle recordings network-create-bridge, -host, -none,
// -overlay-dup, pre-network-create-overlay and err-network-create-*; the order of the checks from
// moby v28.2.2 network_routes.go postNetworkCreate and daemon/network.go createNetwork; IPAM
// errors from docker/cli create.go createIPAMConfig and moby api/types/network/ipam.go.

import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, golden, type FakeCluster } from '../harness.js';
import { given, lesson, localBridge, noSwarm, overlay, service, slug, wait, type Setup } from '../lesson.js';

const none: Setup = () => undefined;
const globalOnOverlay: Setup = (c) =>
  [overlay('minha_rede_overlay'), service('g', 1, ['minha_rede_overlay'], { mode: { kind: 'global' } }), wait(10_000)].forEach((s) => s(c));
const NOT_IN_SWARM = 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n';

describe('docker network create', () => {
  const errors: [string, string, string | string[], Setup, string, number][] = [
    ['bridge on a manager', 'manager1', 'network create bridge', none, 'Error response from daemon: network with name bridge already exists\n', 1],
    ['host on a manager', 'manager2', 'network create host', none, 'Error response from daemon: network with name host already exists\n', 1],
    ['none', 'manager1', 'network create none', none, 'Error response from daemon: operation is not permitted on predefined none network\n', 1],
    ['bridge on a worker', 'worker1', 'network create bridge', none, 'Error response from daemon: operation is not permitted on predefined bridge network\n', 1],
    ['overlay twice', 'manager1', 'network create -d overlay minha_rede_overlay', overlay('minha_rede_overlay'), 'Error response from daemon: network with name minha_rede_overlay already exists\n', 1],
    ['bridge named like an overlay, on a manager', 'manager3', 'network create minha_rede_overlay', overlay('minha_rede_overlay'), 'Error response from daemon: network with name minha_rede_overlay already exists\n', 1],
    ['overlay on a worker', 'worker1', 'network create -d overlay x', none, NOT_IN_SWARM, 1],
    ['the same local bridge twice', 'worker1', 'network create mybr', localBridge('worker1', 'mybr'), 'Error response from daemon: network with name mybr already exists\n', 1],
    ['docker_gwbridge', 'worker2', 'network create docker_gwbridge', none, 'Error response from daemon: network with name docker_gwbridge already exists\n', 1],
    ['an overlay not instantiated on a worker', 'worker2', 'network create minha_rede_overlay', lesson, 'no error', 0],
    ['an overlay instantiated on a worker', 'worker2', 'network create minha_rede_overlay', globalOnOverlay,
      'Error response from daemon: network with name minha_rede_overlay already exists\n', 1],
    ['gateway without subnet', 'manager1', 'network create --gateway 10.9.0.1 x', none, 'every ip-range or gateway must have a corresponding subnet\n', 1],
    ['gateway outside the subnet', 'manager1', 'network create --subnet 10.9.0.0/24 --gateway 10.8.0.1 x', none, 'no matching subnet for gateway 10.8.0.1\n', 1],
    ['subnet with host bits', 'manager1', 'network create --subnet 10.9.1.0/16 x', none, 'Error response from daemon: invalid network config:\ninvalid subnet 10.9.1.0/16: it should be 10.9.0.0/16\n', 1],
    ['subnet overlapping docker0', 'worker1', 'network create --subnet 172.17.3.0/24 x', none, 'Error response from daemon: invalid pool request: Pool overlaps with other one on this address space\n', 1],
    ['unknown driver', 'manager1', 'network create -d foo x', none, 'Error response from daemon: plugin "foo" not found\n', 1],
    ['an overlay name that is no DNS label', 'manager1', ['network', 'create', '-d', 'overlay', 'a\x1b]0;x\x07'], none,
      'Error response from daemon: rpc error: code = InvalidArgument desc = name must be valid as a DNS name component\n', 1],
    ['an overlay name over 63 characters', 'manager1', `network create -d overlay ${'n'.repeat(64)}`, none,
      'Error response from daemon: rpc error: code = InvalidArgument desc = name must be 63 characters or fewer\n', 1],
    ['a bridge name with control characters', 'worker1', ['network', 'create', 'b\x1b[2J'], none, 'Error response from daemon: invalid name: name contains control characters\n', 1],
    ['label with an empty name', 'manager1', 'network create --label =x n', none,
      'invalid argument "=x" for "--label" flag: invalid label \'=x\': empty name\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun \'docker network create --help\' for more information\n', 125],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    const result = await docker(given(setup), host, line);
    if (exitCode === 0) return expect(result.exitCode).toBe(0);
    expect(result).toEqual({ stdout: '', stderr, exitCode });
  });

  it.each(['err-network-create-noargs', 'err-network-create-2args', 'network-create-none', 'network-create-bridge'])('matches the recording %s', async (slug) => {
    const oracle = readOracle(slug);
    const result = await docker(given(), 'manager1', oracle?.argv ?? []);
    expect(result).toEqual({ stdout: oracle?.stdout, stderr: oracle?.stderr, exitCode: oracle?.exit });
  });

  it('overlay outside a swarm gives the not-in-swarm error (pre-network-create-overlay)', async () => {
    const oracle = readOracle('pre-network-create-overlay');
    expect(await docker(noSwarm(), 'manager1', oracle?.argv ?? [])).toEqual({ stdout: '', stderr: oracle?.stderr, exitCode: 1 });
  });

  const lsAfter = async (c: FakeCluster, host: string) => (await docker(c, host, 'network ls')).stdout;
  const cases: [string, string, string | string[], string][] = [
    ['overlay on a manager prints its swarm ID', 'manager1', 'network create -d overlay minha_rede_overlay', 'manager2'],
    ['bridge on a worker prints a 64-hex ID', 'worker1', 'network create --label course=swarm mybr', 'worker1'],
    ['bridge with a subnet', 'manager2', 'network create --subnet 192.168.50.0/24 --gateway 192.168.50.1 mybr', 'manager2'],
    ['bridge on a node outside the swarm', 'worker2', 'network create mybr', 'worker2'],
  ];
  it.each(cases)('%s', async (name, host, line, lsHost) => {
    const cluster = name.includes('outside') ? noSwarm() : given();
    const result = await docker(cluster, host, line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(line.includes('overlay') ? /^[0-9a-z]{25}\n$/ : /^[0-9a-f]{64}\n$/);
    await expect(`${result.stdout}${await lsAfter(cluster, lsHost)}`).toMatchFileSnapshot(golden(`network/create-${slug(name)}`));
  });

  it('creates a bridge on that node only', async () => {
    const cluster = given(localBridge('worker1', 'mybr'));
    expect(await lsAfter(cluster, 'worker1')).toContain(' mybr ');
    expect(await lsAfter(cluster, 'worker2')).not.toContain(' mybr ');
    expect(await lsAfter(cluster, 'manager1')).not.toContain(' mybr ');
  });
});
