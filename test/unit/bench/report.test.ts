import { describe, expect, it } from 'vitest';
import type { CpuFigures } from '../../../bench/cpu-window.js';
import type { LiveFigures } from '../../../bench/live-run.js';
import type { BenchOptions } from '../../../bench/main.js';
import { README_END, README_START, spliceReadme } from '../../../bench/markdown.js';
import type { OpenSshFigures } from '../../../bench/openssh-phase.js';
import { busyNote, lat, printTable, ratio } from '../../../bench/report.js';
import { summarize, type Summary } from '../../../bench/stats.js';
import { buildReport, type ReportInput } from '../../../bench/summary.js';

const MiB = 1024 * 1024;
const cpu = (others = 5): CpuFigures => ({ server: 10, clients: 5, others, loadAverageAtStart: 0.1 });
const lats = (p50: number, p99: number): Summary => summarize([...Array.from({ length: 99 }, () => p50), p99, p99]);
const memory = (rssMiB: number): NodeJS.MemoryUsage => ({ rss: rssMiB * MiB, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 });
const probe = (p50: number, p99: number) => ({ latency: lats(p50, p99), failures: 0, sample: '' });

/** live builds the figures of a 300-session run; `over` replaces parts of it. */
function live(over: { echoP99?: number; matchedP99?: number; commandP99?: number; idlePercent?: number; others?: number } = {}): LiveFigures {
  const storm = { sessions: 300, failures: 0, errors: [], totalMs: 10_000, toPrompt: lats(8, 30), cpu: cpu(over.others), negotiated: {} };
  return {
    port: 1,
    teams: 60,
    memory: { baseline: memory(80), withTeams: memory(86), withSessions: memory(116), withBigTeams: memory(126) },
    storm,
    openssh: {},
    idle: { percentOfCore: over.idlePercent ?? 1.2, cpuMs: 24, wallMs: 2000, elu: 0.01, machine: cpu(over.others) },
    matched: { echo: { ...lats(0.2, over.matchedP99 ?? 2.8), failures: 0, sessions: 299 }, echoHi: probe(0.8, 3.2), cpu: cpu(over.others) },
    load: {
      heldAfterLoad: 300,
      echo: { ...lats(0.3, over.echoP99 ?? 3), failures: 0, sessions: 295 },
      probes: {
        nodeLs: probe(1.5, 8),
        servicePs: { ...probe(1.4, over.commandP99 ?? 9), note: '' },
        ping: { ...probe(1.9, 7), command: 'docker exec x ping -c 1 y' },
        fanout: { teammate: lats(4, 20), instructorFeed: lats(1, 10), missed: 0, trials: 20, polls: lats(1, 1) },
      },
      cpu: cpu(over.others),
      io: undefined,
      serverEventLoopDelay: { p50: 1, p99: 3, max: 9, mean: 1, gc: { minor: { count: 60, totalMs: 70, maxMs: 3.1 } } },
    },
    sequential: { ...storm, sessions: 20 },
    ceiling: { steps: [{ sessions: 320, echo: lats(0.3, 4), echoFailures: 0, loginFailures: 0, cpu: cpu(), serverRssMiB: 130 }, { sessions: 480, echo: lats(0.5, 60), echoFailures: 0, loginFailures: 0, cpu: cpu(), serverRssMiB: 150 }], sessions: 320, passedAt: 480, stoppedBecause: 'echo p99 passed 50 ms' },
    clientsAfter: [],
  };
}

const opts: BenchOptions = {
  live: { sessions: 300, stormMs: 10_000, idleMs: 10_000, typeMs: 20_000, keysPerSecond: 2, probeCount: 200, fanoutTrials: 20 },
  clients: 2, historyTeams: 300, replayEvents: 100_000, ceilingMax: 3000, ceilingSeconds: 90, skipHistory: false, skipOpenssh: false, skipFloor: false, updateReadme: false,
};

const openssh = (echoP99: number): OpenSshFigures => ({
  version: 'OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15',
  loginShell: '/bin/sh (account swarmlab-bench)',
  storm: { sessions: 300, failures: 0, errors: [], totalMs: 10_000, toPrompt: lats(40, 90), cpu: cpu(), negotiated: {} },
  echo: { ...lats(0.3, echoP99), failures: 0, sessions: 300 },
  echoHi: probe(0.5, 2),
  cpu: cpu(),
  kex: {},
});

const input = (l: LiveFigures, oss: OpenSshFigures = openssh(2.5)): ReportInput => ({
  machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 8, os: 'Debian GNU/Linux 12', kernel: '6.1', node: 'v20.0.0' },
  opts,
  history: { teams: 301, events: 100_486, buildMs: 50_000, startMs: 720, spawnToListeningMs: 1150, rssWithTeamsMiB: 133, replay: { events: 100_026, ms: 440, eventsPerSecond: 227_000, openWithSnapshotsMs: 110 } },
  live: l,
  openssh: oss,
  durationMs: 200_000,
});

type Json = { targets: { what: string; met: boolean | null; measured: string }[]; derived: { rssPerSessionMiB: number; rssPerTeamMiB: number } };
const targets = (i: ReportInput) => (buildReport(i, '2026-01-02T03:04:05.000Z').json as Json).targets;
const met = (i: ReportInput, prefix: string) => targets(i).find((t) => t.what.startsWith(prefix))?.met;

