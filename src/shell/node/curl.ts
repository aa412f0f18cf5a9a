// `curl` on a node (curl 8.5.0 as Ubuntu 24.04 ships it), the options a routing-mesh lesson
// uses: -s, -S, -i, -I, -f, -o /dev/null, -H, -A, -m. Error lines and exit codes follow curl's
// lib/connect.c ("Failed to connect to … port … after … ms"), lib/strerror.c and the exit-code
// list in docs/libcurl/libcurl-errors.md (6, 7, 22, 28, 52). The progress meter curl draws when
// stdout is not a terminal is left out.

import type { HttpRequest } from '../../cluster/index.js';
import type { ShellCommand } from '../interpreter.js';
import type { ProcessIO } from '../process-io.js';
import { headerBlock, parseHttpUrl } from '../net/http-fetch.js';
import { resolveOnNode, type NodeNet } from './node-net.js';

const VERSION = '8.5.0';
/** KERNEL_SYN_TIMEOUT_MS is how long Linux retries an unanswered SYN before ETIMEDOUT. */
const KERNEL_SYN_TIMEOUT_MS = 133_000;
/** ARP_TIMEOUT_MS is how long an address nobody holds takes to fail with EHOSTUNREACH. */
const ARP_TIMEOUT_MS = 3_000;

interface CurlOptions {
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  fail: boolean;
  discard: boolean;
  headers: [string, string][];
  userAgent: string;
  maxTimeMs?: number;
  urls: string[];
}

const UNSIMULATED = new Set(['-v', '--verbose', '-L', '--location', '-X', '--request', '-d', '--data', '-k', '--insecure', '-u', '--user', '-x', '--proxy']);

type Parsed = CurlOptions | { error: string; code: number };

function parseCurl(args: string[]): Parsed {
  const o: CurlOptions = { silent: false, showError: false, include: false, head: false, fail: false, discard: false, headers: [], userAgent: `curl/${VERSION}`, urls: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = (): string | undefined => args[++i];
    if (!a.startsWith('-') || a === '-') { o.urls.push(a); continue; }
    if (UNSIMULATED.has(a)) return { error: `swarmlab: curl ${a} is not simulated in this lab yet\n`, code: 2 };
    if (/^-[sSiIf]{2,}$/.test(a)) { args.splice(i + 1, 0, ...[...a.slice(1)].map((c) => `-${c}`)); continue; }
    switch (a) {
      case '-s': case '--silent': o.silent = true; break;
      case '-S': case '--show-error': o.showError = true; break;
      case '-i': case '--include': o.include = true; break;
      case '-I': case '--head': o.head = true; break;
      case '-f': case '--fail': o.fail = true; break;
      case '-o': case '--output': {
        const file = value();
        if (file === undefined) return missing(a);
        if (file !== '/dev/null') return { error: 'swarmlab: curl -o FILE is not simulated in this lab yet (use -o /dev/null, or no -o)\n', code: 2 };
        o.discard = true;
        break;
      }
      case '-H': case '--header': {
        const h = value();
        if (h === undefined) return missing(a);
        const at = h.indexOf(':');
        if (at > 0) o.headers.push([h.slice(0, at).trim(), h.slice(at + 1).trim()]);
        break;
      }
      case '-A': case '--user-agent': {
        const ua = value();
        if (ua === undefined) return missing(a);
        o.userAgent = ua;
        break;
      }
      case '-m': case '--max-time': {
        const t = value();
        if (t === undefined) return missing(a);
        const secs = Number(t);
        if (!Number.isFinite(secs) || secs < 0) return { error: `curl: option ${a}: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, code: 2 };
        o.maxTimeMs = secs * 1000;
        break;
      }
      default:
        return { error: `curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, code: 2 };
    }
  }
  return o;
}

const missing = (a: string): Parsed => ({ error: `curl: option ${a}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, code: 2 });

/** curlCommand is the node's curl, bound to the node's network. */
export function curlCommand(net: NodeNet): ShellCommand {
  return async ({ argv, io }) => {
    const parsed = parseCurl(argv.slice(1));
    if ('error' in parsed) return (io.stderr(parsed.error), parsed.code);
    if (parsed.urls.length === 0) {
      io.stderr("curl: try 'curl --help' or 'curl --manual' for more information\n");
      return 2;
    }
    let status = 0;
    for (const url of parsed.urls) status = await fetchOne(net, parsed, url, io);
    return status;
  };
}

async function fetchOne(net: NodeNet, o: CurlOptions, url: string, io: ProcessIO): Promise<number> {
  const fail = (code: number, text: string): number => {
    if (!o.silent || o.showError) io.stderr(`curl: (${code}) ${text}\n`);
    return code;
  };
  const target = parseHttpUrl(url);
  if (!target) return fail(/^[a-z]+:\/\//i.test(url) ? 1 : 3, /^[a-z]+:\/\//i.test(url) ? `Protocol "${url.split(':')[0]}" not supported` : 'URL using bad/illegal format or missing URL');
  const address = resolveOnNode(net, target.host);
  if (address === undefined) return fail(6, `Could not resolve host: ${target.host}`);
  const request: HttpRequest = {
    method: o.head ? 'HEAD' : 'GET',
    path: target.path,
    headers: [['Host', target.hostHeader], ['User-Agent', o.userAgent], ['Accept', '*/*'], ...o.headers],
  };
  const outcome = net.fetch(address, target.port, request);
  const connectFail = (ms: number): string => `Failed to connect to ${target.host} port ${target.port} after ${ms} ms: Couldn't connect to server`;
  switch (outcome.kind) {
    case 'refused':
      return fail(7, connectFail(0));
    case 'unreachable':
      if (!(await io.sleep(Math.min(ARP_TIMEOUT_MS, o.maxTimeMs ?? ARP_TIMEOUT_MS)))) return 130;
      return o.maxTimeMs !== undefined && o.maxTimeMs < ARP_TIMEOUT_MS ? fail(28, `Connection timed out after ${Math.round(o.maxTimeMs)} milliseconds`) : fail(7, connectFail(ARP_TIMEOUT_MS));
    case 'timeout': {
      const waited = Math.min(KERNEL_SYN_TIMEOUT_MS, o.maxTimeMs ?? KERNEL_SYN_TIMEOUT_MS);
      if (!(await io.sleep(waited))) return 130;
      return o.maxTimeMs !== undefined && o.maxTimeMs < KERNEL_SYN_TIMEOUT_MS
        ? fail(28, `Connection timed out after ${Math.round(o.maxTimeMs)} milliseconds`)
        : fail(28, `Failed to connect to ${target.host} port ${target.port} after ${waited} ms: Timeout was reached`);
    }
    case 'closed':
      return fail(52, 'Empty reply from server');
    case 'response': {
      const { response } = outcome;
      if (o.fail && response.status >= 400) return fail(22, `The requested URL returned error: ${response.status}`);
      if (o.discard) return 0;
      if (o.include || o.head) io.stdout(headerBlock(response));
      if (!o.head) io.stdout(response.body);
      return 0;
    }
  }
}
