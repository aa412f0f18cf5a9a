// The live class against swarmlab, in order: start, teams, login storm, idle (memory, CPU),
// typing under OpenSSH's load (the compared echo), typing with the docker probes, sequential
// logins, then the ceiling search.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findCeiling } from './ceiling.js';
import { cpuWindow } from './cpu-window.js';
import type { Peer } from './ipc.js';
import { loginOf, opensshNegotiation, prepareTeams, probes, stormFigures, typingWithEchoHi, type LiveOptions } from './live-phase.js';
import { ready, spawnServerHost } from './procs.js';
import { clientOf, openAll, plan, teamName, typeAll } from './sessions.js';
import { sleep, summarize } from './stats.js';

type Io = { wchar: number; syscw: number; writeBytes: number };

/** LiveFigures are everything the live run measured. */
export type LiveFigures = Awaited<ReturnType<typeof runLive>>;

async function profiled<T>(server: Peer, dir: string | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (dir === undefined) return work();
  mkdirSync(dir, { recursive: true });
  await server.call('profileStart');
  try {
    return await work();
  } finally {
    await server.call('profileStop', { file: join(dir, `${name}.cpuprofile`) });
  }
}

/** runLive runs the class against a fresh swarmlab and returns its figures. */
export async function runLive(dir: string, clients: Peer[], opts: { live: LiveOptions; ceilingMax: number; ceilingSeconds: number }, log: (s: string) => void) {
  const live = opts.live;
  const server = spawnServerHost();
  try {
    await ready(server);
    const { port } = await server.call<{ port: number }>('start', { dataDir: join(dir, 'live', 'data'), keysDir: join(dir, 'live', 'keys') });
    const teams = Math.ceil(live.sessions / 5);
    const mem0 = await server.call<NodeJS.MemoryUsage>('memory', { gc: true });
    await server.call('createTeams', { names: Array.from({ length: teams }, (_, t) => teamName(t)) }, 120_000);
    const mem1 = await server.call<NodeJS.MemoryUsage>('memory', { gc: true });
    const planned = plan(0, live.sessions);
    log(`swarmlab on 127.0.0.1:${port} with ${teams} teams; login storm: ${live.sessions} sessions within ${live.stormMs / 1000} s from ${clients.length} client processes`);
    const stormCpu = await cpuWindow(server, clients);
    const opened = await profiled(server, live.profileDir, 'storm', () => openAll(clients, port, planned, live.stormMs, 30_000));
    const storm = stormFigures(opened.results, opened.totalMs, await stormCpu.stop());
    log(`  ${storm.sessions - storm.failures}/${storm.sessions} at the prompt in ${(storm.totalMs / 1000).toFixed(1)} s; to prompt p50 ${storm.toPrompt.p50} ms p99 ${storm.toPrompt.p99} ms`);
    const openssh = opensshNegotiation(port);
    await sleep(3_000);
    const mem2 = await server.call<NodeJS.MemoryUsage>('memory', { gc: true });
    log(`team t000 gets 50 services × 4 replicas, t001 the service fan`);
    await prepareTeams(server);
    await sleep(1_000);
    const mem3 = await server.call<NodeJS.MemoryUsage>('memory', { gc: true });
    log(`idle: ${live.idleMs / 1000} s with ${live.sessions} sessions`);
    const idleCpu = await cpuWindow(undefined, clients);
    const idle = await profiled(server, live.profileDir, 'idle', () =>
      server.call<{ percentOfCore: number; cpuMs: number; wallMs: number; elu: number }>('cpu', { ms: live.idleMs }, live.idleMs + 10_000),
    );
    const idleMachine = await idleCpu.stop();
    log(`same load as OpenSSH: every session but one types ${live.keysPerSecond} keys/s for ${live.typeMs / 1000} s; that one runs echo hi every 50 ms`);
    const matchedCpu = await cpuWindow(server, clients);
    const matched = await profiled(server, live.profileDir, 'matched', () => typingWithEchoHi(clients, { client: clientOf(clients, 0), key: loginOf(planned, 0) }, live));
    const matchedCpuFigures = await matchedCpu.stop();
    log(`  echo p50 ${matched.echo.p50} ms p99 ${matched.echo.p99} ms over ${matched.echo.count} keys; echo hi p50 ${matched.echoHi.latency.p50} ms p99 ${matched.echoHi.latency.p99} ms`);
    await sleep(1_000);
    const probeLogins = [0, 1, 5, 6, 10].map((i) => loginOf(planned, i));
    log(`load: every other session types ${live.keysPerSecond} keys/s for ${live.typeMs / 1000} s; probes run docker node ls, service ps, exec ping, scale fan-out`);
    await server.call('lagStart');
    const loadCpu = await cpuWindow(server, clients);
    const io0 = await server.call<Io | undefined>('io');
    const [typed, probed] = await profiled(server, live.profileDir, 'load', () =>
      Promise.all([typeAll(clients, live.typeMs, live.keysPerSecond, probeLogins), probes(server, clients, planned, live)]),
    );
    const loadCpuFigures = await loadCpu.stop();
    const io1 = await server.call<Io | undefined>('io');
    const io = io0 && io1 ? { bytesWritten: io1.writeBytes - io0.writeBytes, writeCalls: io1.syscw - io0.syscw, bytesPassedToWrite: io1.wchar - io0.wchar } : undefined;
    const lag = await server.call<{ p50: number; p99: number; max: number; mean: number; gc: Record<string, { count: number; totalMs: number; maxMs: number }> }>('lag');
    const heldAfterLoad = (await Promise.all(clients.map((c) => c.call<number>('count')))).reduce((sum, n) => sum + n, 0);
    const echo = { ...summarize(typed.latencies), failures: typed.failures, sessions: typed.sessions };
    log(`  echo p50 ${echo.p50} ms p99 ${echo.p99} ms max ${echo.max} ms over ${echo.count} keys (${echo.failures} lost)`);
    log('sequential logins: 20, one at a time');
    const seqCpu = await cpuWindow(server, clients);
    const sequential = await openAll(clients, port, plan(live.sessions, live.sessions + 20), 0, 30_000, 1);
    const seqCpuFigures = await seqCpu.stop();
    let ceiling: Awaited<ReturnType<typeof findCeiling>> | undefined;
    if (opts.ceilingMax > live.sessions) {
      log(`ceiling: growing the class until echo p99 passes 50 ms (at most ${opts.ceilingMax} sessions, about ${opts.ceilingSeconds} s)`);
      ceiling = await findCeiling(server, clients, port, live.sessions + 20, { maxSessions: opts.ceilingMax, typeMs: 8_000, keysPerSecond: live.keysPerSecond, budgetMs: opts.ceilingSeconds * 1000, exclude: probeLogins }, log);
    }
    const clientsAfter = await Promise.all(clients.map((c) => c.call<{ cpu: NodeJS.CpuUsage; memory: NodeJS.MemoryUsage; uptimeMs: number }>('stats')));
    await Promise.all(clients.map((c) => c.call('closeAll', {}, 60_000)));
    return {
      port,
      teams,
      memory: { baseline: mem0, withTeams: mem1, withSessions: mem2, withBigTeams: mem3 },
      storm,
      openssh,
      idle: { ...idle, machine: idleMachine },
      matched: { ...matched, cpu: matchedCpuFigures },
      load: { heldAfterLoad, echo, probes: probed, cpu: loadCpuFigures, io, serverEventLoopDelay: lag },
      sequential: stormFigures(sequential.results, sequential.totalMs, seqCpuFigures),
      ceiling,
      clientsAfter,
    };
  } finally {
    await server.call('stop', {}, 30_000).catch(() => undefined);
    await server.stop();
  }
}

