// The server side of the benchmark, in its own process: the real swarmlab (startServer) on
// 127.0.0.1, plus what only the server's own process can see: its memory and CPU, its event-loop
// delay, the instructor feed as lines arrive, CPU profiles, and in-process preparation of teams
// (big clusters, history) through the same docker CLI code a session runs.

import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PerformanceObserver, constants as perfConstants, monitorEventLoopDelay, performance, type PerformanceEntry } from 'node:perf_hooks';
import { pino } from 'pino';
import { DEFAULT_LIMITS, type Config } from '../src/config.js';
import { evolve, emptyCluster, type ClusterEvent } from '../src/cluster/index.js';
import { realEntropy } from '../src/lab/real-entropy.js';
import { nodeRuntime, startServer, type RunningServer } from '../src/server.js';
import type { ProcessIO } from '../src/shell/process-io.js';
import { INSTRUCTOR_CODE, JOIN_CODE } from './codes.js';
import { serve } from './ipc.js';
import { wallNow } from './stats.js';


let running: RunningServer | undefined;
const feed: { at: number; team: string; text: string }[] = [];
const lag = monitorEventLoopDelay({ resolution: 1 });
// Garbage-collection pauses while the event-loop delay is sampled: a pause stalls every session.
let gcPauses: { kind: string; ms: number }[] = [];
const GC_KINDS: Record<number, string> = {
  [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? -1;
    if (gcPauses.length < 200_000) gcPauses.push({ kind: GC_KINDS[kind] ?? String(kind), ms: e.duration });
  }
});
let profiler: Session | undefined;

function server(): RunningServer {
  if (!running) throw new Error('server not started');
  return running;
}

/** runDockerLine runs one `docker …` line on a team's node in-process, as a session would. */
async function runDockerLine(team: string, node: string, line: string): Promise<{ status: number; out: string }> {
  const lab = server().lab;
  const runtime = nodeRuntime(realEntropy());
  const deps = runtime({ team: lab.team(team), user: 'bench', hostname: node, lang: 'en', instructor: false });
  let out = '';
  const io: ProcessIO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    isTTY: false,
    size: () => ({ columns: 200, rows: 50 }),
    signal: new AbortController().signal,
    sleep: (ms) => new Promise((resolve) => setTimeout(() => resolve(true), Math.min(ms, 50))),
  };
  const argv = line.trim().split(/\s+/).slice(1);
  const status = await deps.docker(argv, io);
  return { status, out };
}

