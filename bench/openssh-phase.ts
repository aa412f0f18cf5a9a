// The same class against OpenSSH: N sessions (a pty running /bin/sh each) logged in over the same
// spread, the same typing load, and `echo hi` round trips on one probe session.

import { join } from 'node:path';
import { cpuWindow, type CpuFigures } from './cpu-window.js';
import type { Peer } from './ipc.js';
import type { OpenResult, SessionSpec } from './load-client.js';
import { OPENSSH_PROMPT, OPENSSH_SHELL, ensureSshd, startSshd } from './openssh.js';
import { stormFigures, type LiveOptions, type ProbeFigures, type StormFigures } from './live-phase.js';
import { summarize, type Summary } from './stats.js';

/** OpenSshFigures are OpenSSH's measures, or why there are none. */
export type OpenSshFigures =
  | { skipped: string }
  | { version: string; loginShell: string; storm: StormFigures; echo: Summary & { failures: number; sessions: number }; echoHi: ProbeFigures; cpu: CpuFigures; kex: Record<string, number> };

/** opensshPhase runs the class against a temporary sshd. */
export async function opensshPhase(dir: string, clients: Peer[], options: LiveOptions, log: (s: string) => void): Promise<OpenSshFigures> {
  const found = ensureSshd(log);
  if ('missing' in found) {
    log(found.missing);
    return { skipped: found.missing };
  }
  const sshd = await startSshd(found.path, join(dir, 'openssh'), options.sessions);
  try {
    log(`OpenSSH (${sshd.version}) on 127.0.0.1:${sshd.port}: ${options.sessions} sessions within ${options.stormMs / 1000} s`);
    // Every session logs in as the same user here, so each is known by a key of its own.
    const specs: SessionSpec[] = Array.from({ length: options.sessions }, (_, i) => ({ key: `ossh#${i}`, login: sshd.user, privateKey: sshd.privateKey, prompt: OPENSSH_PROMPT, execShell: OPENSSH_SHELL }));
    const stormCpu = await cpuWindow(undefined, clients);
    const parts = await Promise.all(
      clients.map((c, k) =>
        c.call<{ results: OpenResult[]; totalMs: number }>(
          'open',
          { port: sshd.port, specs: specs.filter((_, i) => i % clients.length === k), spreadMs: options.stormMs, timeoutMs: 60_000 },
          options.stormMs + 90_000,
        ),
      ),
    );
    const results = parts.flatMap((p) => p.results);
    const storm = stormFigures(results, Math.max(...parts.map((p) => p.totalMs)), await stormCpu.stop());
    log(`  OpenSSH: ${results.length - storm.failures}/${results.length} at the prompt${storm.errors.length ? ` (${storm.errors.join('; ')})` : ''}; typing for ${options.typeMs / 1000} s`);
    const probe = clients[0];
    if (!probe) throw new Error('no client');
    const loadCpu = await cpuWindow(undefined, clients);
    const [typed, echoHi] = await Promise.all([
      Promise.all(clients.map((c, k) => c.call<{ latencies: number[]; failures: number; sessions: number }>('type', { durationMs: options.typeMs, keysPerSecond: options.keysPerSecond, exclude: k === 0 ? ['ossh#0'] : [] }, options.typeMs + 30_000))),
      probe
        .call<{ latencies: number[]; failures: number; sample: string }>('command', { login: 'ossh#0', line: 'echo hi', count: options.probeCount, intervalMs: 50, expect: 'hi\\r\\n' }, options.probeCount * 10_100 + 5_000)
        .then((r) => ({ latency: summarize(r.latencies), failures: r.failures, sample: r.sample.slice(0, 200) })),
    ]);
    const cpu = await loadCpu.stop();
    const echo = { ...summarize(typed.flatMap((t) => t.latencies)), failures: typed.reduce((s, t) => s + t.failures, 0), sessions: typed.reduce((s, t) => s + t.sessions, 0) };
    await Promise.all(clients.map((c) => c.call('closeAll', {}, 30_000)));
    return { version: sshd.version, loginShell: sshd.plainShell ? `/bin/sh (account ${sshd.user})` : `the login shell of ${sshd.user}, startup files included`, storm, echo, echoHi, cpu, kex: storm.negotiated };
  } finally {
    await sshd.stop();
  }
}
