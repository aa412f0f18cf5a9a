// Start and replay figures: a database holding a whole class's history (300 teams, each with
// the services, scalings, rolling updates and removals of a lesson, about 100k events in all) is
// built once; then a fresh server process starts on it and we time startServer(). Separately, one
// team's stream of at least 100k events is replayed from seq 0 with no snapshot.

import { join } from 'node:path';
import type { Peer } from './ipc.js';
import { spawnServerHost, ready } from './procs.js';
import { wallNow } from './stats.js';

/** A lesson's worth of commands, with the simulated minutes that pass after each. */
const LESSON: [string, number][] = [
  ['docker network create -d overlay appnet', 0],
  ['docker service create -d --name web --replicas 3 --network appnet nginx:alpine', 60_000],
  ['docker service create -d --name api --replicas 2 --network appnet alpine sleep 1d', 60_000],
  ['docker service scale -d web=5', 60_000],
  ['docker service update -d --image nginx:1.27-alpine web', 300_000],
  ['docker service scale -d api=4', 60_000],
  ['docker service update -d --env-add MODE=prod api', 300_000],
  ['docker service scale -d web=2', 60_000],
  ['docker service create -d --name cache --replicas 2 --network appnet redis:alpine', 60_000],
  ['docker service scale -d cache=4', 60_000],
  ['docker service update -d --image redis:7-alpine cache', 300_000],
  ['docker service rm api', 60_000],
];

/** HistoryFigures are the start and replay measures. */
export interface HistoryFigures {
  teams: number;
  events: number;
  buildMs: number;
  startMs: number;
  spawnToListeningMs: number;
  rssWithTeamsMiB: number;
  replay?: { events: number; ms: number; eventsPerSecond: number; openWithSnapshotsMs: number };
}

async function withHost<T>(name: string, work: (host: Peer) => Promise<T>): Promise<T> {
  const host = spawnServerHost(name);
  try {
    await ready(host);
    return await work(host);
  } finally {
    await host.call('stop', {}, 30_000).catch(() => undefined);
    await host.stop();
  }
}

function playLesson(host: Peer, team: string): Promise<number> {
  return host.call<number>('play', { team, node: 'manager1', steps: LESSON });
}

/** historyPhase builds the class database, times a start on it, and times a 100k-event replay. */
export async function historyPhase(dir: string, teams: number, replayEvents: number, log: (s: string) => void): Promise<HistoryFigures> {
  const dataDir = join(dir, 'history', 'data');
  const keysDir = join(dir, 'history', 'keys');
  const built = wallNow();
  const names = Array.from({ length: teams }, (_, i) => `h${String(i).padStart(3, '0')}`);
  const events = await withHost('history-build', async (host) => {
    await host.call('start', { dataDir, keysDir });
    let total = 0;
    for (const [i, team] of names.entries()) {
      total += await playLesson(host, team);
      if (i % 50 === 49) log(`  history: ${i + 1}/${teams} teams, ${total} events`);
    }
    return total;
  });
  const buildMs = wallNow() - built;
  const spawned = wallNow();
  const start = await withHost('history-start', async (host) => {
    const r = await host.call<{ startMs: number; teams: number }>('start', { dataDir, keysDir }, 120_000);
    const spawnToListeningMs = wallNow() - spawned;
    const mem = await host.call<NodeJS.MemoryUsage>('memory', { gc: true });
    return { ...r, spawnToListeningMs, rss: mem.rss };
  });
  const figures: HistoryFigures = {
    teams: start.teams,
    events,
    buildMs,
    startMs: start.startMs,
    spawnToListeningMs: start.spawnToListeningMs,
    rssWithTeamsMiB: start.rss / 1024 / 1024,
  };
  if (replayEvents > 0) figures.replay = await replayPhase(dir, replayEvents, log);
  return figures;
}

async function replayPhase(dir: string, target: number, log: (s: string) => void): Promise<HistoryFigures['replay']> {
  const dataDir = join(dir, 'replay', 'data');
  const keysDir = join(dir, 'replay', 'keys');
  const team = 'replay';
  const limits = { maxTasks: 100_000, maxServices: 1000 };
  const deadline = wallNow() + 300_000;
  await withHost('replay-build', async (host) => {
    await host.call('start', { dataDir, keysDir, limits });
    await host.call('docker', { team, node: 'manager1', lines: ['docker service create -d --name web --replicas 1 nginx:alpine'], check: true });
    let seq = 0;
    // Scale up and down, 50 times per round trip, until the stream is long enough.
    const steps: [string, number][] = Array.from({ length: 50 }, (_, i) => [`docker service scale -d web=${i % 2 === 0 ? 12 : 1}`, 120_000]);
    for (let round = 0; seq < target && round < 2_000 && wallNow() < deadline; round++) {
      seq = await host.call<number>('play', { team, node: 'manager1', steps }, 120_000);
      if (round % 4 === 3) log(`  replay stream: ${seq} events`);
    }
  });
  return withHost('replay-open', async (host) => {
    const { startMs: openWithSnapshotsMs } = await host.call<{ startMs: number }>('start', { dataDir, keysDir, limits }, 120_000);
    const r = await host.call<{ ms: number; events: number }>('replay', { team }, 120_000);
    return { events: r.events, ms: r.ms, eventsPerSecond: Math.round(r.events / (r.ms / 1000)), openWithSnapshotsMs };
  });
}
