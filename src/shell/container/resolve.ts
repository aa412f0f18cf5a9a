// Name resolution as a musl program inside the container sees it (libbb/xconnect.c str2sockaddr
// over musl getaddrinfo): a numeric address skips DNS (inet_aton forms too), an optional `:port`
// is split off, /etc/hosts is read before the embedded DNS, and malformed names never reach DNS.

import type { ContainerEnv } from './container-env.js';
import { formatIPv4, parseInetAton } from './ipv4.js';

/** Resolved is where a host argument points. */
export type Resolved = { ok: true; address: string; ipv6: boolean; port?: number } | { ok: false; message: string };

/** Family restricts resolution like `-4`/`-6`; undefined accepts both. */
export type Family = 4 | 6 | undefined;

/** resolveHost turns a host[:port] argument into an address, or busybox's error text. */
export function resolveHost(env: ContainerEnv, arg: string, family: Family = undefined): Resolved {
  const split = splitPort(arg);
  if ('message' in split) return { ok: false, message: split.message };
  const { host, port } = split;
  if (family !== 6) {
    const numeric = parseInetAton(host);
    if (numeric !== undefined) return withPort({ ok: true, address: formatIPv4(numeric), ipv6: false }, port);
  }
  if (family !== 4 && isIPv6Literal(host)) return withPort({ ok: true, address: host, ipv6: true }, port);
  const bad: Resolved = { ok: false, message: `bad address '${arg}'` };
  if (!isValidHostname(host)) return bad;
  if (family === 6) return bad; // the embedded DNS has no AAAA records for tasks
  const fromHosts = lookupEtcHosts(env, host);
  if (fromHosts[0] !== undefined) return withPort({ ok: true, address: fromHosts[0], ipv6: false }, port);
  const answer = env.resolveA(host.replace(/\.$/, ''));
  if (answer.kind !== 'found' || answer.addresses[0] === undefined) return bad;
  return withPort({ ok: true, address: answer.addresses[0], ipv6: false }, port);
}

function withPort(resolved: Resolved & { ok: true }, port: number | undefined): Resolved {
  return port === undefined ? resolved : { ...resolved, port };
}

function splitPort(arg: string): { host: string; port?: number } | { message: string } {
  let host = arg;
  let portText: string | undefined;
  if (arg.startsWith('[')) {
    const close = arg.indexOf(']');
    const after = close < 0 ? '' : arg.slice(close + 1);
    if (close < 0 || (after !== '' && !after.startsWith(':'))) return { message: `bad address '${arg}'` };
    host = arg.slice(1, close);
    portText = after === '' ? undefined : after.slice(1);
  } else {
    const last = arg.lastIndexOf(':');
    if (last >= 0 && arg.indexOf(':') === last) {
      host = arg.slice(0, last);
      portText = arg.slice(last + 1);
    }
  }
  if (portText === undefined) return { host };
  const port = /^[0-9]+$/.test(portText) ? Number(portText) : NaN;
  if (!(port <= 0xffff)) return { message: `bad port '${portText}'` };
  return { host, port };
}

/** isIPv6Literal tells whether text looks like an IPv6 address (inet_pton AF_INET6, loosely). */
export function isIPv6Literal(text: string): boolean {
  return text.includes(':') && /^[0-9a-fA-F:.]+$/.test(text) && (text.match(/::/g) ?? []).length <= 1;
}

/** isValidHostname mirrors musl's is_valid_hostname(): length < 255, [A-Za-z0-9._-] or 8-bit. */
export function isValidHostname(name: string): boolean {
  if (name === '' || name.length >= 255) return false;
  return Array.from(name).every((c) => /[A-Za-z0-9._-]/.test(c) || c.charCodeAt(0) >= 0x80);
}

/** lookupEtcHosts returns the IPv4 addresses /etc/hosts gives name, in file order. */
export function lookupEtcHosts(env: ContainerEnv, name: string): string[] {
  const found: string[] = [];
  const wanted = name.toLowerCase().replace(/\.$/, '');
  for (const line of (env.readFile('/etc/hosts') ?? '').split('\n')) {
    const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (ip === undefined || parseInetAton(ip) === undefined) continue;
    if (names.some((n) => n.toLowerCase() === wanted)) found.push(ip);
  }
  return found;
}
