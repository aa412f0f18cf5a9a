// docker config create: docker/cli v28.2.2 cli/command/config/create.go (ExactArgs(2), the
// `Error reading content from` wrapper around readConfigData).

import { describe, expect, it } from 'vitest';
import { docker, FakeCluster } from '../harness.js';
import { FILES } from '../secret/fixtures.js';

describe('docker config create', () => {
  const errors: [string, string, string, number][] = [
    ['one argument', 'config create site', "docker: 'docker config create' requires 2 arguments\n\nUsage:  docker config create [OPTIONS] CONFIG file|-\n\nRun 'docker config create --help' for more information\n", 1],
    ['missing file', 'config create site nope.conf', 'Error reading content from "nope.conf": error reading from nope.conf: open nope.conf: no such file or directory\n', 1],
    ['empty stdin', 'config create site -', 'Error reading content from "-": error reading from STDIN: data is empty\n', 1],
  ];
  it.each(errors)('%s: docker %s', async (_name, line, stderr, exitCode) => {
    const result = await docker(FakeCluster.classroom(), 'manager1', line, { files: FILES });
    expect(result).toEqual({ stdout: '', stderr, exitCode });
  });

  it('prints the new ID', async () => {
    const result = await docker(FakeCluster.classroom(), 'manager1', 'config create site site.conf', { files: FILES });
    expect(result).toEqual({ stdout: expect.stringMatching(/^[0-9a-z]{25}\n$/), stderr: '', exitCode: 0 });
  });
});