describe('bench report', () => {
  it('formats latencies and ratios, n/a when a side is missing', () => {
    expect(lat(lats(0.25, 7.5))).toBe('p50 0.25 ms · p99 7.50 ms · max 7.50 ms (n=101)');
    expect(lat(summarize([]))).toBe('n/a');
    expect(ratio(3, 2)).toBe('1.50×');
    expect(ratio(3, 0)).toBe('n/a');
    expect(ratio(3, undefined)).toBe('n/a');
  });

  it('printTable aligns keys and marks targets met, MISS or unknown', () => {
    const text = printTable([['Section', [['a', '1'], ['longer key', '2']]]], [
      { what: 'x', target: '≤ 1', measured: '0', met: true },
      { what: 'y', target: '≤ 1', measured: '2', met: false },
      { what: 'z', target: '≤ 1', measured: 'n/a', met: null },
    ]);
    expect(text).toContain('\nSection\n  a           1\n  longer key  2\n');
    expect(text).toContain('\n  met   x  target ≤ 1');
    expect(text).toContain('\n  MISS  y  target ≤ 1');
    expect(text).toContain('\n   ?    z  target ≤ 1');
  });

  it('busyNote speaks only when other processes took more than a quarter of a core', () => {
    expect(busyNote([cpu(10), undefined, cpu(25)])).toBeUndefined();
    expect(busyNote([cpu(10), cpu(140.4)])).toMatch(/up to 140% of a core/);
  });

  it('derives memory per session and per team from the snapshots', () => {
    const json = buildReport(input(live()), '2026-01-02T03:04:05.000Z').json as Json;
    expect(json.derived.rssPerSessionMiB).toBe(0.1);
    // RSS that fell after a GC does not make sessions free: their heap and external bytes are the floor.
    const shrunk = live();
    shrunk.memory.withSessions = { ...memory(85), heapUsed: 40 * MiB, external: 2 * MiB };
    shrunk.memory.withTeams = { ...memory(86), heapUsed: 25 * MiB, external: 1 * MiB };
    expect((buildReport(input(shrunk)).json as Json).derived.rssPerSessionMiB).toBe(0.05);
    expect(json.derived.rssPerTeamMiB).toBe(0.1);
  });

  it('holds each figure to its target', () => {
    expect(targets(input(live())).every((t) => t.met === true)).toBe(true);
    expect(met(input(live({ echoP99: 12 }), openssh(10)), 'echo p99 (docker')).toBe(false);
    // The ratio compares the echo under the same load as OpenSSH's, not the one with docker probes.
    expect(met(input(live({ echoP99: 9, matchedP99: 3.7 })), 'echo p99 vs')).toBe(true);
    expect(met(input(live({ echoP99: 3, matchedP99: 4 })), 'echo p99 vs')).toBe(false);
    expect(met(input(live({ commandP99: 21 })), 'command p99')).toBe(false);
    const lostInMatched = live();
    lostInMatched.matched.echo.failures = 2;
    expect(met(input(lostInMatched), '300 sessions held')).toBe(false);
    expect(met(input(live({ idlePercent: 2.5 })), 'CPU')).toBe(false);
    expect(met(input(live(), { skipped: 'no sshd' }), 'echo p99 vs')).toBeNull();
  });

  it('the README block names the machine, compares with OpenSSH and states the ceiling', () => {
    const { markdown } = buildReport(input(live()), '2026-01-02T03:04:05.000Z');
    expect(markdown.startsWith(`${README_START}\nLast run: 2026-01-02 on Test CPU (2 cores, 8 GiB)`)).toBe(true);
    expect(markdown).toContain('against OpenSSH_9.2p1 Debian-2+deb12u3.');
    expect(markdown).toContain('| keystroke echo, same load as OpenSSH | 0.20 ms / 2.80 ms (1.12×) | 0.30 ms / 2.50 ms | p99 ≤ 1.5× OpenSSH | met |');
    expect(markdown).toContain('| `echo hi` round trip, same load | 0.80 ms / 3.20 ms (1.60×) | 0.50 ms / 2.00 ms |');
    expect(markdown).toContain('| keystroke echo while docker probes run | 0.30 ms / 3.00 ms (1.20×) |  | p99 ≤ 10 ms | met |');
    expect(markdown).toContain('up to **320 sessions** and passes it at 480');
    expect(markdown).not.toContain('Note:');
    expect(markdown.trimEnd().endsWith(README_END)).toBe(true);
    expect(buildReport(input(live({ others: 150 }))).markdown).toContain('Note: other processes used up to 150% of a core');
  });

  it('shows the floor (a bare ssh2 echo server) next to OpenSSH when it was measured', () => {
    const withFloor: ReportInput = { ...input(live()), floor: { sessions: 300, loginFailures: 0, echo: { ...lats(0.15, 2.75), failures: 0 }, cpu: cpu() } };
    const { markdown, table, json } = buildReport(withFloor, '2026-01-02T03:04:05.000Z');
    expect(markdown).toContain('| keystroke echo, bare ssh2 echo server (the floor: one Node process, no swarmlab) | 0.15 ms / 2.75 ms (1.10×) |');
    expect(table).toMatch(/floor: bare ssh2 echo server\s+p50 0\.15 ms · p99 2\.75 ms .*; 1\.10× OpenSSH's p99/);
    expect((json as { floor: unknown }).floor).not.toBeNull();
    expect(buildReport(input(live())).markdown).not.toContain('bare ssh2');
  });

  it('spliceReadme replaces only the block between the markers', () => {
    const readme = `# x\n\n## Performance\n\nintro\n\n${README_START}\nold\n${README_END}\n\nafter\n`;
    expect(spliceReadme(readme, `${README_START}\nnew\n${README_END}\n`)).toBe(`# x\n\n## Performance\n\nintro\n\n${README_START}\nnew\n${README_END}\n\nafter\n`);
    expect(spliceReadme('# no markers\n', 'x')).toBeUndefined();
  });
});

describe('README', () => {
  it('has the generated Performance block that --update-readme replaces', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(spliceReadme(readme, `${README_START}\nfigures\n${README_END}`)).toContain('## Performance');
  });
});
