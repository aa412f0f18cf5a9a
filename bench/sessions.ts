// Who logs in where: session i is user u<i> on node i mod 5 of team t<i/5>, so teams are full
// classes of five (manager1..3, worker1..2). A team's sessions all live in the same load client,
// so a fan-out pair (actor and watcher) shares one clock and one event loop.

import type { Peer } from './ipc.js';
import type { OpenResult, SessionSpec } from './load-client.js';
import { JOIN_CODE } from './codes.js';

const NODES = ['manager1', 'manager2', 'manager3', 'worker1', 'worker2'];

/** teamName is the name of team number t. */
export function teamName(t: number): string {
  return `t${String(t).padStart(3, '0')}`;
}

/** SwarmlabSession is one planned login. */
export interface PlannedSession {
  index: number;
  team: number;
  spec: SessionSpec;
}

/**
 * plan returns sessions from..to-1. sessionsPerAddress > 0 spreads them over 127.0.0.2, .3, ...,
 * counting from session `addressBase`, so classes added in several steps share addresses evenly
 * (the server caps connections per source address).
 */
export function plan(from: number, to: number, sessionsPerAddress = 0, addressBase = from): PlannedSession[] {
  const out: PlannedSession[] = [];
  for (let i = from; i < to; i++) {
    const team = Math.floor(i / 5);
    const node = NODES[i % 5] ?? 'manager1';
    const user = `u${String(i).padStart(4, '0')}`;
    const spec: SessionSpec = { login: `${user}+${node}+${teamName(team)}`, password: JOIN_CODE, prompt: `${user}@${node}:~$ ` };
    if (sessionsPerAddress > 0) spec.localAddress = `127.0.0.${2 + Math.floor((i - addressBase) / sessionsPerAddress)}`;
    out.push({ index: i, team, spec });
  }
  return out;
}

/** clientOf is the load client that holds a team's sessions. */
export function clientOf<T>(clients: readonly T[], team: number): T {
  const c = clients[team % clients.length];
  if (c === undefined) throw new Error('no clients');
  return c;
}

/** openAll opens the planned sessions through their clients, starts spread over spreadMs. */
export async function openAll(clients: Peer[], port: number, planned: PlannedSession[], spreadMs: number, timeoutMs: number, concurrency?: number): Promise<{ results: OpenResult[]; totalMs: number }> {
  const byClient = new Map<Peer, SessionSpec[]>();
  for (const p of planned) {
    const c = clientOf(clients, p.team);
    byClient.set(c, [...(byClient.get(c) ?? []), p.spec]);
  }
  const parts = await Promise.all(
    [...byClient.entries()].map(([c, specs]) =>
      c.call<{ results: OpenResult[]; totalMs: number }>('open', { port, specs, spreadMs, timeoutMs, ...(concurrency !== undefined && { concurrency }) }, spreadMs + timeoutMs + 30_000),
    ),
  );
  return { results: parts.flatMap((p) => p.results), totalMs: Math.max(0, ...parts.map((p) => p.totalMs)) };
}

/** typeAll runs the typing load on every client at once and merges the echo latencies. */
export async function typeAll(clients: Peer[], durationMs: number, keysPerSecond: number, exclude: string[]): Promise<{ latencies: number[]; failures: number; sessions: number }> {
  const parts = await Promise.all(
    clients.map((c) => c.call<{ latencies: number[]; failures: number; sessions: number }>('type', { durationMs, keysPerSecond, exclude }, durationMs + 30_000)),
  );
  return { latencies: parts.flatMap((p) => p.latencies), failures: parts.reduce((s, p) => s + p.failures, 0), sessions: parts.reduce((s, p) => s + p.sessions, 0) };
}
