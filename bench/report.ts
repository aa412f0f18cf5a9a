// The table printed at the end of `npm run bench`, and the targets the figures are held to.

import type { CpuFigures } from './cpu-window.js';
import type { Summary } from './stats.js';

/** Target is one promise of issue 5 and whether this run kept it. */
export interface Target {
  what: string;
  target: string;
  measured: string;
  met: boolean | null;
}

/** Row is one line of the printed table. */
export type Row = [string, string];

const f = (n: number | undefined, digits = 2): string => (n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits));

/** lat formats a latency summary. */
export function lat(s: Summary | undefined): string {
  if (!s || s.count === 0) return 'n/a';
  return `p50 ${f(s.p50)} ms · p99 ${f(s.p99)} ms · max ${f(s.max)} ms (n=${s.count})`;
}

/** num formats a number with a unit. */
export function num(n: number | undefined, unit: string, digits = 2): string {
  return `${f(n, digits)} ${unit}`;
}

/** ratio formats ours/theirs. */
export function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return 'n/a';
  return `${(ours / theirs).toFixed(2)}×`;
}

/** printTable writes sections of rows as an aligned table. */
export function printTable(sections: [string, Row[]][], targets: Target[]): string {
  const width = Math.max(...sections.flatMap(([, rows]) => rows.map(([k]) => k.length)), 10);
  const lines: string[] = [];
  for (const [title, rows] of sections) {
    lines.push('', title);
    for (const [k, v] of rows) lines.push(`  ${k.padEnd(width)}  ${v}`);
  }
  lines.push('', 'Targets (issue 5)');
  const tw = Math.max(...targets.map((t) => t.what.length));
  for (const t of targets) {
    const mark = t.met === null ? ' ?  ' : t.met ? 'met ' : 'MISS';
    lines.push(`  ${mark}  ${t.what.padEnd(tw)}  target ${t.target.padEnd(22)} measured ${t.measured}`);
  }
  return `${lines.join('\n')}\n`;
}

/** BUSY_PERCENT is how much of a core other processes may use before the run is called noisy. */
const BUSY_PERCENT = 25;

/** busyNote says whether other processes competed for the CPU during the live phases (undefined: quiet). */
export function busyNote(cpus: readonly (CpuFigures | undefined)[]): string | undefined {
  const worst = Math.max(0, ...cpus.map((c) => c?.others ?? 0));
  if (worst <= BUSY_PERCENT) return undefined;
  return `other processes used up to ${Math.round(worst)}% of a core during the run: latencies are inflated; rerun on a quiet machine`;
}
