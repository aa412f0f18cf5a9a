// Turns the phases' raw figures into the derived ones (per session, per team, ratios to
// OpenSSH), checks them against issue 5's targets, and renders the table and results.json.

import type { CpuFigures } from './cpu-window.js';
import type { HistoryFigures } from './history-phase.js';
import type { LiveFigures } from './live-run.js';
import type { Machine } from './machine.js';
import type { BenchOptions } from './main.js';
import type { FloorFigures } from './floor-phase.js';
import type { OpenSshFigures } from './openssh-phase.js';
import { renderMarkdown } from './markdown.js';
import { busyNote, lat, num, printTable, ratio, type Row, type Target } from './report.js';
import { mib } from './stats.js';

/** ReportInput is everything one run produced. */
export interface ReportInput {
  machine: Machine;
  opts: BenchOptions;
  history: HistoryFigures | undefined;
  live: LiveFigures;
  openssh: OpenSshFigures;
  /** floor is the same typing load on a bare ssh2 echo server (absent with --skip-floor). */
  floor?: FloorFigures;
  durationMs: number;
}

/** cpuText shows who used the CPU during a phase, in % of one core. */
function cpuText(cpu: CpuFigures | undefined): string {
  if (!cpu) return 'n/a';
  return `server ${cpu.server}%, clients ${cpu.clients}%, rest of machine ${cpu.others ?? '?'}% of a core (load avg ${cpu.loadAverageAtStart} at start)`;
}

/** jsBytes is the memory the JS side holds: heap objects and what they keep off the heap (buffers). */
function jsBytes(m: NodeJS.MemoryUsage): number {
  return m.heapUsed + m.external;
}

/** Derived are the figures computed from the raw ones (per session, per team, per keystroke). */
export type Derived = ReturnType<typeof derive>;

/** derive computes the per-session, per-team and per-keystroke figures. */
export function derive(input: ReportInput) {
  const { live, opts } = input;
  const n = opts.live.sessions;
  const m = live.memory;
  return {
    // RSS after a GC can drop below the previous snapshot (V8 hands pages back), which would make
    // sessions look free or negative; what they hold in the JS heap and off it is a floor.
    rssPerSessionMiB: mib(Math.max(m.withSessions.rss - m.withTeams.rss, jsBytes(m.withSessions) - jsBytes(m.withTeams)) / n),
    heapPerSessionKiB: Math.round((m.withSessions.heapUsed - m.withTeams.heapUsed) / n / 1024),
    externalPerSessionKiB: Math.round((m.withSessions.external - m.withTeams.external) / n / 1024),
    rssPerTeamMiB: mib((m.withTeams.rss - m.baseline.rss) / live.teams),
    heapPerTeamKiB: Math.round((m.withTeams.heapUsed - m.baseline.heapUsed) / live.teams / 1024),
    bigTeamsRssMiB: mib(m.withBigTeams.rss - m.withSessions.rss),
    serverRssWithSessionsMiB: mib(m.withBigTeams.rss),
    idleCpuPercentOfCore: Math.round(live.idle.percentOfCore * 1000) / 1000,
    serverCpuPerKeyUs: Math.round(((live.load.cpu.server / 100) * opts.live.typeMs * 1000) / Math.max(1, live.load.echo.count)),
    storageBytesPerKey: live.load.io ? Math.round(live.load.io.bytesWritten / Math.max(1, live.load.echo.count)) : null,
    idleCpuPercentPerSession: Math.round((live.idle.percentOfCore / n) * 100000) / 100000,
    lostKeys: live.matched.echo.failures + live.load.echo.failures,
    // What every measured phase saw of the machine, for the note that it was not quiet.
    busy: busyNote([live.storm.cpu, live.idle.machine, live.matched.cpu, live.load.cpu]),
  };
}

