// `docker swarm --help` and `docker node --help` through the runtime on a node outside a swarm,
// a worker and a manager: the CLI hides swarm commands by the engine's role (docker/cli v28.2.2
// cli/command/utils.go isSupported / hideUnsupportedFeatures). Compared with the oracle
// recordings fakeping-{inactive,worker,manager}-{swarm,node}-help (real CLI bytes, v28 ping).

import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, type FakeCluster } from '../harness.js';
import { given, noSwarm } from '../lesson.js';

const roles: [string, () => FakeCluster, string][] = [
  ['inactive', noSwarm, 'manager1'],
  ['worker', given, 'worker1'],
  ['manager', given, 'manager1'],
];

describe('help by swarm role', () => {
  for (const [role, build, host] of roles) {
    for (const object of ['swarm', 'node']) {
      it(`docker ${object} --help as ${role} matches fakeping-${role}-${object}-help`, async () => {
        const oracle = readOracle(`fakeping-${role}-${object}-help`);
        expect(await docker(build(), host, [object, '--help'])).toEqual({ stdout: oracle?.stdout, stderr: oracle?.stderr, exitCode: oracle?.exit });
      });
    }
  }

  // A pending engine pings `Swarm: pending`: manager-only verbs hidden, `leave` shown (as for a worker).
  it('a node whose join is still pending is shown the worker help', async () => {
    const c = noSwarm();
    await docker(c, 'manager1', 'swarm init');
    c.execute({ type: 'JoinSwarmWithToken', request: { hostname: 'worker1', token: '', remote: '192.168.0.99:2377' } });
    expect((await docker(c, 'worker1', 'swarm --help')).stdout).toBe(readOracle('fakeping-worker-swarm-help')?.stdout);
  });
});
