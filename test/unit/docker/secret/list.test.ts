// docker secret ls: docker/cli v28.2.2 cli/command/secret/ls.go and formatter.go (full IDs,
// natural sort by name, CREATED/UPDATED ages), moby daemon/cluster/filters.go
// newListSecretsFilters and swarmkit controlapi ListSecrets (names/name/id match any; labels all).

import { describe, expect, it } from 'vitest';
import { docker, golden } from '../harness.js';
import { withData } from './fixtures.js';

describe('docker secret ls', () => {
  const errors: [string, string, string, number][] = [
    ['unknown filter', 'secret ls -f driver=x', "Error response from daemon: invalid filter 'driver'\n", 1],
    ['extra argument', 'secret ls x', "docker: 'docker secret ls' accepts no arguments\n\nUsage:  docker secret ls [OPTIONS]\n\nRun 'docker secret ls --help' for more information\n", 1],
    ['unknown field', 'secret ls --format {{.Nope}}', 'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *secret.secretContext\n', 1],
  ];
  it.each(errors)('%s: docker %s', async (_name, line, stderr, exitCode) => {
    const result = await docker(await withData('secret', 'a'), 'manager1', line);
    expect(result).toEqual({ stdout: '', stderr, exitCode });
  });

  const cases: [string, string | string[]][] = [
    ['table sorted naturally', 'secret ls'],
    ['-q', 'secret ls -q'],
    ['--filter name prefix', 'secret ls --filter name=db'],
    ['--filter label', 'secret ls -f label=l=db_10'],
    ['--format with Label', ['secret', 'ls', '--format', '{{.Name}}\\t{{.Label "l"}}\\t{{.Labels}}']],
    ['--format table', ['secret', 'ls', '--format', 'table {{.Name}}\\t{{.CreatedAt}}']],
  ];
  it.each(cases)('%s', async (name, line) => {
    const cluster = await withData('secret', 'db_10', 'db_9', 'api_key');
    const result = await docker(cluster, 'manager1', line);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(golden(`secret/ls-${name.replace(/[^a-z0-9]+/gi, '-')}`));
  });

  it('prints only the header when there are no secrets', async () => {
    const result = await docker(await withData('secret'), 'manager1', 'secret ls');
    expect(result.stdout).toBe('ID        NAME      DRIVER    CREATED   UPDATED\n');
  });
});
