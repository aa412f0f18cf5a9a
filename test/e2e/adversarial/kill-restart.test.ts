// Durability under SIGKILL (issue 6): a scripted class of 8 teams, 2 students each, keeps
// changing its clusters while the real server process is killed with SIGKILL at a random moment,
// again and again, on the same data directory. After every restart, everything a student saw
// succeed is there (IDs, names, replica counts), and a command in flight at the kill either
// happened or did not. Then a graceful restart changes nothing, and every team's event log
// replays from scratch to the same cluster as from its newest snapshot.
// 5 cycles under `npm test`; SWARMLAB_FUZZ=long runs 50. SWARMLAB_KILL_SEED replays a run.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasBuild, killHard, startProcessServer, type ProcessServer } from '../helpers/process-server.js';
import { Student } from './helpers/class-script.js';
import { Ledger } from './helpers/ledger.js';
import { errorLines, seededRandom, stopGracefully } from './helpers/process-control.js';
import { replayTeams } from './helpers/replay-check.js';
import { comparable, readTeamState } from './helpers/team-state.js';

const LONG = process.env.SWARMLAB_FUZZ === 'long';
const CYCLES = LONG ? 50 : 5;
const TEAMS = Array.from({ length: 8 }, (_, i) => `class${i + 1}`);
const SEED = Number(process.env.SWARMLAB_KILL_SEED ?? Date.now() % 1_000_000);

const dir = mkdtempSync(join(tmpdir(), 'swarmlab-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** verify reads every team and checks it against the ledger, then adopts the answers to in-flight commands. */
async function verify(port: number, ledger: Ledger): Promise<string[]> {
  const states = await Promise.all(TEAMS.map((team) => readTeamState(port, team)));
  const problems: string[] = [];
  TEAMS.forEach((team, i) => {
    const state = states[i];
    if (!state) return;
    problems.push(...ledger.check(team, state));
    ledger.settle(team, state);
  });
  return problems;
}

it.runIf(hasBuild())(`keeps every acknowledged change through ${CYCLES} SIGKILLs (seed ${SEED})`, async () => {
  const random = seededRandom(SEED);
  const ledger = new Ledger();
  const students = TEAMS.flatMap((team, t) => [0, 1].map((i) => new Student(team, t * 2 + i, ledger)));
  const timings: { start: number; verify: number; ran: number; inFlight: number }[] = [];
  let server: ProcessServer = await startProcessServer(dir);
  const began = Date.now();
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    const t0 = Date.now();
    const problems = cycle === 1 ? [] : await verify(server.port, ledger);
    expect(problems, `cycle ${cycle}, seed ${SEED}`).toEqual([]);
    expect(errorLines(server)).toEqual([]);
    const t1 = Date.now();
    let stop = false;
    const runs = students.map((s, i) => s.run(server.port, i % 2 === 0 ? 'manager1' : 'manager3', () => stop, random));
    await sleep(300 + random() * 1700);
    const inFlight = students.filter((s) => s.busy).length;
    stop = true;
    await killHard(server);
    await Promise.all(runs);
    const t2 = Date.now();
    server = await startProcessServer(dir);
    timings.push({ start: Date.now() - t2, verify: t1 - t0, ran: t2 - t1, inFlight });
  }
  expect(await verify(server.port, ledger), `after the last kill, seed ${SEED}`).toEqual([]);

  // A graceful restart must change nothing a student can see.
  const before = await Promise.all(TEAMS.map((team) => readTeamState(server.port, team)));
  expect(await stopGracefully(server)).toBe(0);
  server = await startProcessServer(dir);
  const after = await Promise.all(TEAMS.map((team) => readTeamState(server.port, team)));
  expect(after.map(comparable)).toEqual(before.map(comparable));
  expect(errorLines(server)).toEqual([]);
  expect(await stopGracefully(server)).toBe(0);

  // The log replays to the same cluster from scratch and from the newest snapshot.
  const replays = replayTeams(dir);
  for (const r of replays) expect(r.fromSnapshot, r.team).toEqual(r.fromScratch);

  const inFlight = timings.reduce((n, t) => n + t.inFlight, 0);
  expect(ledger.acknowledged).toBeGreaterThan(CYCLES * TEAMS.length);
  process.stdout.write(
    `[kill-restart] seed ${SEED}: ${CYCLES} SIGKILL cycles in ${Date.now() - began} ms, ${ledger.acknowledged} acknowledged commands, ` +
      `${inFlight} in flight at the kills (${ledger.inFlightAtKill} lost answers), ${replays.reduce((n, r) => n + r.events, 0)} events replayed, ` +
      `${replays.filter((r) => r.snapshotSeq !== undefined).length}/${replays.length} streams with snapshots; per cycle (ms) ` +
      `${timings.map((t) => `run ${t.ran} restart ${t.start} verify ${t.verify}`).join(' | ')}; refusals ${JSON.stringify([...ledger.refusals])}\n`,
  );
}, LONG ? 1_800_000 : 120_000);
