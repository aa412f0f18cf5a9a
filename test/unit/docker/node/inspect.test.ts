// docker node inspect: layout of the oracle recordings node-inspect-self and
// node-inspect-pretty-self (20.10 engine) with moby v28.2.2 api/types/swarm/node.go fields and
// v28's plugin list; docker/cli v28.2.2 cli/command/node/inspect.go, cmd.go (Reference for
// `self`) and formatter.go (the --pretty template).

import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, golden } from '../harness.js';
import { given, noSwarm, slug } from '../lesson.js';

const WORKER = "Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n";
const INACTIVE = 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n';

describe('docker node inspect', () => {
  const errors: [string, string, string | string[], string, string, number][] = [
    ['no such node', 'manager1', 'node inspect nosuch', '[]\n', 'Error response from daemon: node nosuch not found\n', 1],
    ['self on a worker', 'worker1', 'node inspect self', '[]\n', WORKER, 1],
    ['two nodes on a worker', 'worker2', 'node inspect manager1 worker2', '[]\n', `${WORKER}${WORKER}`, 1],
    ['--pretty with a missing node prints only the error', 'manager1', 'node inspect --pretty self nosuch', '', 'Error response from daemon: node nosuch not found\n', 1],
    ['a pretty format with extras', 'manager1', ['node', 'inspect', '-f', 'prettyx', 'self'], '', 'cannot supply extra formatting options to the pretty template\n', 1],
  ];
  it.each(errors)('%s', async (_name, host, line, stdout, stderr, exitCode) => {
    expect(await docker(given(), host, line)).toEqual({ stdout, stderr, exitCode });
  });

  it.each(['err-node-inspect-noargs', 'node-inspect-nosuch'])('matches the recording %s', async (name) => {
    const oracle = readOracle(name);
    expect(await docker(given(), 'manager1', oracle?.argv ?? [])).toEqual({ stdout: oracle?.stdout, stderr: oracle?.stderr, exitCode: oracle?.exit });
  });

  it('self outside a swarm gives the not-in-swarm error', async () => {
    expect(await docker(noSwarm(), 'worker1', 'node inspect self')).toEqual({ stdout: '[]\n', stderr: INACTIVE, exitCode: 1 });
  });

  const cases: [string, string, string | string[]][] = [
    ['self on the leader', 'manager1', 'node inspect self'],
    ['a worker and a manager by hostname', 'manager2', 'node inspect worker1 manager3'],
    ['--pretty self', 'manager1', 'node inspect --pretty self'],
    ['--pretty of a worker', 'manager1', 'node inspect --pretty worker2'],
    ['--format Status.Addr', 'manager1', ['node', 'inspect', '--format', '{{.Description.Hostname}} {{.Status.Addr}}', 'self', 'worker1']],
    ['--format json .Spec', 'manager3', ['node', 'inspect', '-f', '{{json .Spec}}', 'self']],
  ];
  it.each(cases)('%s', async (name, host, line) => {
    const result = await docker(given(), host, line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden(`node/inspect-${slug(name)}`));
  });

  it('finds a node by ID prefix', async () => {
    const cluster = given();
    const id = Object.values(cluster.state().nodes).find((n) => n.hostname === 'worker2')?.id ?? '';
    const result = await docker(cluster, 'manager1', ['node', 'inspect', '-f', '{{.ID}}', id.slice(0, 5)]);
    expect(result).toEqual({ stdout: `${id}\n`, stderr: '', exitCode: 0 });
  });
});
