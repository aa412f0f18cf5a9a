// CPU during a phase, split by who used it: the server, the load clients, and everything else on
// the machine (other processes compete for the same cores and make latencies noisy).

import { meter } from './host-load.js';
import type { Peer } from './ipc.js';

/** CpuFigures are percentages of one core over a phase. */
export interface CpuFigures {
  server: number;
  clients: number;
  /** others is what the rest of the machine used (other users' processes, sshd in the OpenSSH phase). */
  others: number | null;
  loadAverageAtStart: number;
}

type Usage = { usage: NodeJS.CpuUsage; at: number };

const round = (n: number): number => Math.round(n * 10) / 10;

/** cpuWindow starts measuring; await the result's stop() at the end of the phase. */
export async function cpuWindow(server: Peer | undefined, clients: Peer[]): Promise<{ stop(): Promise<CpuFigures> }> {
  const machine = meter();
  const s0 = server ? await server.call<Usage>('cpuSince', {}) : undefined;
  const c0 = await Promise.all(clients.map((c) => c.call<{ cpu: NodeJS.CpuUsage; uptimeMs: number }>('stats')));
  return {
    async stop() {
      const s1 = server && s0 ? await server.call<Usage>('cpuSince', { since: s0.usage }) : undefined;
      const c1 = await Promise.all(clients.map((c) => c.call<{ cpu: NodeJS.CpuUsage; uptimeMs: number }>('stats')));
      const load = machine();
      const serverPct = s1 && s0 ? ((s1.usage.user + s1.usage.system) / 1000 / (s1.at - s0.at)) * 100 : 0;
      const clientPct = c1.reduce((sum, c, i) => {
        const before = c0[i];
        if (!before) return sum;
        return sum + ((c.cpu.user + c.cpu.system - before.cpu.user - before.cpu.system) / 1000 / (c.uptimeMs - before.uptimeMs)) * 100;
      }, 0);
      const others = load.busyPercent === null ? null : Math.max(0, load.busyPercent * load.cores - serverPct - clientPct);
      return { server: round(serverPct), clients: round(clientPct), others: others === null ? null : round(others), loadAverageAtStart: load.loadAverageAtStart };
    },
  };
}