/** buildReport derives the figures, checks the targets and renders the table, results.json and the README block. */
export function buildReport(input: ReportInput, date = new Date().toISOString()): { table: string; json: unknown; markdown: string } {
  const { live, history, opts } = input;
  const n = opts.live.sessions;
  const m = live.memory;
  const derived = derive(input);
  const oss = 'skipped' in input.openssh ? undefined : input.openssh;
  const p = live.load.probes;
  const commandP99 = Math.max(p.nodeLs.latency.p99, p.servicePs.latency.p99, p.ping.latency.p99);
  const fanoutP99 = Math.max(p.fanout.teammate.p99, p.fanout.instructorFeed.p99);
  const echo = live.load.echo;
  const matched = live.matched;
  const heldOk = live.storm.failures === 0 && derived.lostKeys === 0 && live.load.heldAfterLoad >= n;
  const targets: Target[] = [
    { what: `${n} sessions held, 0 failures`, target: '0 failures', measured: `${live.storm.failures} login failures, ${derived.lostKeys} lost keys, ${live.load.heldAfterLoad}/${n} held after load`, met: heldOk },
    { what: 'echo p99 (docker probes running)', target: '≤ 10 ms', measured: `${echo.p99} ms`, met: echo.p99 <= 10 },
    {
      what: 'echo p99 vs OpenSSH (same load)',
      target: '≤ 1.5×',
      measured: oss ? `${ratio(matched.echo.p99, oss.echo.p99)} (${matched.echo.p99} vs ${oss.echo.p99} ms)` : 'n/a',
      met: oss ? matched.echo.p99 <= 1.5 * oss.echo.p99 : null,
    },
    { what: 'command p99 (worst of three)', target: '≤ 20 ms', measured: `${commandP99} ms`, met: commandP99 <= 20 },
    { what: 'fan-out p99 (teammate, feed)', target: '≤ 50 ms', measured: `${p.fanout.teammate.p99} ms, ${p.fanout.instructorFeed.p99} ms`, met: fanoutP99 <= 50 && p.fanout.missed === 0 },
    { what: 'RSS per idle session', target: '≤ 1 MiB', measured: `${derived.rssPerSessionMiB} MiB`, met: derived.rssPerSessionMiB <= 1 },
    { what: `CPU, ${n} idle sessions`, target: '≤ 2% of a core', measured: `${derived.idleCpuPercentOfCore}%`, met: derived.idleCpuPercentOfCore <= 2 },
    { what: `start with ${history?.teams ?? '?'} teams`, target: '≤ 2 s', measured: history ? `${Math.round(history.startMs)} ms` : 'skipped', met: history ? history.startMs <= 2000 : null },
  ];
  const sections: [string, Row[]][] = [
    ['Machine', [
      ['CPU', `${input.machine.cpu} (${input.machine.cores} cores), ${input.machine.memoryGiB} GiB`],
      ['OS / Node', `${input.machine.os}, kernel ${input.machine.kernel}, Node ${input.machine.node}`],
      ['quiet machine?', derived.busy ?? 'yes'],
      ['processes', `1 server, ${opts.clients} load clients (ssh2), 1 orchestrator${oss ? `, OpenSSH ${oss.version}` : ''}`],
      ...(oss ? [['OpenSSH sessions run', oss.loginShell] as [string, string]] : []),
    ]],
    [`Login storm (${n} sessions within ${opts.live.stormMs / 1000} s, teams of 5)`, [
      ['failures', `${live.storm.failures}${live.storm.errors.length ? ` (${live.storm.errors.join('; ')})` : ''}`],
      ['all at the prompt after', num(live.storm.totalMs / 1000, 's', 1)],
      ['connection → prompt', lat(live.storm.toPrompt)],
      ['CPU during storm', cpuText(live.storm.cpu)],
      ['negotiated (ssh2 client)', Object.entries(live.storm.negotiated).map(([k, v]) => `${k} ×${v}`).join(', ')],
      ['negotiated (OpenSSH ssh -v)', live.openssh.error ? `error: ${live.openssh.error}` : `${live.openssh.kex} / ${live.openssh.hostKey} / ${live.openssh.cipher}`],
      ['one at a time, → prompt', lat(live.sequential.toPrompt)],
      ...(oss ? [['OpenSSH storm → prompt', `${lat(oss.storm.toPrompt)}, ${oss.storm.failures} failures`] as Row] : []),
    ]],
    [`Same load as OpenSSH (${matched.echo.sessions} sessions typing ${opts.live.keysPerSecond} keys/s each for ${opts.live.typeMs / 1000} s, one running \`echo hi\` every 50 ms)`, [
      ['keystroke echo', `${lat(matched.echo)}, ${matched.echo.failures} lost`],
      ...(oss ? [['OpenSSH keystroke echo', lat(oss.echo)] as Row, ['ratio ours/OpenSSH p50, p99', `${ratio(matched.echo.p50, oss.echo.p50)}, ${ratio(matched.echo.p99, oss.echo.p99)}`] as Row] : []),
      ...(input.floor
        ? [[`floor: bare ssh2 echo server`, `${lat(input.floor.echo)}${oss ? `; ${ratio(input.floor.echo.p99, oss.echo.p99)} OpenSSH's p99` : ''}`] as Row]
        : []),
      ['`echo hi` round trip', lat(matched.echoHi.latency)],
      ...(oss ? [['OpenSSH `echo hi` in /bin/sh', lat(oss.echoHi.latency)] as Row, ['ratio ours/OpenSSH p50, p99', `${ratio(matched.echoHi.latency.p50, oss.echoHi.latency.p50)}, ${ratio(matched.echoHi.latency.p99, oss.echoHi.latency.p99)}`] as Row] : []),
      ['CPU', cpuText(matched.cpu)],
      ...(oss ? [['CPU during OpenSSH load', cpuText(oss.cpu)] as Row] : []),
    ]],
    [`With docker probes (${echo.sessions} sessions typing ${opts.live.keysPerSecond} keys/s each for ${opts.live.typeMs / 1000} s)`, [
      ['keystroke echo', `${lat(echo)}, ${echo.failures} lost${oss ? `; ${ratio(echo.p99, oss.echo.p99)} OpenSSH's p99 (which ran \`echo hi\` only)` : ''}`],
      ['docker node ls', lat(p.nodeLs.latency)],
      ['docker service ps (50×4 team)', lat(p.servicePs.latency)],
      ['docker exec … ping -c 1', lat(p.ping.latency)],
      ...(oss ? [['ratio node ls, service ps, ping', `${ratio(p.nodeLs.latency.p99, oss.echoHi.latency.p99)}, ${ratio(p.servicePs.latency.p99, oss.echoHi.latency.p99)}, ${ratio(p.ping.latency.p99, oss.echoHi.latency.p99)} (p99 vs OpenSSH's echo hi)`] as Row] : []),
      ['fan-out → teammate service ps', lat(p.fanout.teammate)],
      ['fan-out → instructor feed', lat(p.fanout.instructorFeed)],
      ['CPU during load', cpuText(live.load.cpu)],
      ['server cost per keystroke', `${derived.serverCpuPerKeyUs} µs CPU (all of the load, probes included), ${derived.storageBytesPerKey ?? '?'} bytes to storage`],
      ['server event-loop delay', `p50 ${live.load.serverEventLoopDelay.p50} ms · p99 ${live.load.serverEventLoopDelay.p99} ms · max ${live.load.serverEventLoopDelay.max} ms`],
      ['server GC pauses', gcText(live.load.serverEventLoopDelay.gc)],
    ]],
    ['Memory and idle CPU (server process, after GC)', [
      ['RSS per idle session', `${derived.rssPerSessionMiB} MiB (JS heap ${derived.heapPerSessionKiB} KiB, external ${derived.externalPerSessionKiB} KiB)`],
      ['RSS per team (5 nodes, empty)', `${derived.rssPerTeamMiB} MiB (heap ${derived.heapPerTeamKiB} KiB)`],
      ['50×4 team + fan team', `${derived.bigTeamsRssMiB} MiB`],
      ['server RSS with the class', `${derived.serverRssWithSessionsMiB} MiB (${mib(m.baseline.rss)} MiB at start)`],
      [`CPU with ${n} idle sessions`, `${derived.idleCpuPercentOfCore}% of a core (${(derived.idleCpuPercentPerSession * 1000).toFixed(2)}‰ per session); rest of machine ${live.idle.machine.others ?? '?'}% of a core`],
    ]],
    ...(history
      ? ([[`Start and replay`, [
          [`start with ${history.teams} teams (${history.events} events)`, `${Math.round(history.startMs)} ms in startServer (${Math.round(history.spawnToListeningMs)} ms from spawn), RSS ${Math.round(history.rssWithTeamsMiB)} MiB`],
          ...(history.replay ? [[`replay ${history.replay.events} events`, `${Math.round(history.replay.ms)} ms from seq 0 (${history.replay.eventsPerSecond} events/s); open with snapshots ${Math.round(history.replay.openWithSnapshotsMs)} ms`] as Row] : []),
        ]]] as [string, Row[]][])
      : []),
    ...(live.ceiling
      ? ([[`Ceiling (echo p99 ≤ 50 ms, typing ${opts.live.keysPerSecond} keys/s each)`, [
          ...live.ceiling.steps.map((s): Row => [`${s.sessions} sessions`, `echo p50 ${s.echo.p50} · p99 ${s.echo.p99} · max ${s.echo.max} ms; ${cpuText(s.cpu)}; ${s.serverRssMiB} MiB`]),
          ['ceiling', `${live.ceiling.sessions} sessions${live.ceiling.passedAt ? ` (p99 passed 50 ms at ${live.ceiling.passedAt})` : ''}; stopped: ${live.ceiling.stoppedBecause}`],
        ]]] as [string, Row[]][])
      : []),
  ];
  const table = printTable(sections, targets);
  const markdown = renderMarkdown(input, derived, targets, date);
  const json = {
    date,
    machine: input.machine,
    options: opts,
    durationSeconds: Math.round(input.durationMs / 1000),
    processes: { server: 1, loadClients: opts.clients, orchestrator: 1 },
    targets,
    derived,
    history,
    live,
    openssh: input.openssh,
    floor: input.floor ?? null,
    markdown,
  };
  return { table, json, markdown };
}

/** gcText condenses the garbage-collection pauses seen during the load. */
function gcText(gc: Record<string, { count: number; totalMs: number; maxMs: number }>): string {
  const kinds = Object.entries(gc);
  if (kinds.length === 0) return 'none';
  return kinds.map(([kind, g]) => `${g.count} ${kind}, ${g.totalMs.toFixed(0)} ms in all, max ${g.maxMs} ms`).join(' · ');
}
