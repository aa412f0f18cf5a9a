// docker secret create: docker/cli v28.2.2 cli/command/secret/create.go (readSecretData, the
// RequiresRangeArgs(1, 2) rule), swarmkit controlapi/secret.go and common.go for the daemon's texts.

import { describe, expect, it } from 'vitest';
import { docker, FakeCluster } from '../harness.js';
import { FILES } from './fixtures.js';

const NOT_MANAGER = "Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n";

describe('docker secret create', () => {
  const errors: [string, string, string, number][] = [
    ['no arguments', 'secret create', "docker: 'docker secret create' requires at least 1 and at most 2 arguments\n\nUsage:  docker secret create [OPTIONS] SECRET [file|-]\n\nRun 'docker secret create --help' for more information\n", 1],
    ['no file', 'secret create pw', 'secret file is required\n', 1],
    ['missing file', 'secret create pw nope.txt', 'error reading from nope.txt: open nope.txt: no such file or directory\n', 1],
    ['empty file', 'secret create pw empty.txt', 'error reading from empty.txt: data is empty\n', 1],
    ['empty stdin', 'secret create pw -', 'error reading from STDIN: data is empty\n', 1],
    ['bad name', 'secret create -pw- pw.txt', 'unknown shorthand flag: \'p\' in -pw-\n\nUsage:  docker secret create [OPTIONS] SECRET [file|-]\n\nRun \'docker secret create --help\' for more information\n', 125],
    ['invalid name', 'secret create pw. pw.txt', 'Error response from daemon: rpc error: code = InvalidArgument desc = invalid name, only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]\n', 1],
    ['bad label', 'secret create -l =x pw pw.txt', 'invalid argument "=x" for "-l, --label" flag: invalid label \'=x\': empty name\n\nUsage:  docker secret create [OPTIONS] SECRET [file|-]\n\nRun \'docker secret create --help\' for more information\n', 125],
  ];
  it.each(errors)('%s: docker %s', async (_name, line, stderr, exitCode) => {
    const result = await docker(FakeCluster.classroom(), 'manager1', line, { files: FILES });
    expect({ stderr: result.stderr, exitCode: result.exitCode }).toEqual({ stderr, exitCode });
    expect(result.stdout).toBe('');
  });

  it('prints the new 25-character ID and refuses the same name twice', async () => {
    const cluster = FakeCluster.classroom();
    const first = await docker(cluster, 'manager1', 'secret create db_pw pw.txt', { files: FILES });
    expect(first).toEqual({ stdout: expect.stringMatching(/^[0-9a-z]{25}\n$/), stderr: '', exitCode: 0 });
    const again = await docker(cluster, 'manager1', 'secret create db_pw pw.txt', { files: FILES });
    expect(again.stderr).toBe('Error response from daemon: rpc error: code = AlreadyExists desc = secret db_pw already exists\n');
  });

  it('reads piped standard input for -', async () => {
    const cluster = FakeCluster.classroom();
    expect((await docker(cluster, 'manager1', 'secret create db_pw -', { input: 'from a pipe\n' })).exitCode).toBe(0);
    expect(Object.values(cluster.state().secrets ?? {})[0]?.data).toBe('from a pipe\n');
  });

  it('is refused on a worker, after the file is read', async () => {
    const result = await docker(FakeCluster.classroom(), 'worker1', 'secret create db_pw pw.txt', { files: FILES });
    expect(result).toEqual({ stdout: '', stderr: NOT_MANAGER, exitCode: 1 });
  });
});
