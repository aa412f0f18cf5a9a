// The class: N interactive sessions over teams of five, logged in as a storm (the whole class
// within 10 s), then held idle (memory, CPU), then typed into twice: once under the load OpenSSH
// gets (one session runs `echo hi` every 50 ms), once while probe sessions run docker commands and
// a fan-out pair scales and watches. Team t000 holds 50 services × 4 replicas; team t001 holds
// the service `fan` that the fan-out pair scales.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CpuFigures } from './cpu-window.js';
import type { Peer } from './ipc.js';
import { clientOf, teamName, typeAll, type PlannedSession } from './sessions.js';
import { JOIN_CODE } from './codes.js';
import type { OpenResult } from './load-client.js';
import { sleep, summarize, wallNow, type Summary } from './stats.js';

/** LiveOptions size the class and its load. */
export interface LiveOptions {
  sessions: number;
  stormMs: number;
  idleMs: number;
  typeMs: number;
  keysPerSecond: number;
  probeCount: number;
  fanoutTrials: number;
  profileDir?: string;
}

/** StormFigures describe a login storm. */
export interface StormFigures {
  sessions: number;
  failures: number;
  errors: string[];
  totalMs: number;
  toPrompt: Summary;
  cpu: CpuFigures | undefined;
  negotiated: Record<string, number>;
}

/** stormFigures condenses open results. */
export function stormFigures(results: OpenResult[], totalMs: number, cpu: CpuFigures | undefined): StormFigures {
  const ok = results.filter((r) => r.ok);
  const negotiated: Record<string, number> = {};
  for (const r of results) {
    const key = `${r.kex ?? '?'} / ${r.hostKey ?? '?'} / ${r.cipher ?? '?'}`;
    negotiated[key] = (negotiated[key] ?? 0) + 1;
  }
  const errors = [...new Set(results.filter((r) => !r.ok).map((r) => r.error ?? '?'))].slice(0, 5);
  return { sessions: results.length, failures: results.length - ok.length, errors, totalMs, toPrompt: summarize(ok.map((r) => r.ms)), cpu, negotiated };
}

/** Probe is a command round trip measured on one session. */
export interface ProbeFigures {
  latency: Summary;
  failures: number;
  sample: string;
}

/** EchoHiFigures are the echo under the typing load while one session runs `echo hi` every 50 ms. */
export interface EchoHiFigures {
  echo: Summary & { failures: number; sessions: number };
  echoHi: ProbeFigures;
}

/**
 * typingWithEchoHi is the load both servers get alike: every session but the probe types, and the
 * probe runs `echo hi` every 50 ms (OpenSSH has no docker to run). Its echo is the one compared.
 */
export async function typingWithEchoHi(clients: Peer[], probe: { client: Peer; key: string }, options: LiveOptions): Promise<EchoHiFigures> {
  const [typed, echoHi] = await Promise.all([
    typeAll(clients, options.typeMs, options.keysPerSecond, [probe.key]),
    probe.client
      .call<{ latencies: number[]; failures: number; sample: string }>('command', { login: probe.key, line: 'echo hi', count: options.probeCount, intervalMs: 50, expect: 'hi\\r\\n' }, options.probeCount * 10_100 + 5_000)
      .then((r) => ({ latency: summarize(r.latencies), failures: r.failures, sample: r.sample.slice(0, 200) })),
  ]);
  return { echo: { ...summarize(typed.latencies), failures: typed.failures, sessions: typed.sessions }, echoHi };
}

/** prepareTeams gives the big team (t000) and the fan-out team (t001) their services, in-process. */
export async function prepareTeams(server: Peer): Promise<void> {
  // A /16: 50 services × (a VIP and 4 tasks) would nearly fill the default /24.
  const big = ['docker network create -d overlay --subnet 10.10.0.0/16 benchnet'];
  for (let s = 1; s <= 50; s++) big.push(`docker service create -d --name svc${String(s).padStart(2, '0')} --replicas 4 --network benchnet nginx:alpine`);
  await server.call('docker', { team: teamName(0), node: 'manager1', lines: big, check: true }, 120_000);
  await server.call('fastForward', { team: teamName(0), ms: 300_000 }, 120_000);
  await server.call('docker', { team: teamName(1), node: 'manager1', lines: ['docker service create -d --name fan --replicas 1 nginx:alpine'], check: true });
  await server.call('fastForward', { team: teamName(1), ms: 300_000 });
}

