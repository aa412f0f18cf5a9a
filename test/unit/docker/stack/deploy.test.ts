// docker stack deploy: docker/cli v28.2.2 cli/command/stack/deploy.go, loader/loader.go,
// swarm/deploy.go (the --detach notice, checkDaemonIsSwarmManager), swarm/deploy_composefile.go
// (Creating/Updating lines, external networks), cli/compose/convert (names and labels).

import { describe, expect, it } from 'vitest';
import { docker, FakeCluster, golden } from '../harness.js';
import { deployed, FILES } from './fixtures.js';

const DETACH_NOTICE = 'Since --detach=false was not specified, tasks will be created in the background.\nIn a future release, --detach=false will become the default.\n';

describe('docker stack deploy', () => {
  const errors: [string, string, Record<string, string>, string][] = [
    ['no compose file', 'stack deploy app', {}, 'Specify a Compose file (with --compose-file)\n'],
    ['missing file', 'stack deploy -c nope.yml app', {}, 'open nope.yml: no such file or directory\n'],
    ['unknown key', 'stack deploy -c c.yml app', { 'c.yml': 'services:\n  web:\n    image: x\n    foo: 1\n' }, 'services.web Additional property foo is not allowed\n'],
    ['no image', 'stack deploy -c c.yml app', { 'c.yml': 'services:\n  web:\n    command: ls\n' }, 'invalid image reference for service web: no image specified\n'],
    ['bad --resolve-image', 'stack deploy -c c.yml --resolve-image sometimes app', { 'c.yml': 'services:\n  web:\n    image: x\n' }, 'Invalid option sometimes for flag --resolve-image\n'],
    ['missing external network', 'stack deploy -c c.yml app', { 'c.yml': 'services:\n  web:\n    image: x\n    networks: [ext]\nnetworks:\n  ext:\n    external: true\n' },
      `${DETACH_NOTICE}network "ext" is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed\n`],
    ['undefined network', 'stack deploy -c c.yml app', { 'c.yml': 'services:\n  web:\n    image: x\n    networks: [nope]\n' }, `${DETACH_NOTICE}undefined network "nope"\n`],
    ['missing secret file', 'stack deploy -c c.yml app', { 'c.yml': 'services:\n  web:\n    image: x\nsecrets:\n  s:\n    file: ./s.txt\n' }, `${DETACH_NOTICE}open s.txt: no such file or directory\n`],
  ];
  it.each(errors)('%s: docker %s', async (_name, line, files, stderr) => {
    const result = await docker(FakeCluster.classroom(), 'manager1', line, { files });
    expect(result.stderr).toBe(stderr);
    expect(result.exitCode).toBe(1);
  });

  it('is refused on a worker with the CLI\'s own message', async () => {
    const result = await docker(FakeCluster.classroom(), 'worker1', 'stack deploy -c docker-compose.yml app', { files: FILES });
    expect(result.stderr).toBe(`${DETACH_NOTICE}this node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again\n`);
  });

  it('creates networks, the secret, the config and the services', async () => {
    const cluster = FakeCluster.classroom();
    const result = await docker(cluster, 'manager1', 'stack deploy -c docker-compose.yml app', { files: FILES });
    expect(result.stderr).toBe(DETACH_NOTICE);
    await expect(result.stdout).toMatchFileSnapshot(golden('stack/deploy-create'));
    const web = Object.values(cluster.state().services).find((s) => s.spec.name === 'app_web');
    expect(web?.spec.labels).toEqual({ 'com.docker.stack.image': 'nginx:1.27', 'com.docker.stack.namespace': 'app' });
    expect(web?.spec.containerLabels).toEqual({ 'com.docker.stack.namespace': 'app' });
    expect(web?.spec.networks.map((n) => [cluster.state().networks[n.target]?.name, n.aliases])).toEqual([['app_back', ['web']], ['app_front', ['web']]]);
    expect(web?.spec.configs?.[0]).toMatchObject({ name: 'app_site', target: '/etc/nginx/conf.d/site.conf' });
    expect(Object.values(cluster.state().networks).find((n) => n.name === 'app_back')?.labels).toEqual({ 'com.docker.stack.namespace': 'app' });
  });

  it('redeploys in place: updates services, creates nothing twice', async () => {
    const cluster = await deployed();
    const result = await docker(cluster, 'manager1', 'stack deploy --detach=true -c docker-compose.yml app', { files: FILES });
    expect(result.stderr).toBe('');
    expect(result.stdout.replace(/id: [0-9a-z]{25}/g, 'id: ID')).toBe('Updating service app_db (id: ID)\nUpdating service app_web (id: ID)\n');
  });

  // deploy_composefile.go: with --prune, services of the stack the file no longer names are
  // removed first (swarm/remove.go removeServices prints "Removing service <name>").
  it('--prune removes the services the file no longer names; without it they stay', async () => {
    const cluster = await deployed();
    const onlyWeb = { ...FILES, 'c.yml': FILES['docker-compose.yml']!.replace(/\n  db:\n(    .*\n|      .*\n)*/, '\n') };
    const kept = await docker(cluster, 'manager1', 'stack deploy -d=true -c c.yml app', { files: onlyWeb });
    expect(kept.exitCode).toBe(0);
    expect(kept.stdout).not.toContain('Removing');
    const pruned = await docker(cluster, 'manager1', 'stack deploy -d=true --prune -c c.yml app', { files: onlyWeb });
    expect(pruned.stderr).toBe('');
    expect(pruned.stdout.replace(/id: [0-9a-z]{25}/g, 'id: ID')).toBe('Removing service app_db\nUpdating service app_web (id: ID)\n');
    expect(Object.values(cluster.state().services).map((s) => s.spec.name)).toEqual(['app_web']);
  });

  it('prints the ignored keys as docker does', async () => {
    const files = { 'c.yml': 'services:\n  web:\n    image: x\n    restart: always\n    build: .\n' };
    const result = await docker(FakeCluster.classroom(), 'manager1', 'stack deploy -d=true -c c.yml app', { files });
    expect(result.stderr).toBe('Ignoring unsupported options: build, restart\n\n');
    expect(result.exitCode).toBe(0);
  });
});
