// `wget` on a node (GNU Wget 1.21.4 as Ubuntu 24.04 ships it), for printing a page:
// `wget -qO- URL` and `wget -O - URL`. Exit statuses are wget's (doc/wget.texi "Exit Status":
// 4 network failure, 8 server error response); the non-quiet log follows src/http.c and
// src/retr.c for the lines a one-page fetch prints. Saving to a file is not simulated.

import { utf8Length, type HttpRequest } from '../../cluster/index.js';
import type { ShellCommand } from '../interpreter.js';
import type { ProcessIO } from '../process-io.js';
import { parseHttpUrl } from '../net/http-fetch.js';
import { resolveOnNode, type NodeNet } from './node-net.js';

const SYN_TIMEOUT_MS = 133_000;

interface WgetOptions {
  quiet: boolean;
  stdout: boolean;
  urls: string[];
}

function parseWget(args: string[]): WgetOptions | string {
  const o: WgetOptions = { quiet: false, stdout: false, urls: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-O' || a === '--output-document') {
      const file = args[++i];
      if (file !== '-') return 'file';
      o.stdout = true;
    } else if (a === '-O-' || a === '--output-document=-' || a === '-qO-' || a === '-qO' && args[i + 1] === '-') {
      if (a === '-qO') i++;
      o.stdout = true;
      if (a.startsWith('-q')) o.quiet = true;
    } else if (a === '-q' || a === '--quiet') {
      o.quiet = true;
    } else if (a.startsWith('-')) {
      return a;
    } else {
      o.urls.push(a);
    }
  }
  return o;
}

const stamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** wgetCommand is the node's wget, bound to the node's network and clock. */
export function wgetCommand(net: NodeNet, now: () => number): ShellCommand {
  return async ({ argv, io }) => {
    const parsed = parseWget(argv.slice(1));
    if (typeof parsed === 'string') {
      io.stderr(parsed === 'file' || !parsed.startsWith('-')
        ? 'swarmlab: wget saving to a file is not simulated in this lab yet (use wget -qO- URL)\n'
        : `wget: invalid option -- '${parsed.replace(/^-+/, '')}'\nUsage: wget [OPTION]... [URL]...\n\nTry \`wget --help' for more options.\n`);
      return parsed === 'file' ? 1 : 2;
    }
    if (parsed.urls.length === 0) {
      io.stderr('wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help\' for more options.\n');
      return 1;
    }
    if (!parsed.stdout) {
      io.stderr('swarmlab: wget saving to a file is not simulated in this lab yet (use wget -qO- URL)\n');
      return 1;
    }
    let status = 0;
    for (const url of parsed.urls) status = Math.max(status, await fetchOne(net, parsed, url, io, now));
    return status;
  };
}

async function fetchOne(net: NodeNet, o: WgetOptions, url: string, io: ProcessIO, now: () => number): Promise<number> {
  const log = (text: string): void => void (o.quiet || io.stderr(text));
  const target = parseHttpUrl(url.includes('://') ? url : `http://${url}`);
  if (!target) {
    io.stderr(`${url}: Unsupported scheme.\n`);
    return 1;
  }
  const shownUrl = `http://${target.hostHeader}${target.path}`;
  log(`--${stamp(now())}--  ${shownUrl}\n`);
  const numeric = /^\d+\.\d+\.\d+\.\d+$/.test(target.host);
  const address = resolveOnNode(net, target.host);
  if (!numeric) log(`Resolving ${target.host} (${target.host})... `);
  if (address === undefined) {
    log(`failed: Name or service not known.\nwget: unable to resolve host address ‘${target.host}’\n`);
    return 4;
  }
  if (!numeric) log(`${address}\n`);
  log(numeric ? `Connecting to ${address}:${target.port}... ` : `Connecting to ${target.host} (${target.host})|${address}|:${target.port}... `);
  const request: HttpRequest = {
    method: 'GET', path: target.path,
    headers: [['Host', target.hostHeader], ['User-Agent', 'Wget/1.21.4'], ['Accept', '*/*'], ['Accept-Encoding', 'identity'], ['Connection', 'Keep-Alive']],
  };
  const outcome = net.fetch(address, target.port, request);
  if (outcome.kind === 'refused') return (log('failed: Connection refused.\n'), 4);
  if (outcome.kind === 'unreachable' || outcome.kind === 'timeout') {
    if (!(await io.sleep(outcome.kind === 'unreachable' ? 3_000 : SYN_TIMEOUT_MS))) return 130;
    log(outcome.kind === 'unreachable' ? 'failed: No route to host.\n' : 'failed: Connection timed out.\n');
    return 4;
  }
  log('connected.\nHTTP request sent, awaiting response... ');
  if (outcome.kind === 'closed') return (log('No data received.\nRetrying.\n\n'), 4);
  const { response } = outcome;
  log(`${response.status} ${response.reason}\n`);
  if (response.status >= 400) return (log(`${stamp(now())} ERROR ${response.status}: ${response.reason}.\n\n`), 8);
  const type = response.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  const length = utf8Length(response.body);
  log(`Length: ${length} [${type.split(';')[0]}]\nSaving to: ‘STDOUT’\n\n`);
  io.stdout(response.body);
  log(`\n${stamp(now())} - written to stdout [${length}/${length}]\n\n`);
  return 0;
}
