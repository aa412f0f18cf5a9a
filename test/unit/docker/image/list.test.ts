// docker image ls / docker images: docker/cli v28.2.2 cli/command/image/list.go (flags, the
// positional reference filter, printAmbiguousHint) and cli/command/formatter/image.go (the table,
// --digests, -q, raw; 12-hex IDs; CREATED via go-units HumanDuration; SIZE with precision 3);
// moby v28.2.2 daemon/images/images.go (accepted filters, newest first) and distribution/reference
// FamiliarMatch (reference= globs). No oracle recording covers images (the oracle machine had
// only an imported stand-in alpine).
import { describe, expect, it } from 'vitest';
import { docker } from '../harness.js';
import { given, service, wait, type Setup } from '../lesson.js';
import { expectError, goldenOf, type ErrorCase } from '../service/fixtures.js';

/** pulled runs services pinned to manager1, so its engine pulls their images. */
const onManager1 = { constraints: ['node.hostname==manager1'], maxReplicas: 0 };
const pulled: Setup = (c) => {
  service('quiet', 1, [], { placement: onManager1 })(c);
  service('web', 1, [], { image: 'nginx:latest', args: [], placement: onManager1 })(c);
  service('old', 1, [], { image: 'redis:7.2', args: [], placement: onManager1 })(c);
  wait(20_000)(c);
};

describe('docker image ls', () => {
  const errors: ErrorCase[] = [
    ['an unknown filter', 'manager1', 'image ls -f foo=bar', pulled, "Error response from daemon: invalid filter 'foo'\n", 1],
    ['a bad dangling value', 'manager1', 'image ls -f dangling=maybe', pulled, "Error response from daemon: invalid filter 'dangling=[maybe]'\n", 1],
    ['--tree', 'manager1', 'image ls --tree', pulled, 'swarmlab: --tree is not simulated in this lab yet\n', 1],
    ['before= an image the node does not have', 'manager1', 'images -f before=httpd', pulled, 'Error response from daemon: No such image: httpd\n', 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    await expectError(given(setup), host, line, stderr, exitCode);
  });

  const cases: [string, string, string | string[]][] = [
    ['the images pulled for tasks, newest first', 'manager1', 'image ls'],
    ['docker images is the same list', 'manager1', 'images'],
    ['a node that pulled nothing', 'worker2', 'images'],
    ['-q', 'manager1', 'images -q'],
    ['--no-trunc', 'manager1', 'images --no-trunc'],
    ['--digests', 'manager1', 'image ls --digests'],
    ['--filter reference with a glob', 'manager1', 'images --filter reference=n*'],
    ['a REPOSITORY:TAG argument', 'manager1', 'images redis:7.2'],
    ['--filter dangling=true shows none', 'manager1', 'images -f dangling=true'],
    ['--format', 'manager1', ['images', '--format', '{{.Repository}}:{{.Tag}} {{.Size}} {{.CreatedAt}}']],
    ['--format table with a digest column', 'manager1', ['images', '--digests', '--format', 'table {{.Repository}}\t{{.ID}}']],
  ];
  it.each(cases)('%s', async (name, host, line) => {
    const result = await docker(given(pulled), host, line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('image', 'ls', name));
  });

  // moby daemon/images/images.go: before/since compare build times with the named image's,
  // until with a time; the catalogue's images have no labels, so label= matches none.
  it('before=, since=, until= and label= filter by build time and labels', async () => {
    const c = given(pulled);
    const names = async (line: string): Promise<string[]> => (await docker(c, 'manager1', ['images', '--format', '{{.Repository}}:{{.Tag}}', ...line.split(' ').filter(Boolean)])).stdout.split('\n').filter(Boolean);
    const all = await names('');
    expect(all.length).toBe(3);
    const [newest, middle, oldest] = all as [string, string, string];
    expect(await names(`-f before=${newest}`)).toEqual([middle, oldest]);
    expect(await names(`-f since=${oldest}`)).toEqual([newest, middle]);
    expect(await names(`-f since=${oldest} -f before=${newest}`)).toEqual([middle]);
    expect(await names('-f until=1970-01-02')).toEqual([]);
    expect(await names('-f until=1s')).toEqual(all);
    expect(await names('-f label=maintainer')).toEqual([]);
  });

  it('`docker images ls` finding nothing hints at `docker image ls`', async () => {
    const result = await docker(given(pulled), 'manager1', 'images ls');
    expect(result).toEqual({ stdout: 'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n', stderr: '\nNo images found matching "ls": did you mean "docker image ls"?\n', exitCode: 0 });
  });
});
