// docker node ls: layout from the oracle recordings node-ls and node-ls-q (one row there; five
// here), rules from docker/cli v28.2.2 cli/command/node/list.go + formatter.go (full IDs, ` *` on
// self, natural sort by hostname) and moby daemon/cluster/filters.go for the filters.

import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, golden } from '../harness.js';
import { given, noSwarm, slug } from '../lesson.js';

const WORKER = "Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n";

describe('docker node ls', () => {
  const errors: [string, string, string | string[], string, number][] = [
    ['on a worker', 'worker1', 'node ls', WORKER, 1],
    ['unknown filter', 'manager1', 'node ls -f foo=bar', "Error response from daemon: invalid filter 'foo'\n", 1],
    ['bad role filter', 'manager1', 'node ls -f role=boss', "Error response from daemon: Invalid role filter: 'boss'\n", 1],
    ['bad membership filter', 'manager1', 'node ls -f membership=x', "Error response from daemon: Invalid membership filter: 'x'\n", 1],
  ];
  it.each(errors)('%s', async (_name, host, line, stderr, exitCode) => {
    expect(await docker(given(), host, line)).toEqual({ stdout: '', stderr, exitCode });
  });

  it('names the Go type when --format asks for an unknown field', async () => {
    const result = await docker(given(), 'manager1', ['node', 'ls', '--format', '{{.Foo}}']);
    // The column comes from the shared template subset (Go says :1:2).
    expect(result.stderr).toMatch(/^template parsing error: template: :1:\d: executing "" at <\.Foo>: can't evaluate field Foo in type \*node\.nodeContext\n$/);
    expect(result.exitCode).toBe(1);
  });

  it('matches the recording err-node-ls-extra', async () => {
    const oracle = readOracle('err-node-ls-extra');
    expect(await docker(given(), 'manager1', oracle?.argv ?? [])).toEqual({ stdout: oracle?.stdout, stderr: oracle?.stderr, exitCode: oracle?.exit });
  });

  it('outside a swarm gives the not-in-swarm error (pre-node-ls)', async () => {
    const oracle = readOracle('pre-node-ls');
    expect(await docker(noSwarm(), 'manager1', 'node ls')).toEqual({ stdout: '', stderr: oracle?.stderr, exitCode: 1 });
  });

  const cases: [string, string, string | string[]][] = [
    ['on the leader', 'manager1', 'node ls'],
    ['on another manager the star moves', 'manager3', 'node ls'],
    ['-q prints full IDs', 'manager2', 'node ls -q'],
    ['--filter role=worker', 'manager1', 'node ls --filter role=worker'],
    ['--filter name=manager and role=manager', 'manager1', 'node ls -f name=manager -f role=manager'],
    ['--format with fields', 'manager1', ['node', 'ls', '--format', '{{.Hostname}}: {{.ManagerStatus}} {{.Self}}']],
    ['--format table', 'manager2', ['node', 'ls', '--format', 'table {{.Hostname}}\t{{.Status}}\t{{.TLSStatus}}']],
    ['--format json', 'manager1', 'node ls --format json -f name=worker1'],
    ['--filter membership=accepted', 'manager1', 'node ls -f membership=accepted'],
    ['--filter membership=pending is empty', 'manager1', 'node ls -f membership=pending'],
    ['--filter label= matches engine labels only', 'manager1', 'node ls -f label=zone'],
  ];
  it.each(cases)('%s', async (name, host, line) => {
    const result = await docker(given(), host, line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden(`node/ls-${slug(name)}`));
  });

  it('--filter id= takes an ID prefix; -q prints full IDs', async () => {
    const c = given();
    const id = Object.values(c.state().nodes).find((n) => n.hostname === 'manager2')?.id ?? '';
    expect(await docker(c, 'manager1', `node ls -q -f id=${id.slice(0, 4)}`)).toEqual({ stdout: `${id}\n`, stderr: '', exitCode: 0 });
  });

  it('--filter node.label= matches node labels set by node update', async () => {
    const c = given();
    await docker(c, 'manager1', 'node update --label-add disk=ssd worker2');
    const out = (await docker(c, 'manager1', 'node ls -f node.label=disk=ssd --format {{.Hostname}}')).stdout;
    expect(out).toBe('worker2\n');
  });

  it('shows Unreachable and Down, and fails with no leader once two of three managers are down', async () => {
    const c = given();
    const id = (h: string) => Object.values(c.state().nodes).find((n) => n.hostname === h)?.id ?? '';
    c.execute({ type: 'SetNodeState', nodeId: id('manager3'), state: 'down' });
    await expect((await docker(c, 'manager1', 'node ls')).stdout).toMatchFileSnapshot(golden('node/ls-a-manager-down'));
    c.execute({ type: 'SetNodeState', nodeId: id('manager1'), state: 'down' });
    expect(await docker(c, 'manager2', 'node ls')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online.\n",
      exitCode: 1,
    });
  });
});
