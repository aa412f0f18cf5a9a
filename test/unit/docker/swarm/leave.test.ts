// docker swarm leave: the oracle recordings swarm-leave-manager, swarm-leave-force and
// pre-swarm-leave; the quorum wording from moby v28.2.2 daemon/cluster/swarm.go Leave and
// utils.go (removingManagerCausesLossOfQuorum, isLastManager; managerStats in cluster.go).

import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker } from '../harness.js';
import { given, noSwarm } from '../lesson.js';

const LEAVING = 'Error response from daemon: You are attempting to leave the swarm on a node that is participating as a manager. ';
const RESTORE = 'The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.\n';

async function single() {
  const c = noSwarm();
  await docker(c, 'manager1', 'swarm init --advertise-addr 127.0.0.1');
  return c;
}

describe('docker swarm leave', () => {
  it('on the only manager warns that it erases the swarm (swarm-leave-manager)', async () => {
    const oracle = readOracle('swarm-leave-manager');
    expect(await docker(await single(), 'manager1', oracle?.argv ?? [])).toEqual({ stdout: '', stderr: oracle?.stderr, exitCode: oracle?.exit });
  });

  it('--force on the only manager leaves (swarm-leave-force), and then it is outside (pre-swarm-leave)', async () => {
    const c = await single();
    const force = readOracle('swarm-leave-force');
    expect(await docker(c, 'manager1', force?.argv ?? [])).toEqual({ stdout: force?.stdout, stderr: '', exitCode: force?.exit });
    const again = readOracle('pre-swarm-leave');
    expect(await docker(c, 'manager1', again?.argv ?? [])).toEqual({ stdout: '', stderr: again?.stderr, exitCode: again?.exit });
  });

  it('a manager of three is told only how to restore consensus', async () => {
    expect(await docker(given(), 'manager2', 'swarm leave')).toEqual({ stdout: '', stderr: `${LEAVING}${RESTORE}`, exitCode: 1 });
  });

  it('a manager of two is told the quorum arithmetic', async () => {
    const c = given();
    await docker(c, 'manager1', 'node demote manager3');
    expect(await docker(c, 'manager2', 'swarm leave')).toEqual({
      stdout: '',
      stderr: `${LEAVING}Removing this node leaves 1 managers out of 2. Without a Raft quorum your swarm will be inaccessible. ${RESTORE}`,
      exitCode: 1,
    });
  });

  it('a worker leaves at once and managers list it as Down', async () => {
    const c = given();
    expect(await docker(c, 'worker2', 'swarm leave')).toEqual({ stdout: 'Node left the swarm.\n', stderr: '', exitCode: 0 });
    expect((await docker(c, 'manager1', 'node ls')).stdout).toMatch(/worker2\s+Down\s+Active\s+28\.2\.2\n/);
  });
});
