// Whether the machine was quiet: the benchmark shares its cores with whatever else runs, so each
// phase records how busy all CPUs were (from /proc/stat) next to its figures, and the load
// average when it began. Figures taken on a busy machine say so in the table.

import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

interface CpuTimes {
  busy: number;
  total: number;
}

function read(): CpuTimes | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...fields] = line.trim().split(/\s+/);
    const n = fields.map(Number);
    const idle = (n[3] ?? 0) + (n[4] ?? 0);
    const total = n.slice(0, 8).reduce((s, v) => s + v, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** MachineLoad is how busy the whole machine was during a phase. */
export interface MachineLoad {
  /** busyPercent is the share of all cores that was busy (100 = every core, the whole time). */
  busyPercent: number | null;
  loadAverageAtStart: number;
  cores: number;
}

/** meter starts measuring; call the result at the end of the phase. */
export function meter(): () => MachineLoad {
  const start = read();
  const load = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  return () => {
    const end = read();
    const busy = start && end && end.total > start.total ? Math.round(((end.busy - start.busy) / (end.total - start.total)) * 1000) / 10 : null;
    return { busyPercent: busy, loadAverageAtStart: load, cores: cpus().length };
  };
}
