// docker config rm: docker/cli v28.2.2 cli/command/config/remove.go; swarmkit
// controlapi/config.go RemoveConfig. Configs land at their target inside task containers.

import { describe, expect, it } from 'vitest';
import { containerEnvFor } from '../../../../src/shell/container/task-container.js';
import { docker } from '../harness.js';
import { withData } from '../secret/fixtures.js';

describe('docker config rm', () => {
  it('is refused while in use; the file is in the task container at its target', async () => {
    const cluster = await withData('config', 'site');
    await withDataSecret(cluster);
    const created = await docker(cluster, 'manager1', 'service create -d --name web --config source=site,target=/etc/site.conf --secret pw alpine sleep 1d');
    expect(created.stderr).toBe('');
    cluster.advance(60_000);
    const task = Object.values(cluster.state().tasks).find((t) => t.status.state === 'running');
    const env = containerEnvFor(cluster, task?.id ?? '', () => 0.5);
    expect(env.readFile('/etc/site.conf')).toBe('s3cret\n');
    expect(env.readFile('/run/secrets/pw')).toBe('s3cret\n');
    expect((await docker(cluster, 'manager1', 'config rm site')).stderr)
      .toBe("Error response from daemon: rpc error: code = InvalidArgument desc = config 'site' is in use by the following service: web\n");
    await docker(cluster, 'manager1', 'service rm web');
    expect(await docker(cluster, 'manager1', 'config rm site')).toEqual({ stdout: 'site\n', stderr: '', exitCode: 0 });
  });
});

async function withDataSecret(cluster: Parameters<typeof docker>[0]): Promise<void> {
  const result = await docker(cluster, 'manager1', 'secret create pw -', { input: 's3cret\n' });
  if (result.exitCode !== 0) throw new Error(result.stderr);
}
