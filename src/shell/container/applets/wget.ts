// `wget`: busybox networking/wget.c and libbb/xconnect.c (1_36_1), the parts a networking lesson
// meets: URL checks, name resolution (`bad address`), `Connecting to <host> (<ip>:<port>)` on
// stderr, then the connect result. Nothing listens in the simulation, so a live address refuses
// the connection and a dead one is unreachable.

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';
import { resolveHost } from '../resolve.js';
import { EXIT_INTERRUPTED, fail, type Applet } from './applet.js';
import { hasOption, parseArgs, type LongOption } from './getopt.js';
import { showUsage, type AppletUsage } from './usage.js';

/** WGET_USAGE is wget's //usage: text with long options, TLS and -T. */
export const WGET_USAGE: AppletUsage = {
  trivial: '[-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...',
  full: [
    'Retrieve files via HTTP or FTP',
    '',
    '\t--spider\tOnly check URL existence: $? is 0 if exists',
    "\t--header STR\tAdd STR (of form 'header: value') to headers",
    '\t--post-data STR\tSend STR using POST method',
    '\t--post-file FILE\tSend FILE using POST method',
    "\t--no-check-certificate\tDon't validate the server's certificate",
    '\t-c\t\tContinue retrieval of aborted transfer',
    '\t-q\t\tQuiet',
    '\t-P DIR\t\tSave to DIR (default .)',
    '\t-S    \t\tShow server response',
    '\t-T SEC\t\tNetwork read timeout is SEC seconds',
    "\t-O FILE\t\tSave to FILE ('-' for stdout)",
    '\t-o LOGFILE\tLog messages to FILE',
    '\t-U STR\t\tUse STR for User-Agent header',
    '\t-Y on/off\tUse proxy',
  ].join('\n'),
};

const LONG: LongOption[] = [
  ['continue', 'c', false], ['quiet', 'q', false], ['server-response', 'S', false], ['output-document', 'O', true],
  ['output-file', 'o', true], ['directory-prefix', 'P', true], ['proxy', 'Y', true], ['user-agent', 'U', true],
  ['timeout', 'T', true], ['tries', 't', true], ['header', '\x01', true], ['post-data', '\x02', true],
  ['spider', '\x03', false], ['no-check-certificate', '\x04', false], ['post-file', '\x05', true],
  ['no-verbose', 'q', false],
].map(([name, short, hasArg]) => ({ name: String(name), short: String(short), hasArg: hasArg === true }));

/** wget tries to download URLs from the swarm's (silent) services. */
export const wget: Applet = {
  name: 'wget',
  async run(argv, io, env) {
    const parsed = parseArgs(argv.slice(1), { short: 'cqSO:o:P:Y:U:T:t:n::', long: LONG });
    if (parsed.error !== undefined) {
      io.stderr(`wget: ${parsed.error}\n`);
      return showUsage(io, 'wget', WGET_USAGE);
    }
    if (parsed.operands.length === 0) return showUsage(io, 'wget', WGET_USAGE);
    const quiet = hasOption(parsed, 'q');
    for (const url of parsed.operands) {
      const status = await fetchUrl(url, quiet, io, env);
      if (status !== 0) return status;
    }
    return 0;
  },
};

async function fetchUrl(url: string, quiet: boolean, io: ProcessIO, env: ContainerEnv): Promise<number> {
  const scheme = /^([a-zA-Z0-9+.-]*):\/\//.exec(url);
  const protocol = scheme?.[1] ?? 'http';
  if (!['http', 'https', 'ftp', 'ftps'].includes(protocol)) return fail(io, 'wget', `not an http or ftp url: ${url}`);
  const rest = scheme === null ? url : url.slice(scheme[0].length);
  const hostPart = rest.split(/[/?#]/)[0] ?? '';
  const defaultPort = { http: 80, https: 443, ftp: 21, ftps: 990 }[protocol] ?? 80;
  const target = resolveHost(env, hostPart);
  if (!target.ok) return fail(io, 'wget', target.message);
  const port = target.port ?? defaultPort;
  const shown = target.ipv6 ? `[${target.address}]:${port}` : `${target.address}:${port}`;
  if (!quiet) io.stderr(`Connecting to ${hostPart} (${shown})\n`);
  if (env.ping(target.address) !== undefined || target.address.startsWith('127.')) {
    return fail(io, 'wget', `can't connect to remote host (${target.address}): Connection refused`);
  }
  // No ARP answer: the kernel gives up after about three seconds.
  if (!(await io.sleep(3000))) return EXIT_INTERRUPTED;
  return fail(io, 'wget', `can't connect to remote host (${target.address}): Host is unreachable`);
}
