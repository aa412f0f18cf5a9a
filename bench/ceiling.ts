// The ceiling: add sessions in steps (the newcomers behind 127.0.0.2, .3, ..., at most 300 per
// address, like classes behind separate NATs) and type into all of them, until echo p99 passes
// 50 ms, logins start failing, or the step or time budget runs out. The class grows by half at
// each step, so a few bounded steps cover 300 to 3000.

import { cpuWindow, type CpuFigures } from './cpu-window.js';
import type { Peer } from './ipc.js';
import { openAll, plan, typeAll } from './sessions.js';
import { summarize, wallNow, type Summary } from './stats.js';

/** CeilingStep is the echo measure at one class size. */
export interface CeilingStep {
  sessions: number;
  echo: Summary;
  echoFailures: number;
  loginFailures: number;
  cpu: CpuFigures;
  serverRssMiB: number;
}

/** CeilingFigures is the walk and where it stopped. */
export interface CeilingFigures {
  steps: CeilingStep[];
  /** sessions is the largest class whose echo p99 stayed ≤ 50 ms. */
  sessions: number;
  /** passedAt is the first class size whose echo p99 passed 50 ms, if reached. */
  passedAt?: number;
  stoppedBecause: string;
}

const P99_LIMIT_MS = 50;
const PER_ADDRESS = 300;
// Logins in flight per load client: the server admits at most 50 unauthenticated connections
// from one address, and a step's newcomers mostly share one.
const LOGIN_CONCURRENCY = 20;

/** nextClassSize is the class size after `current`: half again, rounded to 10, at most `max`. */
export function nextClassSize(current: number, max: number): number {
  return Math.min(max, Math.max(current + 10, Math.round((current * 1.5) / 10) * 10));
}

/** findCeiling grows the class from `start` sessions until echo p99 passes 50 ms. */
export async function findCeiling(
  server: Peer,
  clients: Peer[],
  port: number,
  start: number,
  options: { maxSessions: number; typeMs: number; keysPerSecond: number; budgetMs: number; exclude: string[] },
  log: (s: string) => void,
): Promise<CeilingFigures> {
  const steps: CeilingStep[] = [];
  const deadline = wallNow() + options.budgetMs;
  let current = start;
  let next = start;
  let stoppedBecause = `reached --ceiling-max ${options.maxSessions}`;
  for (let step = 0; step < 12; step++) {
    if (next > current) {
      const planned = plan(current, next, PER_ADDRESS, start);
      const opened = await openAll(clients, port, planned, Math.max(2_000, (next - current) * 10), 60_000, LOGIN_CONCURRENCY);
      const failed = opened.results.filter((r) => !r.ok).length;
      current = next;
      if (failed > 0) log(`  ceiling: ${failed} logins failed at ${current}`);
    }
    const window = await cpuWindow(server, clients);
    const typed = await typeAll(clients, options.typeMs, options.keysPerSecond, options.exclude);
    const cpu = await window.stop();
    const mem = await server.call<NodeJS.MemoryUsage>('memory', {});
    const alive = (await Promise.all(clients.map((c) => c.call<number>('count')))).reduce((s, n) => s + n, 0);
    const echo = summarize(typed.latencies);
    const row: CeilingStep = {
      sessions: alive,
      echo,
      echoFailures: typed.failures,
      loginFailures: current - alive,
      cpu,
      serverRssMiB: Math.round(mem.rss / 1024 / 102.4) / 10,
    };
    steps.push(row);
    log(`  ceiling: ${alive} sessions, echo p50 ${echo.p50} ms p99 ${echo.p99} ms max ${echo.max} ms, CPU % of a core: server ${cpu.server}, clients ${cpu.clients}, others ${cpu.others ?? '?'}`);
    if (echo.p99 > P99_LIMIT_MS) {
      stoppedBecause = `echo p99 passed ${P99_LIMIT_MS} ms`;
      break;
    }
    if (row.loginFailures > current * 0.01) {
      stoppedBecause = `${row.loginFailures} sessions failed to log in or dropped`;
      break;
    }
    if (current >= options.maxSessions) break;
    if (wallNow() > deadline) {
      stoppedBecause = 'time budget spent';
      break;
    }
    next = nextClassSize(current, options.maxSessions);
  }
  const ok = steps.filter((s) => s.echo.p99 <= P99_LIMIT_MS);
  const over = steps.find((s) => s.echo.p99 > P99_LIMIT_MS);
  return { steps, sessions: Math.max(0, ...ok.map((s) => s.sessions)), ...(over && { passedAt: over.sessions }), stoppedBecause };
}
