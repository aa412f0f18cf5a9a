// `nslookup`: fidelity to busybox networking/nslookup.c (FEATURE_NSLOOKUP_BIG, 1_36_1):
// `-opt=val` options before HOST, an optional DNS_SERVER, servers from /etc/resolv.conf,
// A then AAAA queries for a name (expanded with `search` domains when it has no dot), one PTR
// query for an address, and `;; connection timed out; no servers could be reached` when no
// server answers within -timeout (5 s, -retry 2 sends).

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';
import { parseDottedQuad } from '../ipv4.js';
import { isIPv6Literal, resolveHost } from '../resolve.js';
import { EXIT_INTERRUPTED, type Applet } from './applet.js';
import { answerQuery, ptrName, QUERY_TYPES, type Query, type QueryType } from './nslookup-answer.js';
import { xatouRange, INT_MAX } from './numbers.js';
import { showUsage, type AppletUsage } from './usage.js';

const EMBEDDED_DNS = '127.0.0.11';

/** NSLOOKUP_USAGE is nslookup's //usage: text with FEATURE_NSLOOKUP_BIG and IPv6. */
export const NSLOOKUP_USAGE: AppletUsage = {
  trivial: '[-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]',
  full: 'Query DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any',
};

interface Settings {
  types: Set<QueryType>;
  port: number;
  retry: number;
  timeoutSec: number;
  debug: boolean;
}

interface Server {
  name: string;
  address: string;
}

/** nslookup queries the container's DNS servers and prints busybox's answer blocks. */
export const nslookup: Applet = {
  name: 'nslookup',
  async run(argv, io, env) {
    const settings: Settings = { types: new Set(), port: 53, retry: 2, timeoutSec: 5, debug: false };
    let args = argv.slice(1);
    while (args[0]?.startsWith('-')) {
      const status = applyOption(args[0], settings, io);
      if (status !== undefined) return status;
      args = args.slice(1);
    }
    const [host, serverArg, extra] = args;
    if (host === undefined || extra !== undefined) return showUsage(io, 'nslookup', NSLOOKUP_USAGE);
    const servers = serverArg === undefined ? serversFromResolvConf(env) : [serverArg];
    const resolved: Server[] = [];
    for (const name of servers.length > 0 ? servers : ['127.0.0.1']) {
      const r = resolveHost(env, name);
      if (!r.ok) return fail(io, r.message);
      resolved.push({ name, address: r.address });
    }
    const queries = buildQueries(host, settings, searchDomains(env, serverArg === undefined));
    for (const server of resolved) {
      const outcome = await askServer(server, queries, settings, io, env);
      if (outcome !== 'no-reply') return outcome;
    }
    io.stdout(';; connection timed out; no servers could be reached\n\n');
    return 1;
  },
};

function applyOption(arg: string, settings: Settings, io: ProcessIO): number | undefined {
  const body = arg.slice(1);
  const eq = body.indexOf('=');
  const key = eq >= 0 ? body.slice(0, eq) : body;
  const val = eq >= 0 ? body.slice(eq + 1) : '';
  const index = indexInSubstrings(['type', 'querytype', 'port', 'retry', 'debug', 't', 'timeout'], key);
  if (index < 0) return showUsage(io, 'nslookup', NSLOOKUP_USAGE);
  if (index <= 1) {
    const type = QUERY_TYPES.find((t) => t.toLowerCase() === val.toLowerCase());
    if (type === undefined) return fail(io, `invalid query type "${val}"`);
    settings.types.add(type);
    return undefined;
  }
  if (index === 4) {
    settings.debug = true;
    return undefined;
  }
  const range = index === 2 ? 0xffff : index === 3 ? INT_MAX : Math.floor(INT_MAX / 1000);
  const n = xatouRange(val, 1, range);
  if (!n.ok) return 'message' in n ? fail(io, n.message) : 1;
  if (index === 2) settings.port = n.value;
  else if (index === 3) settings.retry = n.value;
  else settings.timeoutSec = n.value;
  return undefined;
}

