// The same class against the floor server (floor-server.ts): the same logins spread over the same
// storm window, the same typing load, measured by the same load clients. Its echo latency is what
// one Node process with ssh2 costs before swarmlab does any work of its own.

import { cpuWindow, type CpuFigures } from './cpu-window.js';
import type { Peer } from './ipc.js';
import type { LiveOptions } from './live-phase.js';
import { ready, spawnPeer } from './procs.js';
import { openAll, plan, typeAll } from './sessions.js';
import { sleep, summarize, type Summary } from './stats.js';

/** FloorFigures are the floor server's echo under the class's typing load. */
export interface FloorFigures {
  sessions: number;
  loginFailures: number;
  echo: Summary & { failures: number };
  cpu: CpuFigures;
}

/** floorPhase runs the typing load against a bare ssh2 echo server. */
export async function floorPhase(clients: Peer[], options: LiveOptions, log: (s: string) => void): Promise<FloorFigures> {
  const server = spawnPeer('floor', 'floor-server.js');
  try {
    await ready(server);
    const { port } = await server.call<{ port: number }>('start', {});
    log(`floor (a bare ssh2 echo server, one Node process) on 127.0.0.1:${port}: ${options.sessions} sessions, typing for ${options.typeMs / 1000} s`);
    const opened = await openAll(clients, port, plan(0, options.sessions), options.stormMs, 30_000);
    await sleep(3_000);
    const window = await cpuWindow(undefined, clients);
    const typed = await typeAll(clients, options.typeMs, options.keysPerSecond, []);
    const cpu = await window.stop();
    await Promise.all(clients.map((c) => c.call('closeAll', {}, 30_000)));
    const echo = { ...summarize(typed.latencies), failures: typed.failures };
    log(`  floor: echo p50 ${echo.p50} ms p99 ${echo.p99} ms over ${echo.count} keys`);
    return { sessions: options.sessions, loginFailures: opened.results.filter((r) => !r.ok).length, echo, cpu };
  } finally {
    await server.call('stop', {}, 5_000).catch(() => undefined);
    await server.stop();
  }
}
