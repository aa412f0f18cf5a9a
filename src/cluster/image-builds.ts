// The stand-in registry's builds: what `docker image ls` shows of a pulled image. Sizes are the
// uncompressed linux/amd64 sizes of the real images (rounded), build dates fixed a little before
// the classroom's calendar; a tag other than the usual one is an older build of the same size
// family. IDs are stable hashes of the reference, so every node shows the same ID for an image.

import { hashFraction } from './entropy.js';
import type { ImageRef } from './images.js';

const DAY_MS = 86_400_000;

/** BUILDS holds each known repository's size in bytes and its build date (UTC). */
const BUILDS: Record<string, { size: number; built: number }> = {
  alpine: { size: 8_310_000, built: Date.UTC(2026, 9, 8, 17, 42, 3) },
  busybox: { size: 4_270_000, built: Date.UTC(2026, 8, 26, 21, 31, 42) },
  ubuntu: { size: 78_100_000, built: Date.UTC(2026, 9, 13, 11, 2, 17) },
  debian: { size: 117_000_000, built: Date.UTC(2026, 10, 3, 0, 14, 55) },
  'hello-world': { size: 10_100, built: Date.UTC(2025, 7, 8, 19, 26, 1) },
  nginx: { size: 192_000_000, built: Date.UTC(2026, 10, 12, 1, 20, 44) },
  httpd: { size: 148_000_000, built: Date.UTC(2026, 10, 11, 23, 6, 12) },
  redis: { size: 117_000_000, built: Date.UTC(2026, 10, 4, 18, 40, 9) },
  postgres: { size: 438_000_000, built: Date.UTC(2026, 10, 14, 3, 51, 30) },
  mysql: { size: 602_000_000, built: Date.UTC(2026, 9, 21, 22, 12, 48) },
  mariadb: { size: 407_000_000, built: Date.UTC(2026, 10, 6, 9, 33, 21) },
  'traefik/whoami': { size: 6_620_000, built: Date.UTC(2026, 4, 19, 8, 5, 37) },
  'containous/whoami': { size: 7_370_000, built: Date.UTC(2020, 11, 10, 14, 52, 0) },
  'nginxdemos/hello': { size: 48_400_000, built: Date.UTC(2026, 7, 29, 12, 44, 10) },
  'dockersamples/visualizer': { size: 148_000_000, built: Date.UTC(2019, 6, 17, 20, 11, 3) },
  'dockersamples/examplevotingapp_vote': { size: 136_000_000, built: Date.UTC(2024, 1, 2, 16, 20, 0) },
  'dockersamples/examplevotingapp_result': { size: 146_000_000, built: Date.UTC(2024, 1, 2, 16, 25, 0) },
  'dockersamples/examplevotingapp_worker': { size: 196_000_000, built: Date.UTC(2024, 1, 2, 16, 30, 0) },
  node: { size: 1_120_000_000, built: Date.UTC(2026, 10, 10, 20, 3, 11) },
  python: { size: 1_020_000_000, built: Date.UTC(2026, 10, 9, 7, 48, 29) },
  portainer: { size: 294_000_000, built: Date.UTC(2022, 3, 18, 3, 10, 0) },
  'portainer/portainer-ce': { size: 186_000_000, built: Date.UTC(2026, 9, 30, 22, 17, 5) },
  'portainer/agent': { size: 171_000_000, built: Date.UTC(2026, 9, 30, 22, 20, 41) },
  registry: { size: 57_200_000, built: Date.UTC(2026, 7, 14, 10, 1, 2) },
};

const DEFAULT_TAGS = new Set(['latest', 'stable', 'mainline', 'alpine']);

/** ImageBuild is one image as the engine lists it. */
export interface ImageBuild {
  /** id is the config digest, `sha256:` and 64 hex digits. */
  id: string;
  size: number;
  createdAt: number;
}

function hex64(salt: string): string {
  let hex = '';
  for (let i = 0; hex.length < 64; i++) hex += Math.floor(hashFraction(`${i}:${salt}`) * 2 ** 32).toString(16).padStart(8, '0');
  return hex.slice(0, 64);
}

/** imageBuild returns the build a reference names, or undefined for an unknown repository. */
export function imageBuild(ref: ImageRef): ImageBuild | undefined {
  const base = BUILDS[ref.repository];
  if (!base) return undefined;
  const key = `${ref.repository}:${ref.tag}`;
  // A pinned, non-default tag is an older build: up to a year older, a few percent off in size.
  const older = DEFAULT_TAGS.has(ref.tag) ? 0 : Math.floor(hashFraction(`age:${key}`) * 365) * DAY_MS;
  const size = DEFAULT_TAGS.has(ref.tag) ? base.size : Math.round(base.size * (0.9 + hashFraction(`size:${key}`) * 0.15));
  return { id: `sha256:${hex64(`image-id:${key}`)}`, size, createdAt: base.built - older };
}
