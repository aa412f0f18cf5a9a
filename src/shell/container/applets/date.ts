// `date`: busybox coreutils/date.c (FEATURE_DATE_ISOFMT, 1_36_1): default format
// "%a %b %e %H:%M:%S %Z %Y", -R, -I[SPEC], +FORMAT, -d TIME and -r FILE. Setting the clock needs
// CAP_SYS_TIME, so `date -s`/`date TIME` warn and then print the time they would have set.

import type { ProcessIO } from '../../process-io.js';
import { FALLBACK_NOW } from '../image-info.js';
import { statPath } from '../rootfs.js';
import { fail, type Applet } from './applet.js';
import { parseArgs } from './getopt.js';
import { indexInSubstrings } from './nslookup.js';
import { strftime } from './strftime.js';
import { showUsage, type AppletUsage } from './usage.js';

/** DATE_USAGE is date's //usage: text with ISO format support. */
export const DATE_USAGE: AppletUsage = {
  trivial: '[OPTIONS] [+FMT] [[-s] TIME]',
  full: [
    'Display time (using +FMT), or set time',
    '',
    "\t-u\t\tWork in UTC (don't convert to local time)",
    '\t[-s] TIME\tSet time to TIME',
    "\t-d TIME\t\tDisplay TIME, not 'now'",
    '\t-D FMT\t\tFMT (strptime format) for -s/-d TIME conversion',
    '\t-r FILE\t\tDisplay last modification time of FILE',
    '\t-R\t\tOutput RFC-2822 date',
    '\t-I[SPEC]\tOutput ISO-8601 date',
    '\t\t\tSPEC=date (default), hours, minutes, seconds or ns',
    '',
    'Recognized TIME formats:',
    '\t@seconds_since_1970',
    '\thh:mm[:ss]',
    '\t[YYYY.]MM.DD-hh:mm[:ss]',
    '\tYYYY-MM-DD hh:mm[:ss]',
    '\t[[[[[YY]YY]MM]DD]hh]mm[.ss]',
    "\t'date TIME' form accepts MMDDhhmm[[YY]YY][.ss] instead",
  ].join('\n'),
};

const LONG = [
  { name: 'rfc-822', hasArg: false, short: 'R' }, { name: 'rfc-2822', hasArg: false, short: 'R' },
  { name: 'set', hasArg: true, short: 's' }, { name: 'utc', hasArg: false, short: 'u' },
  { name: 'universal', hasArg: false, short: 'u' }, { name: 'date', hasArg: true, short: 'd' },
  { name: 'reference', hasArg: true, short: 'r' },
];

/** date prints the simulated clock (UTC). */
export const date: Applet = {
  name: 'date',
  async run(argv, io, env) {
    const parsed = parseArgs(argv.slice(1), { short: 'Rs:ud:r:I::D:', long: LONG });
    if (parsed.error !== undefined) {
      io.stderr(`date: ${parsed.error}\n`);
      return showUsage(io, 'date', DATE_USAGE);
    }
    const last = (o: string): { opt: string; arg?: string } | undefined => parsed.options.filter((p) => p.opt === o).pop();
    let operands = parsed.operands;
    let format: string | undefined;
    if (operands[0]?.startsWith('+')) [format, operands] = [operands[0].slice(1), operands.slice(1)];
    const setArg = last('s')?.arg ?? (last('d') === undefined ? operands.shift() : undefined);
    if (operands.length > 0) return showUsage(io, 'date', DATE_USAGE);
    let now = env.now?.() ?? FALLBACK_NOW;
    const reference = last('r')?.arg;
    if (reference !== undefined) {
      const node = statPath(env, reference, now);
      if (node === undefined) return fail(io, 'date', `can't stat '${reference}': No such file or directory`);
      now = node.mtime;
    }
    const timeArg = last('d')?.arg ?? setArg;
    if (timeArg !== undefined) {
      const parsedTime = parseTime(timeArg, now);
      if (parsedTime === undefined) return fail(io, 'date', `invalid date '${timeArg}'`);
      now = parsedTime;
      if (setArg !== undefined) io.stderr("date: can't set date: Operation not permitted\n");
    }
    const iso = last('I');
    if (format === undefined && iso !== undefined) {
      const spec = iso.arg === undefined ? 0 : indexInSubstrings(['date', 'hours', 'minutes', 'seconds', 'ns'], iso.arg);
      if (spec < 0) return showUsage(io, 'date', DATE_USAGE);
      format = ['%Y-%m-%d', '%Y-%m-%dT%H+00:00', '%Y-%m-%dT%H:%M+00:00', '%Y-%m-%dT%H:%M:%S+00:00', '%Y-%m-%dT%H:%M:%S,000000000+00:00'][spec];
    }
    if (format === undefined) format = last('R') === undefined ? '%a %b %e %H:%M:%S %Z %Y' : '%a, %d %b %Y %H:%M:%S %z';
    printDate(io, format, now);
    return 0;
  },
};

function printDate(io: ProcessIO, format: string, ms: number): void {
  const nanos = String((ms % 1000) * 1_000_000).padStart(9, '0');
  const withNanos = format.replace(/%(\d*)N/g, (_, digits: string) => nanos.slice(0, Number(digits) || 9));
  io.stdout(`${strftime(withNanos, ms)}\n`);
}

/** parseTime reads @seconds, hh:mm[:ss] (today) or YYYY-MM-DD hh:mm[:ss] as UTC; else undefined. */
function parseTime(text: string, now: number): number | undefined {
  const epoch = /^@(-?\d+)$/.exec(text);
  if (epoch !== null) return Number(epoch[1]) * 1000;
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (full !== null) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = full;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  }
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (clock !== null) {
    const day = new Date(now);
    const [, h, mi, s = '0'] = clock;
    return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), Number(h), Number(mi), Number(s));
  }
  return undefined;
}
