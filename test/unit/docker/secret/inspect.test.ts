// docker secret inspect: docker/cli v28.2.2 cli/command/secret/inspect.go and formatter.go
// (the pretty template), cli/command/inspect/inspector.go; moby api/types/swarm/secret.go (Spec
// without Data: swarmkit never returns it).

import { describe, expect, it } from 'vitest';
import { docker, golden } from '../harness.js';
import { withData } from './fixtures.js';

describe('docker secret inspect', () => {
  it('never shows the data', async () => {
    const result = await docker(await withData('secret', 'db_pw'), 'manager1', 'secret inspect db_pw');
    expect(result.stdout).not.toContain('s3cret');
    expect(result.stdout).not.toContain('"Data"');
    await expect(result.stdout).toMatchFileSnapshot(golden('secret/inspect-json'));
  });

  it('--pretty', async () => {
    const result = await docker(await withData('secret', 'db_pw'), 'manager1', 'secret inspect --pretty db_pw');
    await expect(result.stdout).toMatchFileSnapshot(golden('secret/inspect-pretty'));
  });

  it('--format and a missing secret: found ones first, then the error (exit 1)', async () => {
    const result = await docker(await withData('secret', 'db_pw'), 'manager1', 'secret inspect --format {{.Spec.Name}} db_pw nope');
    expect(result).toEqual({ stdout: 'db_pw\n', stderr: 'Error response from daemon: secret nope not found\n', exitCode: 1 });
  });

  it('refuses extra formatting with pretty', async () => {
    const result = await docker(await withData('secret', 'db_pw'), 'manager1', 'secret inspect --format prettyx db_pw');
    expect(result).toEqual({ stdout: '', stderr: 'cannot supply extra formatting options to the pretty template\n', exitCode: 1 });
  });
});
