// `wget`: busybox networking/wget.c and libbb/xconnect.c (1_36_1), the parts a networking lesson
// meets: URL checks, name resolution (`bad address`), `Connecting to <host> (<ip>:<port>)` on
// stderr, then the connect result and, when a server answers through the cluster, the page
// (`wget -qO- web:80`; -O - is the only destination simulated). Without a cluster behind the
// container, a live address refuses the connection and a dead one is unreachable.

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';
import { resolveHost } from '../resolve.js';
import { EXIT_INTERRUPTED, fail, type Applet } from './applet.js';
import { hasOption, lastArg, parseArgs, type LongOption } from './getopt.js';
import { statusLine } from '../../net/http-fetch.js';
import { utf8Length } from '../../../cluster/index.js';
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
    const output = lastArg(parsed, 'O');
    if (env.http && output !== '-') return fail(io, 'wget', 'swarmlab: only -O - (print the page) is simulated in this lab yet');
    const fetchOptions = { quiet, showHeaders: hasOption(parsed, 'S'), userAgent: lastArg(parsed, 'U') ?? 'Wget' };
    for (const url of parsed.operands) {
      const status = await fetchUrl(url, fetchOptions, io, env);
      if (status !== 0) return status;
    }
    return 0;
  },
};

interface FetchOptions {
  quiet: boolean;
  showHeaders: boolean;
  userAgent: string;
}

async function fetchUrl(url: string, options: FetchOptions, io: ProcessIO, env: ContainerEnv): Promise<number> {
  const { quiet } = options;
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
  if (env.http) {
    const path = `/${rest.slice(hostPart.length).replace(/^\//, '').replace(/#.*$/, '')}`;
    return httpGet(env, options, io, { address: target.address, port, hostHeader: hostPart, path });
  }
  if (env.ping(target.address) !== undefined || target.address.startsWith('127.')) {
    return fail(io, 'wget', `can't connect to remote host (${target.address}): Connection refused`);
  }
  // No ARP answer: the kernel gives up after about three seconds.
  if (!(await io.sleep(3000))) return EXIT_INTERRUPTED;
  return fail(io, 'wget', `can't connect to remote host (${target.address}): Host is unreachable`);
}

/** SYN_TIMEOUT_MS is how long Linux retries an unanswered SYN before connect() fails. */
const SYN_TIMEOUT_MS = 127_000;

/** httpGet sends the request busybox writes (Host, User-Agent, Connection: close) and prints the page. */
async function httpGet(env: ContainerEnv, options: FetchOptions, io: ProcessIO, target: { address: string; port: number; hostHeader: string; path: string }): Promise<number> {
  const http = env.http;
  if (!http) return 1;
  const request = { method: 'GET', path: target.path, headers: [['Host', target.hostHeader], ['User-Agent', options.userAgent], ['Connection', 'close']] as [string, string][] };
  const outcome = http(target.address, target.port, request);
  const cannot = (why: string): number => fail(io, 'wget', `can't connect to remote host (${target.address}): ${why}`);
  switch (outcome.kind) {
    case 'refused':
      return cannot('Connection refused');
    case 'unreachable':
    case 'timeout':
      if (!(await io.sleep(outcome.kind === 'unreachable' ? 3000 : SYN_TIMEOUT_MS))) return EXIT_INTERRUPTED;
      return cannot(outcome.kind === 'unreachable' ? 'Host is unreachable' : 'Connection timed out');
    case 'closed':
      return fail(io, 'wget', 'error getting response');
    case 'response': {
      const { response } = outcome;
      if (options.showHeaders) io.stderr([statusLine(response), ...response.headers.map(([k, v]) => `${k}: ${v}`)].map((l) => `  ${l}\n`).join(''));
      if (response.status >= 300) return fail(io, 'wget', `server returned error: ${statusLine(response)}`);
      if (!options.quiet) io.stderr('writing to stdout\n');
      io.stdout(response.body);
      if (!options.quiet) io.stderr(`${progressLine(utf8Length(response.body))}written to stdout\n`);
      return 0;
    }
  }
}

/** progressLine is bb_progress_update's last line when stderr is not a terminal (80-column bar). */
function progressLine(bytes: number): string {
  return `-                    100% |${'*'.repeat(32)}| ${String(bytes).padStart(5)}  0:00:00 ETA\n`;
}