/** indexInSubstrings mirrors libbb's index_in_substrings(): exact match, else a unique prefix. */
export function indexInSubstrings(words: readonly string[], key: string): number {
  if (key === '') return -1;
  const exact = words.indexOf(key);
  if (exact >= 0) return exact;
  const prefixed = words.flatMap((w, i) => (w.startsWith(key) ? [i] : []));
  return prefixed.length === 1 ? (prefixed[0] ?? -1) : -1;
}

function resolvConfLines(env: ContainerEnv): Array<[string, string]> {
  return (env.readFile('/etc/resolv.conf') ?? '').split('\n').flatMap((line): Array<[string, string]> => {
    const match = /^[ \t]*([^ \t]+)[ \t]+(.+)$/.exec(line);
    return match === null ? [] : [[match[1] ?? '', (match[2] ?? '').trim()]];
  });
}

function serversFromResolvConf(env: ContainerEnv): string[] {
  return resolvConfLines(env).flatMap(([key, value]) => (key === 'nameserver' ? [value] : []));
}

function searchDomains(env: ContainerEnv, fromResolvConf: boolean): string[] {
  if (!fromResolvConf) return []; // parse_resolvconf() is skipped when a server is named
  let search: string | undefined;
  let haveSearch = false;
  for (const [key, value] of resolvConfLines(env)) {
    if (key === 'search') [search, haveSearch] = [value, true];
    if (key === 'domain' && !haveSearch) search = value;
  }
  if (search === undefined) {
    const dot = env.hostname.indexOf('.');
    if (dot >= 0) search = env.hostname.slice(dot + 1);
  }
  return search === undefined || search === '.' ? [] : search.split(/\s+/).filter((d) => d !== '');
}

function buildQueries(host: string, settings: Settings, search: string[]): Query[] {
  const withSearch = (type: QueryType): Query[] =>
    type === 'PTR' || search.length === 0 || host.includes('.')
      ? [{ type, name: host }]
      : search.map((domain) => ({ type, name: `${host}.${domain}` }));
  if (settings.types.size > 0) return QUERY_TYPES.filter((t) => settings.types.has(t)).flatMap(withSearch);
  const ptr = ptrName(host, parseDottedQuad(host), isIPv6Literal(host) ? host : undefined);
  if (ptr !== undefined) return [{ type: 'PTR', name: ptr }];
  return [...withSearch('A'), ...withSearch('AAAA')];
}

async function askServer(server: Server, queries: Query[], settings: Settings, io: ProcessIO, env: ContainerEnv): Promise<number | 'no-reply'> {
  if (server.address === EMBEDDED_DNS && settings.port === 53) {
    io.stdout(`Server:\t\t${server.name}\nAddress:\t${server.address}:${settings.port}\n\n`);
    let failed = false;
    queries.forEach((query, n) => {
      const reply = answerQuery(env, query);
      io.stdout(`${settings.debug ? `Query #${n} completed in 0ms:\n` : ''}${reply.text}`);
      failed ||= reply.failed;
    });
    return failed ? 1 : 0;
  }
  // Nothing else serves DNS: a live host refuses the datagram (ICMP port unreachable, one
  // `read` error per send), a dead one never answers.
  const refused = server.address.startsWith('127.') || env.ping(server.address) !== undefined;
  const intervalMs = Math.max(1, Math.floor((settings.timeoutSec * 1000) / settings.retry));
  for (let send = 0; send * intervalMs < settings.timeoutSec * 1000; send++) {
    if (refused) io.stderr('nslookup: read: Connection refused\n');
    const waitMs = Math.min(intervalMs, settings.timeoutSec * 1000 - send * intervalMs);
    if (!(await io.sleep(waitMs))) return EXIT_INTERRUPTED;
  }
  return 'no-reply';
}

function fail(io: ProcessIO, message: string): number {
  io.stderr(`nslookup: ${message}\n`);
  return 1;
}
