// `npm run bench`: swarmlab's load and latency figures, side by side with OpenSSH (issue 5).
//
// Processes: this orchestrator; one server host (the real swarmlab, in-process there, so its
// memory, CPU, event loop and instructor feed can be read); `--clients` load clients (default 2)
// holding the SSH sessions; and, for the comparison, a temporary OpenSSH sshd. All traffic stays
// on 127.0.0.1 (the ceiling's extra classes use other 127.0.0.x addresses). Every phase is bounded
// in count and time. Results: a table on stdout and bench/results.json.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { historyPhase, type HistoryFigures } from './history-phase.js';
import type { LiveOptions } from './live-phase.js';
import { runLive } from './live-run.js';
import { machine } from './machine.js';
import { floorPhase } from './floor-phase.js';
import { opensshPhase, type OpenSshFigures } from './openssh-phase.js';
import { ready, spawnClients } from './procs.js';
import { wallNow } from './stats.js';
import { buildReport } from './summary.js';
import { updateReadme } from './update-readme.js';

const USAGE = `Usage: npm run bench -- [options]
  --sessions N         interactive sessions, teams of 5 (default 300)
  --clients K          load client processes (default 2)
  --keys-per-second R  typing rate of each session during the load (default 2)
  --type-seconds S     length of the typing load (default 20)
  --idle-seconds S     idle CPU window (default 10)
  --history-teams T    teams in the start-time database (default 300)
  --replay-events E    events in the replay stream (default 100000)
  --ceiling-max N      stop the ceiling search at N sessions (default 3000; 0 skips it)
  --ceiling-seconds S  time budget of the ceiling search (default 60; a step under way finishes)
  --skip-history       skip the start and replay figures
  --skip-openssh       skip the OpenSSH comparison
  --skip-floor         skip the floor (the same typing load on a bare ssh2 echo server)
  --update-readme      also write the figures into README.md's Performance section
  --profile DIR        write CPU profiles of the server (storm, idle, load) into DIR
                       (profiling costs CPU: the CPU figures of such a run are inflated)
`;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** BenchOptions are the parsed command line. */
export interface BenchOptions {
  live: LiveOptions;
  clients: number;
  historyTeams: number;
  replayEvents: number;
  ceilingMax: number;
  ceilingSeconds: number;
  skipHistory: boolean;
  skipOpenssh: boolean;
  skipFloor: boolean;
  updateReadme: boolean;
}

function options(): BenchOptions {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string', default: '300' },
      clients: { type: 'string', default: '2' },
      'keys-per-second': { type: 'string', default: '2' },
      'type-seconds': { type: 'string', default: '20' },
      'idle-seconds': { type: 'string', default: '10' },
      'history-teams': { type: 'string', default: '300' },
      'replay-events': { type: 'string', default: '100000' },
      'ceiling-max': { type: 'string', default: '3000' },
      'ceiling-seconds': { type: 'string', default: '60' },
      'skip-history': { type: 'boolean', default: false },
      'skip-openssh': { type: 'boolean', default: false },
      'skip-floor': { type: 'boolean', default: false },
      'update-readme': { type: 'boolean', default: false },
      profile: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const int = (name: string, text: string, min: number, max: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) {
      process.stderr.write(`bench: --${name} must be a whole number from ${min} to ${max}\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  const sessions = int('sessions', values.sessions, 15, 5000);
  return {
    live: {
      sessions,
      stormMs: 10_000,
      idleMs: int('idle-seconds', values['idle-seconds'], 1, 120) * 1000,
      typeMs: int('type-seconds', values['type-seconds'], 2, 300) * 1000,
      keysPerSecond: int('keys-per-second', values['keys-per-second'], 1, 20),
      probeCount: 200,
      fanoutTrials: 20,
      ...(values.profile !== undefined && { profileDir: resolve(values.profile) }),
    },
    clients: int('clients', values.clients, 1, 8),
    historyTeams: int('history-teams', values['history-teams'], 1, 2000),
    replayEvents: int('replay-events', values['replay-events'], 0, 1_000_000),
    ceilingMax: int('ceiling-max', values['ceiling-max'], 0, 10_000),
    ceilingSeconds: int('ceiling-seconds', values['ceiling-seconds'], 10, 1200),
    skipHistory: values['skip-history'],
    skipOpenssh: values['skip-openssh'],
    skipFloor: values['skip-floor'],
    updateReadme: values['update-readme'],
  };
}

async function main(): Promise<void> {
  const opts = options();
  const started = wallNow();
  const dir = mkdtempSync(join(tmpdir(), 'swarmlab-bench-'));
  const clients = spawnClients(opts.clients);
  try {
    await Promise.all(clients.map((c) => ready(c)));
    let history: HistoryFigures | undefined;
    if (!opts.skipHistory) {
      log(`history: ${opts.historyTeams} teams' lessons, then a ${opts.replayEvents}-event stream`);
      history = await historyPhase(dir, opts.historyTeams, opts.replayEvents, log);
    }
    // The comparisons run before swarmlab's class, not after its ceiling search: thousands of
    // sessions just closed leave the machine busy (sockets, memory) and made OpenSSH's p99 swing
    // from 1.4 to 2.9 ms between two runs. This way every 300-session phase follows a quiet one.
    const openssh: OpenSshFigures = opts.skipOpenssh ? { skipped: '--skip-openssh' } : await opensshPhase(dir, clients, opts.live, log);
    // The floor is a comparison: if it fails, say so and keep every other figure of the run.
    const floor = opts.skipFloor
      ? undefined
      : await floorPhase(clients, opts.live, log).catch((error: unknown) => {
          log(`floor phase failed: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        });
    const live = await runLive(dir, clients, opts, log);
    const report = buildReport({ machine: machine(), opts, history, live, openssh, floor, durationMs: wallNow() - started });
    process.stdout.write(`${report.table}\nFor the README (Performance section):\n\n${report.markdown}`);
    const file = resolve(import.meta.dirname, '../../bench/results.json');
    writeFileSync(file, `${JSON.stringify(report.json, null, 2)}\n`);
    log(`wrote ${file}`);
    if (opts.updateReadme) updateReadme(report.markdown, log);
  } finally {
    await Promise.all(clients.map((c) => c.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