/** login returns the session spec's login of a planned session by index. */
export function loginOf(planned: PlannedSession[], index: number): string {
  const p = planned[index];
  if (!p) throw new Error(`no session ${index}`);
  return p.spec.login;
}

/** probes runs the command round trips and the fan-out trials (during the typing load). */
export async function probes(server: Peer, clients: Peer[], planned: PlannedSession[], options: LiveOptions) {
  const c0 = clientOf(clients, 0);
  const c1 = clientOf(clients, 1);
  const c2 = clientOf(clients, 2);
  const command = (client: Peer, login: string, line: string, expect: string): Promise<ProbeFigures> =>
    client
      .call<{ latencies: number[]; failures: number; sample: string }>('command', { login, line, count: options.probeCount, intervalMs: 50, expect }, options.probeCount * 10_100 + 5_000)
      .then((r) => ({ latency: summarize(r.latencies), failures: r.failures, sample: r.sample.slice(0, 400) }));
  const names = await c0.call<{ out: string }>('run', { login: loginOf(planned, 1), line: "docker ps --format '{{.Names}}'" });
  const task = /svc\d\d\.\d+\.[0-9a-z]+/.exec(names.out)?.[0];
  if (!task) throw new Error(`no task on manager2 of t000: ${names.out.slice(0, 300)}`);
  const other = task.startsWith('svc02') ? 'svc03' : 'svc02';
  const fanStart = wallNow();
  const [nodeLs, servicePs, ping, fanout] = await Promise.all([
    command(c2, loginOf(planned, 10), 'docker node ls', 'manager1.*Leader'),
    command(c0, loginOf(planned, 0), 'docker service ps svc01', 'svc01\\.4 '),
    command(c0, loginOf(planned, 1), `docker exec ${task} ping -c 1 ${other}`, '1 packets received'),
    c1.call<{ sentAt: number; seenAt?: number; polls: number }[]>('fanout', { actor: loginOf(planned, 5), watcher: loginOf(planned, 6), service: 'fan', from: 1, trials: options.fanoutTrials, gapMs: 200 }, options.fanoutTrials * 12_000),
  ]);
  const teammate: number[] = [];
  const feed: number[] = [];
  let missed = 0;
  for (const [i, trial] of fanout.entries()) {
    if (trial.seenAt === undefined) missed++;
    else teammate.push(trial.seenAt - trial.sentAt);
    const at = await server.call<number | undefined>('feedFind', { team: teamName(1), contains: `scaled fan ${i + 1}→${i + 2}`, after: fanStart });
    if (at === undefined) missed++;
    else feed.push(at - trial.sentAt);
  }
  return {
    nodeLs,
    servicePs: { ...servicePs, note: 'team of 50 services × 4 replicas' },
    ping: { ...ping, command: `docker exec ${task} ping -c 1 ${other}` },
    fanout: { teammate: summarize(teammate), instructorFeed: summarize(feed), missed, trials: fanout.length, polls: summarize(fanout.map((t) => t.polls)) },
  };
}

/** opensshNegotiation logs into swarmlab once with OpenSSH's `ssh -v` and reports the kex and host key it chose. */
export function opensshNegotiation(port: number): { kex?: string; hostKey?: string; cipher?: string; error?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'swarmlab-bench-askpass-'));
  const askpass = join(dir, 'askpass.sh');
  writeFileSync(askpass, `#!/bin/sh\necho '${JOIN_CODE}'\n`);
  chmodSync(askpass, 0o700);
  const r = spawnSync(
    'ssh',
    ['-v', '-p', String(port), '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'PubkeyAuthentication=no', '-o', 'PreferredAuthentications=password,keyboard-interactive', '-o', 'NumberOfPasswordPrompts=1', 'probe+manager1+t000@127.0.0.1', 'hostname'],
    { encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, SSH_ASKPASS: askpass, SSH_ASKPASS_REQUIRE: 'force', DISPLAY: ':0' } },
  );
  if (r.error) return { error: r.error.message };
  const text = r.stderr ?? '';
  const pick = (re: RegExp): string | undefined => re.exec(text)?.[1];
  const found = { kex: pick(/kex: algorithm: (\S+)/), hostKey: pick(/kex: host key algorithm: (\S+)/), cipher: pick(/kex: server->client cipher: (\S+)/) };
  return r.status === 0 ? found : { ...found, error: `ssh exited ${r.status}` };
}

/** sleepFor waits, for phases that let things settle. */
export const settle = (ms: number): Promise<void> => sleep(ms);
