// docker config ls: docker/cli v28.2.2 cli/command/config/ls.go and formatter.go (no DRIVER
// column), moby daemon/cluster/filters.go newListConfigsFilters (no `names` filter).

import { describe, expect, it } from 'vitest';
import { docker, golden } from '../harness.js';
import { withData } from '../secret/fixtures.js';

describe('docker config ls', () => {
  it('table', async () => {
    const result = await docker(await withData('config', 'site', 'app'), 'manager1', 'config ls');
    await expect(result.stdout).toMatchFileSnapshot(golden('config/ls'));
  });

  it('refuses the secrets-only names filter and the Driver field', async () => {
    const cluster = await withData('config', 'site');
    expect((await docker(cluster, 'manager1', 'config ls -f names=site')).stderr).toBe("Error response from daemon: invalid filter 'names'\n");
    expect((await docker(cluster, 'manager1', 'config ls --format {{.Driver}}')).stderr)
      .toBe('template parsing error: template: :1:2: executing "" at <.Driver>: can\'t evaluate field Driver in type *config.configContext\n');
  });

  it('-q with an id filter', async () => {
    const cluster = await withData('config', 'site', 'app');
    const id = Object.values(cluster.state().configs ?? {}).find((c) => c.name === 'site')?.id ?? '';
    expect(await docker(cluster, 'manager1', `config ls -q -f id=${id.slice(0, 5)}`)).toEqual({ stdout: `${id}\n`, stderr: '', exitCode: 0 });
  });
});
