// Image sizes for `docker ps -s` (the container's virtual size is its image's size, in bytes):
// close to the amd64 images of late 2025 as `docker images` reports them. Unknown images get a
// modest default; these numbers are for believability, not for any check.

const SIZES: Record<string, number> = {
  alpine: 8_310_000,
  busybox: 4_270_000,
  ubuntu: 78_100_000,
  debian: 117_000_000,
  'hello-world': 10_100,
  nginx: 192_000_000,
  httpd: 148_000_000,
  redis: 137_000_000,
  postgres: 438_000_000,
  mysql: 797_000_000,
  mariadb: 407_000_000,
  'traefik/whoami': 6_610_000,
  'containous/whoami': 7_370_000,
  'nginxdemos/hello': 49_200_000,
  node: 1_130_000_000,
  python: 1_020_000_000,
  registry: 57_700_000,
};

/** imageSize returns the size in bytes of an image repository. */
export function imageSize(repository: string): number {
  return SIZES[repository] ?? 25_000_000;
}
