// docker exec / docker container exec: the oracle recordings exec-nosuch, exec-it-nosuch,
// exec-it-notty, err-exec-noargs, -onearg and -e-noval; order of the checks from docker/cli
// v28.2.2 cli/command/container/exec.go RunExec and moby daemon/exec.go getActiveContainer.
// Exec prints nothing itself, so the success table checks the request handed to host.exec.

import { describe, expect, it } from 'vitest';
import type { ExecRequest } from '../../../../src/docker/host.js';
import { readOracle } from '../cli/oracle.js';
import { docker, type FakeCluster } from '../harness.js';
import { given, lesson, nameOf, service, taskOn, wait } from '../lesson.js';

const T = 'teste_discovery_search';
const name = (c: FakeCluster, host = 'manager1') => nameOf(c, taskOn(c, T, host));
const id = (c: FakeCluster, host = 'manager1') => taskOn(c, T, host).containerId;

/** stopped adds a global service whose containers have exited on every node. */
const stopped = (c: FakeCluster) => [service('once', 1, [], { args: ['true'], restartCondition: 'none', mode: { kind: 'global' } }), wait(20_000)].forEach((s) => s(c));

describe('docker exec', () => {
  const errors: [string, (c: FakeCluster) => string[], (c: FakeCluster) => string, number][] = [
    ['no such container', () => ['exec', 'nosuch', 'sh'], () => 'Error response from daemon: No such container: nosuch\n', 1],
    ['-it and no such container: the lookup comes first', () => ['exec', '-it', 'nosuch', 'sh'], () => 'Error response from daemon: No such container: nosuch\n', 1],
    ['-it without a terminal', (c) => ['exec', '-it', name(c), 'sh'], () => 'the input device is not a TTY\n', 1],
    ['a task container of another node', (c) => ['exec', name(c, 'manager3'), 'hostname'], (c) => `Error response from daemon: No such container: ${name(c, 'manager3')}\n`, 1],
    ['a service name instead of a container', () => ['exec', T, 'sh'], () => `Error response from daemon: No such container: ${T}\n`, 1],
    ['a stopped container', (c) => ['exec', taskOfOnce(c), 'sh'], (c) => `Error response from daemon: container ${containerOfOnce(c)} is not running\n`, 1],
    ['--env-file', (c) => ['exec', '--env-file', 'vars.env', name(c), 'env'], () => 'open vars.env: no such file or directory\n', 1],
  ];
  it.each(errors)('%s', async (_name, argv, stderr, exitCode) => {
    const cluster = given(lesson, stopped);
    let called = false;
    const result = await docker(cluster, 'manager1', argv(cluster), { exec: async () => ((called = true), 0) });
    expect(result).toEqual({ stdout: '', stderr: stderr(cluster), exitCode });
    expect(called).toBe(false);
  });

  it.each(['err-exec-noargs', 'err-exec-onearg', 'err-exec-e-noval', 'exec-nosuch', 'exec-it-nosuch'])('matches the recording %s', async (slug) => {
    const oracle = readOracle(slug);
    expect(await docker(given(lesson), 'manager1', oracle?.argv ?? [])).toEqual({ stdout: oracle?.stdout, stderr: oracle?.stderr, exitCode: oracle?.exit });
  });

  const cases: [string, (c: FakeCluster) => string[], boolean, Partial<ExecRequest>][] = [
    ['by container name', (c) => ['exec', name(c), 'nslookup', 'tasks.teste_discovery_search'], false, { argv: ['nslookup', 'tasks.teste_discovery_search'], interactive: false, tty: false }],
    ['by ID prefix', (c) => ['exec', id(c).slice(0, 5), 'ping', '-c', '3', name(c, 'manager3')], false, { interactive: false, tty: false }],
    ['by full ID with -it on a terminal', (c) => ['exec', '-it', id(c), 'sh'], true, { argv: ['sh'], interactive: true, tty: true }],
    ['-t alone without a terminal', (c) => ['exec', '-t', name(c), 'ls', '-l'], false, { argv: ['ls', '-l'], interactive: false, tty: true }],
    ['-e, -u and -w', (c) => ['exec', '-e', 'A=1', '-e', 'B=2', '-u', 'nobody', '-w', '/tmp', name(c), 'env'], false, { env: ['A=1', 'B=2'], user: 'nobody', workdir: '/tmp' }],
    ['docker container exec', (c) => ['container', 'exec', name(c), 'hostname'], false, { argv: ['hostname'] }],
    ['flags after the container belong to the command', (c) => ['exec', name(c), 'ls', '-la'], false, { argv: ['ls', '-la'] }],
  ];
  it.each(cases)('%s', async (_name, argv, tty, expected) => {
    const cluster = given(lesson);
    const requests: ExecRequest[] = [];
    const result = await docker(cluster, 'manager1', argv(cluster), { tty, exec: async (r) => (requests.push(r), 3) });
    expect(result).toEqual({ stdout: '', stderr: '', exitCode: 3 });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.task.id).toBe(taskOn(cluster, T, 'manager1').id);
    expect(requests[0]).toMatchObject(expected);
  });

  it('-d returns 0 at once, without waiting for the command', async () => {
    const cluster = given(lesson);
    let finish: (code: number) => void = () => undefined;
    const requests: ExecRequest[] = [];
    const exec = (r: ExecRequest) => (requests.push(r), new Promise<number>((resolve) => (finish = resolve)));
    const result = await docker(cluster, 'manager1', ['exec', '-d', '-it', name(cluster), 'sleep', '100'], { exec });
    expect(result).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(requests[0]).toMatchObject({ argv: ['sleep', '100'], interactive: false });
    finish(0);
  });
});

function taskOfOnce(c: FakeCluster): string {
  const t = Object.values(c.state().tasks).find((x) => x.spec.name === 'once' && c.state().nodes[x.nodeId ?? '']?.hostname === 'manager1');
  return t ? nameOf(c, t) : '';
}

function containerOfOnce(c: FakeCluster): string {
  return Object.values(c.state().tasks).find((x) => x.spec.name === 'once' && c.state().nodes[x.nodeId ?? '']?.hostname === 'manager1')?.containerId ?? '';
}
