// The same class against OpenSSH: N sessions (a pty running /bin/sh each) logged in over the same
// spread, then the same load as swarmlab's compared window: typing, and `echo hi` round trips on
// one probe session.

import { join } from 'node:path';
import { cpuWindow, type CpuFigures } from './cpu-window.js';
import type { Peer } from './ipc.js';
import type { OpenResult, SessionSpec } from './load-client.js';
import { OPENSSH_PROMPT, OPENSSH_SHELL, ensureSshd, startSshd } from './openssh.js';
import { stormFigures, typingWithEchoHi, type EchoHiFigures, type LiveOptions, type StormFigures } from './live-phase.js';

/** OpenSshFigures are OpenSSH's measures, or why there are none. */
export type OpenSshFigures =
  | { skipped: string }
  | ({ version: string; loginShell: string; storm: StormFigures; cpu: CpuFigures; kex: Record<string, number> } & EchoHiFigures);

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
    const { echo, echoHi } = await typingWithEchoHi(clients, { client: probe, key: 'ossh#0' }, options);
    const cpu = await loadCpu.stop();
    await Promise.all(clients.map((c) => c.call('closeAll', {}, 30_000)));
    return { version: sshd.version, loginShell: sshd.plainShell ? `/bin/sh (account ${sshd.user})` : `the login shell of ${sshd.user}, startup files included`, storm, echo, echoHi, cpu, kex: storm.negotiated };
  } finally {
    await sshd.stop();
  }
}
