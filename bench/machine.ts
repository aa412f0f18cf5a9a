// What the figures came from: CPU, cores, memory, OS, Node.

import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';

/** Machine describes the host the benchmark ran on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  kernel: string;
  node: string;
}

/** machine reads the host's description. */
export function machine(): Machine {
  let os = process.platform as string;
  try {
    os = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // not Linux, or no os-release: keep the platform name
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os,
    kernel: release(),
    node: process.version,
  };
}
