// The images a classroom uses, and what their main process does once started. No registry is
// reachable, so this table stands in for one: a known repository can be pulled with any tag; an
// unknown one fails like a missing image does on a real node ("No such image: foo:latest").

import { hashFraction } from './entropy.js';

/** ImageInfo describes one known repository. */
export interface ImageInfo {
  /** cmd is the image's default command (CMD, with ENTRYPOINT folded in). */
  cmd: string[];
  /** exposed lists EXPOSE'd ports as `docker ps` shows them (`80/tcp`). */
  exposed: string[];
  /** stopsOnSigterm is false when PID 1 ignores SIGTERM and must be killed after the grace period. */
  stopsOnSigterm: boolean;
  /** requiredEnv names a variable the image refuses to start without (exit 1). */
  requiredEnv?: string[];
  /** server is true when the default command runs until stopped. */
  server: boolean;
}

const SHELL: ImageInfo = { cmd: ['/bin/sh'], exposed: [], stopsOnSigterm: false, server: false };
const server = (cmd: string[], exposed: string[], extra: Partial<ImageInfo> = {}): ImageInfo => ({
  cmd,
  exposed,
  stopsOnSigterm: true,
  server: true,
  ...extra,
});

const CATALOGUE: Record<string, ImageInfo> = {
  alpine: SHELL,
  busybox: { ...SHELL, cmd: ['sh'] },
  ubuntu: { ...SHELL, cmd: ['/bin/bash'] },
  debian: { ...SHELL, cmd: ['bash'] },
  'hello-world': { cmd: ['/hello'], exposed: [], stopsOnSigterm: true, server: false },
  nginx: server(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], ['80/tcp']),
  httpd: server(['httpd-foreground'], ['80/tcp']),
  redis: server(['docker-entrypoint.sh', 'redis-server'], ['6379/tcp']),
  postgres: server(['docker-entrypoint.sh', 'postgres'], ['5432/tcp'], { requiredEnv: ['POSTGRES_PASSWORD'] }),
  mysql: server(['docker-entrypoint.sh', 'mysqld'], ['3306/tcp', '33060/tcp'], { requiredEnv: ['MYSQL_ROOT_PASSWORD'] }),
  mariadb: server(['docker-entrypoint.sh', 'mariadbd'], ['3306/tcp'], { requiredEnv: ['MARIADB_ROOT_PASSWORD'] }),
  'traefik/whoami': server(['/whoami'], ['80/tcp']),
  'containous/whoami': server(['/whoami'], ['80/tcp']),
  'nginxdemos/hello': server(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], ['80/tcp']),
  'dockersamples/visualizer': server(['npm', 'start'], ['8080/tcp']),
  'dockersamples/examplevotingapp_vote': server(['python', 'app.py'], ['80/tcp']),
  'dockersamples/examplevotingapp_result': server(['node', 'server.js'], ['80/tcp']),
  'dockersamples/examplevotingapp_worker': server(['dotnet', 'Worker.dll'], []),
  node: { ...SHELL, cmd: ['docker-entrypoint.sh', 'node'] },
  python: { ...SHELL, cmd: ['python3'] },
  portainer: server(['/portainer'], ['8000/tcp', '9000/tcp', '9443/tcp']),
  'portainer/portainer-ce': server(['/portainer'], ['8000/tcp', '9000/tcp', '9443/tcp']),
  'portainer/agent': server(['./agent'], []),
  registry: server(['/entrypoint.sh', '/etc/docker/registry/config.yml'], ['5000/tcp']),
};

/** ImageRef is a parsed image reference in docker's familiar form. */
export interface ImageRef {
  /** repository is the familiar repository name: `alpine`, `traefik/whoami`. */
  repository: string;
  tag: string;
  digest?: string;
}

const REFERENCE = /^(?:(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(?:library\/)?([a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

/** parseImageRef parses a reference as docker's reference.ParseNormalizedNamed does, or undefined if invalid. */
export function parseImageRef(text: string): ImageRef | undefined {
  const m = REFERENCE.exec(text);
  if (!m || !m[1]) return undefined;
  return { repository: m[1], tag: m[2] ?? 'latest', ...(m[3] !== undefined && { digest: m[3] }) };
}

/** familiarImage renders a reference the way `service ls` shows it: `alpine:latest`. */
export function familiarImage(ref: ImageRef): string {
  return `${ref.repository}:${ref.tag}`;
}

/** imageInfo returns what is known about a repository, or undefined for an image no registry has. */
export function imageInfo(repository: string): ImageInfo | undefined {
  return CATALOGUE[repository];
}

/** imageDigest returns the stable content digest the stand-in registry reports for an image. */
export function imageDigest(image: string): string {
  let hex = '';
  for (let i = 0; hex.length < 64; i++) hex += Math.floor(hashFraction(`${i}:${image}`) * 2 ** 32).toString(16).padStart(8, '0');
  return `sha256:${hex.slice(0, 64)}`;
}

export { imageBuild, type ImageBuild } from './image-builds.js';