serve({
  async start(args: { dataDir: string; keysDir: string; limits?: Partial<Config['limits']> }) {
    const config: Config = {
      host: '127.0.0.1',
      port: 0,
      dataDir: args.dataDir,
      keysDir: args.keysDir,
      joinCode: JOIN_CODE,
      instructorCode: INSTRUCTOR_CODE,
      managers: 3,
      workers: 2,
      logLevel: 'silent',
      limits: { ...DEFAULT_LIMITS, ...args.limits },
      // The lessons shipped with swarmlab: the default is found relative to dist/, not dist-bench/.
      lessonsDir: resolve(import.meta.dirname, '../../lessons'),
    };
    const t0 = performance.now();
    running = await startServer(config, { log: pino({ level: 'silent' }) });
    const startMs = performance.now() - t0;
    if (!running) throw new Error('server did not start');
    running.lab.feed.onLine((line) => {
      feed.push({ at: wallNow(), team: line.team, text: line.text });
      if (feed.length > 20_000) feed.splice(0, 10_000);
    });
    return { port: running.port, startMs, teams: running.lab.teamNames().length, processUptimeMs: process.uptime() * 1000 };
  },

  async memory(args: { gc?: boolean }) {
    if (args.gc && typeof globalThis.gc === 'function') {
      for (let i = 0; i < 4; i++) {
        globalThis.gc();
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    return process.memoryUsage();
  },

  async cpu(args: { ms: number }) {
    const c0 = process.cpuUsage();
    const e0 = performance.eventLoopUtilization();
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, args.ms));
    const c = process.cpuUsage(c0);
    const wallMs = performance.now() - t0;
    const cpuMs = (c.user + c.system) / 1000;
    return { cpuMs, userMs: c.user / 1000, systemMs: c.system / 1000, wallMs, percentOfCore: (cpuMs / wallMs) * 100, elu: performance.eventLoopUtilization(e0).utilization };
  },

  cpuSince(args: { since?: NodeJS.CpuUsage }) {
    return { usage: process.cpuUsage(args.since), at: performance.now() };
  },

  /** io reads this process's I/O counters (Linux): bytes written to storage, and write() calls. */
  io() {
    try {
      const fields = Object.fromEntries(
        readFileSync('/proc/self/io', 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.split(':').map((x) => x.trim()) as [string, string])
          .map(([k, v]) => [k, Number(v)]),
      ) as Record<string, number>;
      return { wchar: fields.wchar ?? 0, syscw: fields.syscw ?? 0, writeBytes: fields.write_bytes ?? 0 };
    } catch {
      return undefined;
    }
  },

  /** lagStart starts sampling event-loop delay (a 1 ms timer: never left on while measuring idle CPU). */
  lagStart() {
    lag.reset();
    lag.enable();
    gcPauses = [];
    gcObserver.observe({ entryTypes: ['gc'] });
    return true;
  },

  lag() {
    lag.disable();
    gcObserver.disconnect();
    const ms = (ns: number): number => Math.round((ns / 1e6) * 100) / 100;
    const round = (x: number): number => Math.round(x * 100) / 100;
    const gc: Record<string, { count: number; totalMs: number; maxMs: number }> = {};
    for (const p of gcPauses) {
      const g = (gc[p.kind] ??= { count: 0, totalMs: 0, maxMs: 0 });
      g.count++;
      g.totalMs = round(g.totalMs + p.ms);
      g.maxMs = round(Math.max(g.maxMs, p.ms));
    }
    return { p50: ms(lag.percentile(50)), p99: ms(lag.percentile(99)), max: ms(lag.max), mean: ms(lag.mean), gc };
  },

  createTeams(args: { names: string[] }) {
    const t0 = performance.now();
    for (const name of args.names) server().lab.team(name);
    return { ms: performance.now() - t0 };
  },

  async docker(args: { team: string; node: string; lines: string[]; check?: boolean }) {
    const results: { line: string; status: number; out: string }[] = [];
    for (const line of args.lines) {
      const r = await runDockerLine(args.team, args.node, line);
      if (args.check && r.status !== 0) throw new Error(`${line}: exit ${r.status}: ${r.out}`);
      results.push({ line, ...r });
    }
    return results;
  },

  /** play runs a script of `docker …` lines on a team's node, advancing the team's clock after each (one round trip per team). */
  async play(args: { team: string; node: string; steps: [string, number][] }) {
    for (const [line, afterMs] of args.steps) {
      const r = await runDockerLine(args.team, args.node, line);
      if (r.status !== 0) throw new Error(`${line}: exit ${r.status}: ${r.out}`);
      if (afterMs > 0) server().lab.team(args.team).setClock({ stepMs: afterMs });
    }
    return server().lab.team(args.team).state.seq;
  },

  fastForward(args: { team: string; ms: number }) {
    server().lab.team(args.team).setClock({ stepMs: args.ms });
    return server().lab.team(args.team).state.seq;
  },

  teamSeq(args: { team: string }) {
    return server().lab.team(args.team).state.seq;
  },

  taskStates(args: { team: string }) {
    const counts: Record<string, number> = {};
    for (const t of Object.values(server().lab.team(args.team).state.tasks)) counts[t.status.state] = (counts[t.status.state] ?? 0) + 1;
    return counts;
  },

  feedFind(args: { team: string; contains: string; after: number }) {
    return feed.find((l) => l.team === args.team && l.at >= args.after && l.text.includes(args.contains))?.at;
  },

  /** replay reads a team's whole event stream from seq 0 and folds it, as a start without snapshots would. */
  replay(args: { team: string }) {
    const store = server().store;
    const t0 = performance.now();
    const state = emptyCluster();
    let events = 0;
    for (const stored of store.events.read(args.team, 0)) {
      evolve(state, { type: stored.type, data: stored.data } as ClusterEvent);
      events++;
    }
    return { ms: performance.now() - t0, events, tasks: Object.keys(state.tasks).length };
  },

  async profileStart() {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.post('Profiler.start');
    return true;
  },

  async profileStop(args: { file: string }) {
    if (!profiler) return false;
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(args.file, JSON.stringify(profile));
    profiler.disconnect();
    profiler = undefined;
    return true;
  },

  async stop() {
    await running?.stop('bench end');
    running = undefined;
    setTimeout(() => process.exit(0), 20);
    return true;
  },
});
