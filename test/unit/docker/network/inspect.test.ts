// docker network inspect: goldens mirror the oracle recordings network-inspect-bridge, -ingress,
// -overlay-unused and -overlay-used (layout; IDs differ) with moby v28.2.2's field set
// (api/types/network/network.go: EnableIPv4 after Driver; daemon/network.go buildNetworkResource;
// daemon/cluster/convert/network.go BasicNetworkFromGRPC for the cluster view) and docker/cli
// cli/command/inspect/inspector.go for `[]`, --format and the error lines.

import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, golden } from '../harness.js';
import { given, lesson, localBridge, nameOf, noSwarm, overlay, service, slug, taskOn, wait, type Setup } from '../lesson.js';

const none: Setup = () => undefined;

describe('docker network inspect', () => {
  const errors: [string, string, string | string[], Setup, string, string, number][] = [
    ['no such network', 'manager1', 'network inspect nosuch', none, '[]\n', 'Error response from daemon: network nosuch not found\n', 1],
    ['worker without a task on the overlay', 'worker1', 'network inspect minha_rede_overlay', lesson, '[]\n', 'Error response from daemon: network minha_rede_overlay not found\n', 1],
    ['a local network of another node', 'worker2', 'network inspect mybr', localBridge('worker1', 'mybr'), '[]\n', 'Error response from daemon: network mybr not found\n', 1],
    ['two missing names', 'manager1', 'network inspect nosuch1 nosuch2', none, '[]\n', 'Error response from daemon: network nosuch1 not found\nError response from daemon: network nosuch2 not found\n', 1],
    ['unknown field in --format', 'manager1', ['network', 'inspect', '-f', '{{.Foo}}', 'bridge'], none, '\n',
      'template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"\n', 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stdout, stderr, exitCode) => {
    expect(await docker(given(setup), host, line)).toEqual({ stdout, stderr, exitCode });
  });

  it('without arguments prints the recorded usage error', async () => {
    const oracle = readOracle('err-network-inspect-noargs');
    const result = await docker(given(), 'manager1', 'network inspect');
    expect(result).toEqual({ stdout: oracle?.stdout, stderr: oracle?.stderr, exitCode: oracle?.exit });
  });

  const cases: [string, string, string | string[], Setup][] = [
    ['bridge', 'manager1', 'network inspect bridge', none],
    ['host and none', 'worker1', 'network inspect host none', none],
    ['docker_gwbridge with the ingress sandbox and a task', 'manager1', 'network inspect docker_gwbridge', lesson],
    ['ingress on a worker', 'worker2', 'network inspect ingress', none],
    ['overlay unused on a manager is the cluster view', 'manager2', 'network inspect minha_rede_overlay', overlay('minha_rede_overlay')],
    ['overlay on manager1 shows only its own task', 'manager1', 'network inspect minha_rede_overlay', lesson],
    ['overlay on manager3 shows only its own task', 'manager3', 'network inspect minha_rede_overlay', lesson],
    ['overlay by ID prefix on a manager without a task', 'manager2', 'network inspect pl7pyw2s', lesson],
    ['overlay on a worker running a task', 'worker1', 'network inspect minha_rede_overlay', (c) =>
      [overlay('minha_rede_overlay'), service('g', 1, ['minha_rede_overlay'], { mode: { kind: 'global' } }), wait(10_000)].forEach((s) => s(c))],
    ['user bridge with a label', 'worker1', 'network inspect mybr', localBridge('worker1', 'mybr', { course: 'swarm' })],
    ['-v lists the services of the overlay', 'manager1', 'network inspect -v minha_rede_overlay', lesson],
    ['--format json .Containers', 'manager3', ['network', 'inspect', '--format', '{{json .Containers}}', 'minha_rede_overlay'], lesson],
    ['--format fields of two networks', 'manager1', ['network', 'inspect', '-f', '{{.Name}} {{.Scope}} {{.IPAM.Driver}}', 'bridge', 'ingress'], none],
    ['--format json', 'worker1', 'network inspect --format json none', none],
  ];
  it.each(cases)('%s', async (name, host, line, setup) => {
    const result = await docker(given(setup), host, line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden(`network/inspect-${slug(name)}`));
  });

  it('shows each node only its local task (seed lesson)', async () => {
    const cluster = given(lesson);
    for (const host of ['manager1', 'manager3']) {
      const out = await docker(cluster, host, ['network', 'inspect', '-f', '{{json .Containers}}', 'minha_rede_overlay']);
      const containers = JSON.parse(out.stdout) as Record<string, { Name: string; IPv4Address: string; MacAddress: string }>;
      const task = taskOn(cluster, 'teste_discovery_search', host);
      expect(Object.keys(containers).sort()).toEqual([task.containerId, 'lb-minha_rede_overlay']);
      const ip = task.attachments[0]?.ip ?? '';
      expect(containers[task.containerId]).toMatchObject({ Name: nameOf(cluster, task), IPv4Address: `${ip}/24` });
    }
    const local = taskOn(cluster, 'teste_discovery_search', 'manager1');
    expect(nameOf(cluster, local)).toMatch(/^teste_discovery_search\.2\.[0-9a-z]{25}$/);
  });

  it('prints the found networks, then the errors', async () => {
    const result = await docker(given(), 'manager1', 'network inspect nosuch none');
    expect(result.stdout).toMatch(/^\[\n {4}\{\n {8}"Name": "none",/);
    expect(result.stderr).toBe('Error response from daemon: network nosuch not found\n');
    expect(result.exitCode).toBe(1);
  });

  it('works on a node outside the swarm for its local networks', async () => {
    const result = await docker(noSwarm(), 'manager1', ['network', 'inspect', '-f', '{{.Name}}', 'bridge', 'ingress']);
    expect(result).toEqual({ stdout: 'bridge\n', stderr: 'Error response from daemon: network ingress not found\n', exitCode: 1 });
  });
});
