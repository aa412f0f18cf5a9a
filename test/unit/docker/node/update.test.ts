// docker node update: docker/cli v28.2.2 cli/command/node/update.go (only changed flags merge,
// --label-rm of a missing key fails in the CLI, success prints the argument as typed); the
// engine's spec conversion moby v28.2.2 daemon/cluster/convert/node.go NodeSpecToGRPC (invalid
// Role / Availability); swarmkit controlapi/node.go for the demotion refusals.

import { describe, expect, it } from 'vitest';
import { docker, golden, type FakeCluster } from '../harness.js';
import { given, noSwarm } from '../lesson.js';
import { INACTIVE_ERROR, WORKER_ERROR } from '../service/fixtures.js';

const node = (c: FakeCluster, hostname: string) => Object.values(c.state().nodes).find((n) => n.hostname === hostname);

describe('docker node update', () => {
  const errors: [string, () => FakeCluster, string, string, string][] = [
    ['on a worker', given, 'worker1', 'node update --availability drain worker2', WORKER_ERROR],
    ['outside a swarm', noSwarm, 'manager1', 'node update --availability drain worker2', INACTIVE_ERROR],
    ['an unknown node', given, 'manager1', 'node update --availability drain nosuch', 'Error response from daemon: node nosuch not found\n'],
    ['a bad availability', given, 'manager1', 'node update --availability sleepy worker1', 'Error response from daemon: invalid Availability: "sleepy"\n'],
    ['a bad role', given, 'manager1', 'node update --role boss worker1', 'Error response from daemon: invalid Role: "boss"\n'],
    ['--label-rm of a missing label', given, 'manager1', 'node update --label-rm zone worker1', "key zone doesn't exist in node's labels\n"],
  ];
  it.each(errors)('%s', async (_name, build, host, line, stderr) => {
    expect(await docker(build(), host, line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('--availability drain|pause|active prints the node as typed and changes AVAILABILITY', async () => {
    const c = given();
    for (const value of ['drain', 'pause', 'ACTIVE']) {
      expect(await docker(c, 'manager1', `node update --availability ${value} worker1`)).toEqual({ stdout: 'worker1\n', stderr: '', exitCode: 0 });
      expect(node(c, 'worker1')?.availability).toBe(value.toLowerCase());
    }
  });

  it('--label-add and --label-rm edit the node labels; node ls -f node.label finds them', async () => {
    const c = given();
    const id = node(c, 'worker2')?.id ?? '';
    expect((await docker(c, 'manager1', ['node', 'update', '--label-add', 'zone=east', '--label-add', 'ssd', id.slice(0, 6)])).stdout).toBe(`${id.slice(0, 6)}\n`);
    expect(node(c, 'worker2')?.labels).toEqual({ zone: 'east', ssd: '' });
    expect((await docker(c, 'manager1', 'node ls -q -f node.label=zone=east')).stdout).toBe(`${id}\n`);
    await docker(c, 'manager1', 'node update --label-rm ssd worker2');
    expect(node(c, 'worker2')?.labels).toEqual({ zone: 'east' });
  });

  it('--role worker on the last manager is refused by the swarm', async () => {
    const c = given();
    await docker(c, 'manager1', 'node demote manager2 manager3');
    expect(await docker(c, 'manager1', 'node update --role worker manager1')).toEqual({
      stdout: '', stderr: 'Error response from daemon: rpc error: code = FailedPrecondition desc = attempting to demote the last manager of the swarm\n', exitCode: 1,
    });
  });

  it('a drained node shows Drain in node ls', async () => {
    const c = given();
    await docker(c, 'manager1', 'node update --availability drain worker1');
    await docker(c, 'manager1', 'node update --availability pause worker2');
    await expect((await docker(c, 'manager1', 'node ls')).stdout).toMatchFileSnapshot(golden('node/update-drain-and-pause-in-node-ls'));
  });
});
