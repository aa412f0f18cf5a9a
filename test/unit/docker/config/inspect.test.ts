// docker config inspect: docker/cli v28.2.2 cli/command/config/inspect.go and formatter.go (the
// pretty template with Data), moby api/types/swarm/config.go (Spec.Data as base64 []byte).

import { describe, expect, it } from 'vitest';
import { docker, golden } from '../harness.js';
import { withData } from '../secret/fixtures.js';

describe('docker config inspect', () => {
  it('shows the data, base64-encoded', async () => {
    const result = await docker(await withData('config', 'site'), 'manager1', 'config inspect site');
    expect(result.stdout).toContain(`"Data": "${Buffer.from('s3cret\n').toString('base64')}"`);
    await expect(result.stdout).toMatchFileSnapshot(golden('config/inspect-json'));
  });

  it('--pretty prints the data as text', async () => {
    const result = await docker(await withData('config', 'site'), 'manager1', 'config inspect --pretty site');
    await expect(result.stdout).toMatchFileSnapshot(golden('config/inspect-pretty'));
  });
});
