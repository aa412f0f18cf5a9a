// What the simulated task image and its host look like from inside: the alpine release, the
// busybox build and the Docker host's kernel. One place, so the version strings agree everywhere.
//
// Alpine 3.20 is the newest release that ships busybox 1.36.1, the busybox whose sources
// (mirror/busybox tag 1_36_1) every applet here mirrors; later alpines ship 1.37 with the same
// output formats for these applets.

/** ALPINE_VERSION is the content of /etc/alpine-release without its newline. */
export const ALPINE_VERSION = '3.20.6';

/** BUSYBOX_BANNER starts busybox's usage texts (`bb_banner` + build stamp from alpine's aports). */
export const BUSYBOX_BANNER = 'BusyBox v1.36.1 (2025-01-23 17:49:42 UTC)';

/**
 * KERNEL is what uname(2) reports on the Docker host (an Ubuntu 24.04 VM): containers share the
 * host kernel, so `uname -r` shows the host's release.
 */
export const KERNEL = {
  sysname: 'Linux',
  release: '6.8.0-51-generic',
  version: '#52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024',
  machine: 'x86_64',
} as const;

/** FALLBACK_NOW is the clock used when the environment gives none (tests): 2026-11-22 20:40 UTC. */
export const FALLBACK_NOW = Date.UTC(2026, 10, 22, 20, 40, 0);
