// docker info: docker/cli v28.2.2 cli/command/system/info.go (prettyPrintClientInfo,
// prettyPrintServerInfo, printSwarmInfo; Go Println spacing) over the engine's answer as moby
// v28.2.2 daemon/info.go and daemon/cluster/swarm.go Info build it (LocalNodeState inactive,
// pending, active; Error while the swarm has no leader; the two-manager warning on stderr).

import { describe, expect, it } from 'vitest';
import { docker, golden, type FakeCluster } from '../harness.js';
import { given, noSwarm, slug } from '../lesson.js';

const id = (c: FakeCluster, hostname: string) => Object.values(c.state().nodes).find((n) => n.hostname === hostname)?.id ?? '';
const down = (...hosts: string[]) => (c: FakeCluster) => {
  for (const h of hosts) c.execute({ type: 'SetNodeState', nodeId: id(c, h), state: 'down' });
};
/** swarmPart cuts the Swarm section out of `docker info`. */
const swarmPart = (out: string) => out.slice(out.indexOf(' Swarm:'), out.indexOf(' Runtimes:'));

describe('docker info', () => {
  const cases: [string, () => FakeCluster, string][] = [
    ['outside a swarm', noSwarm, 'manager1'],
    ['on the leader', given, 'manager1'],
    ['on a worker', given, 'worker2'],
  ];
  it.each(cases)('%s', async (name, build, host) => {
    const result = await docker(build(), host, 'info');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden(`system/info-${slug(name)}`));
  });

  it('without a leader shows the raft error and no cluster part', async () => {
    const c = given();
    down('manager1', 'manager2')(c);
    const result = await docker(c, 'manager3', 'info');
    await expect(swarmPart(result.stdout)).toMatchFileSnapshot(golden('system/info-swarm-without-a-leader'));
  });

  it('with two managers warns on stderr about fault tolerance', async () => {
    const c = given();
    await docker(c, 'manager1', 'node demote manager3');
    const result = await docker(c, 'manager1', 'info');
    expect(result.stderr).toBe(`WARNING: Running Swarm in a two-manager configuration. This configuration provides
         no fault tolerance, and poses a high risk to lose control over the cluster.
         Refer to https://docs.docker.com/engine/swarm/admin_guide/ to configure the
         Swarm for fault-tolerance.\n`);
    expect(swarmPart(result.stdout)).toContain('  Managers: 2\n  Nodes: 5\n');
  });

  it('--format reads fields of the engine answer', async () => {
    const c = given();
    expect(await docker(c, 'worker1', ['info', '--format', '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}} {{.Name}}'])).toEqual({
      stdout: 'active false worker1\n', stderr: '', exitCode: 0,
    });
    expect((await docker(c, 'manager1', ['info', '--format', '{{.Swarm.Managers}}/{{.Swarm.Nodes}}'])).stdout).toBe('3/5\n');
  });

  it('is also `docker system info`', async () => {
    const c = given();
    expect((await docker(c, 'manager2', 'system info')).stdout).toBe((await docker(c, 'manager2', 'info')).stdout);
  });
});
