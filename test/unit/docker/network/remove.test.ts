// docker network rm: the oracle recordings network-rm-nosuch, -bridge, -overlay-in-use and
// -overlay (the `exit status 1` line of v28.0.1+ included), docker/cli v28.2.2
// cli/command/network/remove.go (keep going, --force, the ingress prompt via internal/prompt)
// and moby network_routes.go deleteNetwork / daemon/network.go deleteNetwork for the texts.

import { describe, expect, it } from 'vitest';
import { runDocker } from '../../../../src/docker/run-docker.js';
import type { ProcessIO } from '../../../../src/docker/process-io.js';
import { readOracle } from '../cli/oracle.js';
import { docker, golden, type FakeCluster } from '../harness.js';
import { given, lesson, localBridge, networkId, overlay, service, slug, type Setup } from '../lesson.js';

const none: Setup = () => undefined;
const EXIT = 'exit status 1\n';
const WARNING =
  'WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. ' +
  'Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\nAre you sure you want to continue? [y/N] ';

/** typing runs `docker network rm` with keystrokes arriving on stdin. */
async function typing(cluster: FakeCluster, host: string, argv: string[], keys: string | undefined) {
  let stdout = '';
  const io: ProcessIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stdout += t),
    isTTY: keys !== undefined,
    size: () => ({ columns: 80, rows: 24 }),
    signal: new AbortController().signal,
    sleep: async () => true,
    ...(keys !== undefined && {
      stdin: {
        onData: (listener: (data: string) => void) => {
          setTimeout(() => listener(keys), 0);
          return { dispose: () => undefined };
        },
        onResize: () => ({ dispose: () => undefined }),
      },
    }),
  };
  const exitCode = await runDocker(argv, { cluster, hostname: host, io, exec: async () => 0 });
  return { output: stdout, exitCode };
}

describe('docker network rm', () => {
  const inUse: Setup = (c) => [overlay('minha_rede_overlay'), service('web', 1, ['minha_rede_overlay'])].forEach((s) => s(c));
  const errors: [string, string, string, Setup, (c: FakeCluster) => string, number][] = [
    ['no such network', 'manager1', 'network rm nosuch', none, () => `Error response from daemon: network nosuch not found\n${EXIT}`, 1],
    ['a predefined network', 'worker1', 'network rm none', none, () => `Error response from daemon: none is a pre-defined network and cannot be removed\n${EXIT}`, 1],
    ['docker_gwbridge of a swarm node', 'manager2', 'network rm docker_gwbridge', none,
      (c) => `Error response from daemon: error while removing network: network docker_gwbridge id ${c.state().hosts.manager2?.localNetworks.find((n) => n.name === 'docker_gwbridge')?.id ?? ''} has active endpoints\n${EXIT}`, 1],
    ['an overlay a service uses', 'manager1', 'network rm minha_rede_overlay', inUse,
      (c) => `Error response from daemon: rpc error: code = FailedPrecondition desc = network ${networkId(c, 'minha_rede_overlay')} is in use by service ${Object.keys(c.state().services)[0] ?? ''}\n${EXIT}`, 1],
    ['an overlay not instantiated on a worker', 'worker1', 'network rm minha_rede_overlay', lesson, () => `Error response from daemon: network minha_rede_overlay not found\n${EXIT}`, 1],
    ['an overlay instantiated on a worker', 'worker1', 'network rm minha_rede_overlay', (c) => [overlay('minha_rede_overlay'), service('g', 5, ['minha_rede_overlay'])].forEach((s) => s(c)),
      () => `Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n${EXIT}`, 1],
    ['a local network of another node', 'worker2', 'network rm mybr', localBridge('worker1', 'mybr'), () => `Error response from daemon: network mybr not found\n${EXIT}`, 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    const cluster = given(setup);
    cluster.advance(10_000);
    expect(await docker(cluster, host, line)).toEqual({ stdout: '', stderr: stderr(cluster), exitCode });
  });

  it.each(['err-network-rm-noargs', 'network-rm-nosuch', 'network-rm-bridge'])('matches the recording %s', async (name) => {
    const oracle = readOracle(name);
    expect(await docker(given(), 'manager1', oracle?.argv ?? [])).toEqual({ stdout: oracle?.stdout, stderr: oracle?.stderr, exitCode: oracle?.exit });
  });

  const cases: [string, string, string, Setup][] = [
    ['an unused overlay prints the name as typed', 'manager1', 'network rm minha_rede_overlay', overlay('minha_rede_overlay')],
    ['a local bridge and one that fails', 'worker1', 'network rm mybr nosuch', localBridge('worker1', 'mybr')],
    ['-f skips missing networks', 'manager3', 'network rm -f nosuch minha_rede_overlay', overlay('minha_rede_overlay')],
  ];
  it.each(cases)('%s', async (name, host, line, setup) => {
    const cluster = given(setup);
    const result = await docker(cluster, host, line);
    const ls = await docker(cluster, host, 'network ls');
    await expect(`${result.stdout}--- stderr (exit ${result.exitCode})\n${result.stderr}--- network ls\n${ls.stdout}`).toMatchFileSnapshot(
      golden(`network/rm-${slug(name)}`),
    );
  });

  it('removes a local network by ID prefix and prints the prefix', async () => {
    const cluster = given(localBridge('worker2', 'mybr'));
    const id = cluster.state().hosts.worker2?.localNetworks.find((n) => n.name === 'mybr')?.id.slice(0, 6) ?? '';
    expect(await docker(cluster, 'worker2', `network rm ${id}`)).toEqual({ stdout: `${id}\n`, stderr: '', exitCode: 0 });
    expect(cluster.state().hosts.worker2?.localNetworks.map((n) => n.name)).not.toContain('mybr');
  });

  it('asks before removing ingress and keeps it on anything but y', async () => {
    for (const keys of [undefined, 'n\r', '\r']) {
      const cluster = given();
      const { output, exitCode } = await typing(cluster, 'manager1', ['network', 'rm', 'ingress'], keys);
      expect(output).toBe(`${WARNING}${keys === undefined ? '' : `${keys.replace('\r', '')}\n`}`);
      expect(exitCode).toBe(0);
      expect(Object.values(cluster.state().networks).some((n) => n.ingress)).toBe(true);
    }
  });

  it('removes ingress after y', async () => {
    const cluster = given();
    const { output, exitCode } = await typing(cluster, 'manager1', ['network', 'rm', 'ingress'], 'y\r');
    expect({ output, exitCode }).toEqual({ output: `${WARNING}y\ningress\n`, exitCode: 0 });
    expect(Object.values(cluster.state().networks).some((n) => n.ingress)).toBe(false);
  });
});
