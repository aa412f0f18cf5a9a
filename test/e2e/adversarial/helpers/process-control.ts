// Stopping the real server process gracefully, a seeded random source for reproducible kill
// moments, and a check that the process logged nothing at error level.

import type { ProcessServer } from '../../helpers/process-server.js';

/** stopGracefully sends SIGTERM and resolves with the exit code once the process is gone. */
export async function stopGracefully(server: ProcessServer): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
  server.child.kill('SIGTERM');
  return exited;
}

/** errorLines returns the JSON log lines at error level or above (pino: 50, 60). */
export function errorLines(server: ProcessServer): string[] {
  return server.output().split('\n').filter((l) => /"level":\s*(50|60)\b/.test(l));
}

/** seededRandom is mulberry32: the same seed gives the same kill moments and scale values. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
