// docker stack rm: docker/cli v28.2.2 cli/command/stack/remove.go and swarm/remove.go (services,
// secrets, configs, then networks; "Nothing found in stack" on stderr, exit 0).

import { describe, expect, it } from 'vitest';
import { docker, golden } from '../harness.js';
import { deployed } from './fixtures.js';

describe('docker stack rm', () => {
  it('removes everything the stack created', async () => {
    const cluster = await deployed();
    const result = await docker(cluster, 'manager1', 'stack rm app');
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(golden('stack/rm'));
    const state = cluster.state();
    expect([Object.keys(state.services).length, Object.keys(state.secrets ?? {}).length, Object.keys(state.configs ?? {}).length]).toEqual([0, 0, 0]);
    expect(Object.values(state.networks).map((n) => n.name)).toEqual(['ingress']);
  });

  it('says so when a stack has nothing', async () => {
    const result = await docker(await deployed(), 'manager1', 'stack down nope');
    expect(result).toEqual({ stdout: '', stderr: 'Nothing found in stack: nope\n', exitCode: 0 });
  });
});
