// Secrets and configs inside a task container: busybox `ls` (coreutils/ls.c 1_36_1) lists them and
// the directories Docker makes for them, `cat` reads them. Where they land and their mode follow
// moby daemon/container_operations_unix.go (setupSecretDir, setupConfigDir) and docker/cli
// cli/command/service/opts.go (mode 0444 unless given).

import { describe, expect, it } from 'vitest';
import type { Applet } from '../../../../src/shell/container/applets/applet.js';
import { cat } from '../../../../src/shell/container/applets/cat.js';
import { ls } from '../../../../src/shell/container/applets/ls.js';
import type { ContainerEnv } from '../../../../src/shell/container/container-env.js';
import { createAshHost } from '../../../../src/shell/container/container-shell.js';
import { containerEnvFor } from '../../../../src/shell/container/task-container.js';
import { Interpreter } from '../../../../src/shell/interpreter.js';
import { parseCommandLine } from '../../../../src/shell/parser/index.js';
import { docker } from '../../docker/harness.js';
import { withData } from '../../docker/secret/fixtures.js';
import { classroomEnv, fakeIO } from './fakes.js';

async function run(env: ContainerEnv, applet: Applet, ...args: string[]) {
  const io = fakeIO();
  const code = await applet.run([applet.name, ...args], io, env);
  return { out: io.out, err: io.err, code };
}

const SECRETS = [
  { path: '/run/secrets/db_password', content: 's3cret\n', mode: 0o444 },
  { path: '/run/secrets/api_key', content: 'k\n', mode: 0o400 },
  { path: '/etc/nginx/conf.d/site.conf', content: 'listen 80;\n', mode: 0o444 },
];

describe('secret and config files in a container', () => {
  const env = classroomEnv({ mounted: SECRETS });

  it('ls /run/secrets lists the secrets, sorted', async () => {
    expect(await run(env, ls, '/run/secrets')).toEqual({ out: 'api_key\ndb_password\n', err: '', code: 0 });
  });

  it('ls -l /run/secrets shows their modes, owned by root, dated when the container started', async () => {
    expect(await run(env, ls, '-l', '/run/secrets')).toEqual({
      out:
        'total 8\n' +
        '-r--------    1 root     root             2 Nov 22 20:40 api_key\n' +
        '-r--r--r--    1 root     root             7 Nov 22 20:40 db_password\n',
      err: '',
      code: 0,
    });
  });

  it('ls /run shows the secrets directory; ls of a config target directory shows the config', async () => {
    expect((await run(env, ls, '/run')).out).toBe('secrets\n');
    expect((await run(env, ls, '/etc/nginx')).out).toBe('conf.d\n');
    expect((await run(env, ls, '/etc/nginx/conf.d')).out).toBe('site.conf\n');
    expect((await run(env, ls, '-d', '/run/secrets')).out).toBe('/run/secrets\n');
  });

  it('cat reads a secret; cat of the directory is a read error', async () => {
    expect(await run(env, cat, '/run/secrets/db_password')).toEqual({ out: 's3cret\n', err: '', code: 0 });
    expect(await run(env, cat, '/run/secrets')).toEqual({ out: '', err: 'cat: read error: Is a directory\n', code: 1 });
  });

  it('without secrets there is no /run/secrets', async () => {
    expect(await run(classroomEnv(), ls, '/run/secrets')).toEqual({ out: '', err: 'ls: /run/secrets: No such file or directory\n', code: 1 });
    expect((await run(classroomEnv(), ls, '/run')).out).toBe('');
  });
});

/** sh runs one line in the container's ash, as `docker exec <task> sh -c '<line>'` would. */
async function sh(env: ContainerEnv, line: string) {
  const parsed = parseCommandLine(line);
  if (parsed.kind !== 'ok') throw new Error(`does not parse: ${line}`);
  const io = fakeIO();
  const code = await new Interpreter(createAshHost(env)).run(parsed.list, io);
  return { out: io.out, err: io.err, code };
}

describe('globs in the container shell (busybox ash)', () => {
  const env = classroomEnv({ mounted: SECRETS });

  it('cat /run/secrets/* reads every secret, in name order', async () => {
    expect(await sh(env, 'cat /run/secrets/*')).toEqual({ out: 'k\ns3cret\n', err: '', code: 0 });
  });

  it('ls /etc/nginx/*/*.conf and a pattern without matches', async () => {
    expect((await sh(env, 'ls /etc/nginx/*/*.conf')).out).toBe('/etc/nginx/conf.d/site.conf\n');
    expect(await sh(env, 'ls /run/secrets/*.txt')).toEqual({ out: '', err: 'ls: /run/secrets/*.txt: No such file or directory\n', code: 1 });
  });
});

describe('a service created with --secret and --config', () => {
  it('its task container lists and reads them where the service put them', async () => {
    const cluster = await withData('secret', 'pw');
    const config = await docker(cluster, 'manager1', 'config create site -', { input: 'listen 80;\n' });
    expect(config.exitCode).toBe(0);
    const created = await docker(cluster, 'manager1', 'service create -d --name web --secret pw --secret source=pw,target=copy,mode=0400 --config source=site,target=/srv/www/site.conf --config site alpine sleep 1d');
    expect(created.stderr).toBe('');
    cluster.advance(60_000);
    const task = Object.values(cluster.state().tasks).find((t) => t.status.state === 'running');
    const env = containerEnvFor(cluster, task?.id ?? '', () => 0.5);
    expect((await run(env, ls, '/run/secrets')).out).toBe('copy\npw\n');
    expect((await run(env, ls, '-l', '/run/secrets')).out).toMatch(/^total 8\n-r-{8} +1 root +root +7 .* copy\n-r--r--r-- +1 root +root +7 .* pw\n$/);
    expect((await run(env, ls, '/srv/www')).out).toBe('site.conf\n');
    expect((await run(env, ls, '/')).out.split('\n')).toContain('site');
    expect((await run(env, cat, '/run/secrets/copy', '/site')).out).toBe('s3cret\nlisten 80;\n');
  });
});
