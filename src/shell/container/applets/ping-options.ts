// `ping` command line, as networking/ping.c (FEATURE_FANCY_PING, busybox 1_36_1) reads it:
// getopt32 "qvAc:+s:t:+w:+W:+I:np:i:46" with exactly one operand, then -s, -I, -p and -i checked in
// that order after the option loop.

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';
import { parseDottedQuad } from '../ipv4.js';
import type { Family } from '../resolve.js';
import { parseArgs } from './getopt.js';
import { parseDuration, xatoiPositive, xatouRange, INT_MAX } from './numbers.js';
import { showUsage, type AppletUsage } from './usage.js';

/** PING_USAGE is ping's //usage: text with FEATURE_FANCY_PING and PING6. */
export const PING_USAGE: AppletUsage = {
  trivial: '[OPTIONS] HOST',
  full: [
    'Send ICMP ECHO_REQUESTs to HOST',
    '',
    '\t-4,-6\t\tForce IP or IPv6 name resolution',
    '\t-c CNT\t\tSend only CNT pings',
    '\t-s SIZE\t\tSend SIZE data bytes in packets (default 56)',
    '\t-i SECS\t\tInterval',
    '\t-A\t\tPing as soon as reply is received',
    '\t-t TTL\t\tSet TTL',
    '\t-I IFACE/IP\tSource interface or IP address',
    '\t-W SEC\t\tSeconds to wait for the first response (default 10)',
    '\t\t\t(after all -c CNT packets are sent)',
    '\t-w SEC\t\tSeconds until ping exits (default:infinite)',
    '\t\t\t(can exit earlier with -c CNT)',
    '\t-q\t\tQuiet, only display output at start/finish',
    '\t-p HEXBYTE\tPayload pattern',
  ].join('\n'),
};

/** PingOptions is a parsed, validated ping command line. */
export interface PingOptions {
  host: string;
  quiet: boolean;
  adaptive: boolean;
  /** count is -c; 0 pings until interrupted. */
  count: number;
  /** dataLength is -s, the ICMP payload size (default 56). */
  dataLength: number;
  /** deadlineSec is -w; 0 means none. */
  deadlineSec: number;
  /** waitSec is -W, how long to wait after the last -c packet when nothing came back. */
  waitSec: number;
  /** intervalMs is -i in milliseconds (default 1000). */
  intervalMs: number;
  /** sourceIp is -I when it names an address (printed as `from <ip>`). */
  sourceIp?: string;
  family: Family;
}

/** parsePingArgs validates argv like ping does; on failure it has printed the error and gives the exit status. */
export function parsePingArgs(argv: string[], io: ProcessIO, env: ContainerEnv): PingOptions | number {
  const parsed = parseArgs(argv.slice(1), { short: 'qvAc:s:t:w:W:I:np:i:46' });
  const opts: PingOptions = {
    host: '', quiet: false, adaptive: false, count: 0, dataLength: 56,
    deadlineSec: 0, waitSec: 10, intervalMs: 1000, family: undefined,
  };
  let size: string | undefined;
  let iface: string | undefined;
  let pattern: string | undefined;
  let interval = '1';
  for (const { opt, arg = '' } of parsed.options) {
    if ('ctwW'.includes(opt)) {
      // getopt32's "+" options are converted inside the option loop, in command-line order.
      const n = xatoiPositive(arg);
      if (!n.ok) return 'message' in n ? fail(io, n.message) : showUsage(io, 'ping', PING_USAGE);
      if (opt === 'c') opts.count = n.value;
      if (opt === 'w') opts.deadlineSec = n.value;
      if (opt === 'W') opts.waitSec = n.value;
    }
    if (opt === 'q') opts.quiet = true;
    if (opt === 'A') opts.adaptive = true;
    if (opt === 's') size = arg;
    if (opt === 'I') iface = arg;
    if (opt === 'p') pattern = arg;
    if (opt === 'i') interval = arg;
    if (opt === '4') opts.family = 4;
    if (opt === '6') opts.family = 6;
  }
  if (parsed.error !== undefined) return fail(io, parsed.error, true);
  const host = parsed.operands[0];
  if (host === undefined || parsed.operands.length !== 1) return showUsage(io, 'ping', PING_USAGE);
  opts.host = host;
  return checkLateOptions(opts, { size, iface, pattern, interval }, io, env);
}

interface LateOptions {
  size: string | undefined;
  iface: string | undefined;
  pattern: string | undefined;
  interval: string;
}

function checkLateOptions(opts: PingOptions, late: LateOptions, io: ProcessIO, env: ContainerEnv): PingOptions | number {
  if (late.size !== undefined) {
    const n = xatouRange(late.size, 0, 0xffff);
    if (!n.ok) return 'message' in n ? fail(io, n.message) : 1;
    opts.dataLength = n.value;
  }
  if (late.iface !== undefined && !env.interfaces().some((i) => i.name === late.iface)) {
    if (parseDottedQuad(late.iface) === undefined) return fail(io, `bad address '${late.iface}'`);
    opts.sourceIp = late.iface;
  }
  if (late.pattern !== undefined) {
    const n = xatouRange(late.pattern, 0, 255, 16);
    if (!n.ok) return 'message' in n ? fail(io, n.message) : 1;
  }
  const seconds = parseDuration(late.interval);
  if (!seconds.ok) return 'message' in seconds ? fail(io, seconds.message) : showUsage(io, 'ping', PING_USAGE);
  opts.intervalMs = Math.round(Math.min(seconds.value, Math.floor(INT_MAX / 1000000)) * 1000);
  return opts;
}

function fail(io: ProcessIO, message: string, withUsage = false): number {
  io.stderr(`ping: ${message}\n`);
  return withUsage ? showUsage(io, 'ping', PING_USAGE) : 1;
}
