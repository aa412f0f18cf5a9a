// `ping`: fidelity to busybox networking/ping.c (FEATURE_FANCY_PING, 1_36_1): the header, one
// `64 bytes from` line per echo reply, one packet per -i interval, the -c/-w/-W stop rules of
// sendping_tail(), and print_stats_and_exit() on Ctrl-C or when done. Nothing is sent: whether
// and how fast an address answers comes from env.ping().

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv, PingTarget } from '../container-env.js';
import { parseCidr, formatIPv4 } from '../ipv4.js';
import { resolveHost } from '../resolve.js';
import type { Applet } from './applet.js';
import { parsePingArgs, type PingOptions } from './ping-options.js';

interface Tally {
  transmitted: number;
  received: number;
  /** round-trip times in microseconds, as busybox keeps them. */
  min: number;
  max: number;
  sum: number;
}

/** ping sends (simulated) ICMP echo requests and prints busybox's replies and statistics. */
export const ping: Applet = {
  name: 'ping',
  async run(argv, io, env) {
    const opts = parsePingArgs(argv, io, env);
    if (typeof opts === 'number') return opts;
    const target = resolveHost(env, opts.host, opts.family);
    if (!target.ok) {
      io.stderr(`ping: ${target.message}\n`);
      return 1;
    }
    const from = opts.sourceIp === undefined ? '' : ` from ${opts.sourceIp}`;
    io.stdout(`PING ${opts.host} (${target.address})${from}: ${opts.dataLength} data bytes\n`);
    if (opts.sourceIp !== undefined && !isLocal(env, opts.sourceIp)) {
      io.stderr('ping: bind: Cannot assign requested address\n');
      return 1;
    }
    if (target.ipv6 || opts.dataLength > 65507) {
      io.stderr(`ping: sendto: ${target.ipv6 ? 'Network unreachable' : 'Message too long'}\n`);
      return 1;
    }
    const tally: Tally = { transmitted: 0, received: 0, min: Infinity, max: 0, sum: 0 };
    const answer = isLocal(env, target.address) ? { ttl: 64, rttMs: 0.04 } : env.ping(target.address);
    const stopped = await pingLoop(opts, target.address, answer, tally, io, env);
    if (stopped === 'killed') return 137;
    return printStats(opts, tally, io);
  },
};

type LoopEnd = 'done' | 'killed';

async function pingLoop(
  opts: PingOptions, ip: string, answer: PingTarget | undefined, tally: Tally, io: ProcessIO, env: ContainerEnv,
): Promise<LoopEnd> {
  let elapsedMs = 0;
  for (;;) {
    if (!env.running()) return 'killed';
    if (io.signal.aborted) return 'done';
    if (opts.deadlineSec > 0 && elapsedMs >= opts.deadlineSec * 1000) return 'done';
    const seq = tally.transmitted++;
    if (answer !== undefined) {
      reply(opts, ip, seq, answer, tally, io, env);
      if (opts.count > 0 && tally.received >= opts.count) return 'done';
    }
    if (opts.count > 0 && tally.transmitted >= opts.count) {
      // All -c packets sent: wait -W seconds for a first reply, else about two round trips.
      const expire = tally.received > 0 ? Math.max(1, Math.floor(tally.max / (512 * 1024))) : opts.waitSec;
      await waitSeconds(expire, io);
      return 'done';
    }
    const pause = opts.adaptive && answer !== undefined ? Math.max(1, Math.round(answer.rttMs)) : opts.intervalMs;
    if (pause === 0) {
      await waitForever(io); // setitimer() with a zero interval disarms the timer: ping hangs.
      return 'done';
    }
    if (!(await io.sleep(pause))) return 'done';
    elapsedMs += pause;
  }
}

function reply(opts: PingOptions, ip: string, seq: number, answer: PingTarget, tally: Tally, io: ProcessIO, env: ContainerEnv): void {
  tally.received++;
  const timed = opts.dataLength >= 4; // the send timestamp rides in the first 4 payload bytes
  const us = roundTrip(answer.rttMs, seq, env);
  if (timed) {
    tally.sum += us;
    tally.min = Math.min(tally.min, us);
    tally.max = Math.max(tally.max, us);
  }
  if (opts.quiet) return;
  const time = timed ? ` time=${formatMicros(us)} ms` : '';
  io.stdout(`${opts.dataLength + 8} bytes from ${ip}: seq=${seq} ttl=${answer.ttl}${time}\n`);
}

/** roundTrip draws one reply's time in microseconds; the first packet also pays for ARP. */
function roundTrip(rttMs: number, seq: number, env: ContainerEnv): number {
  const factor = seq === 0 ? 1.5 + 3 * env.random() : 0.6 + 0.9 * env.random();
  return Math.max(1, Math.round(rttMs * 1000 * factor));
}

function formatMicros(us: number): string {
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;
}

function printStats(opts: PingOptions, tally: Tally, io: ProcessIO): number {
  const { transmitted, received } = tally;
  const loss = transmitted === 0 ? 0 : Math.floor(((transmitted - received) * 100) / transmitted);
  let text = `\n--- ${opts.host} ping statistics ---\n`;
  text += `${transmitted} packets transmitted, ${received} packets received, ${loss}% packet loss\n`;
  if (tally.min !== Infinity) {
    const avg = Math.floor(tally.sum / received);
    text += `round-trip min/avg/max = ${formatMicros(tally.min)}/${formatMicros(avg)}/${formatMicros(tally.max)} ms\n`;
  }
  io.stdout(text);
  return received === 0 || (opts.deadlineSec > 0 && received < opts.count) ? 1 : 0;
}

async function waitSeconds(seconds: number, io: ProcessIO): Promise<void> {
  if (seconds === 0) return waitForever(io); // alarm(0) cancels the alarm
  await io.sleep(seconds * 1000);
}

async function waitForever(io: ProcessIO): Promise<void> {
  while (await io.sleep(60_000)) {
    // keep waiting until Ctrl-C
  }
}

function isLocal(env: ContainerEnv, ip: string): boolean {
  if (ip.startsWith('127.')) return true;
  return env.interfaces().some((i) => {
    const cidr = parseCidr(i.cidr);
    return cidr !== undefined && formatIPv4(cidr.address) === ip;
  });
}
