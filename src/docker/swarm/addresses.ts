// How the engine reads the addresses `swarm init` and `swarm join` are given: an interface name
// or an IP, with an optional port (moby daemon/cluster/listen_addr.go resolveListenAddr,
// resolveAdvertiseAddr, resolveDataPathAddr, resolveInputIPAddr; Go net.SplitHostPort, ParseIP,
// ParseCIDR). Our machines have one LAN interface, eth0, so the system address is never ambiguous.

import { hostInterfaces, intToIp, ipToInt, type Host } from '../../cluster/index.js';

/** ERR_BAD_ADVERTISE_ADDR is errBadAdvertiseAddr. */
export const ERR_BAD_ADVERTISE_ADDR = 'advertise address must be a non-zero IP address or network interface (with optional port number)';
/** ERR_BAD_LISTEN_ADDR is errBadListenAddr. */
export const ERR_BAD_LISTEN_ADDR = 'listen address must be an IP address or network interface (with optional port number)';
/** ERR_BAD_DATA_PATH_ADDR is errBadDataPathAddr. */
export const ERR_BAD_DATA_PATH_ADDR = 'data path address must be a non-zero IP address or network interface (without a port number)';

/** parseIp accepts what Go's net.ParseIP accepts (IPv4 dotted quads, IPv6 in a loose form). */
export function parseIp(text: string): string | undefined {
  if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(text)) return text;
  if (text.includes(':') && /^[0-9a-fA-F:.]+$/.test(text) && (text.match(/::/g) ?? []).length <= 1) return text.toLowerCase();
  return undefined;
}

const isUnspecified = (ip: string): boolean => ip === '0.0.0.0' || /^[0:]+$/.test(ip);

/** parseCidr is net.ParseCIDR for IPv4: the network it names (`10.20.5.1/16` → `10.20.0.0/16`), or undefined. */
export function parseCidr(text: string): string | undefined {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(text);
  const ip = m ? parseIp(m[1] ?? '') : undefined;
  const bits = Number(m?.[2] ?? NaN);
  if (!ip || ip.includes(':') || bits > 32) return undefined;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return `${intToIp((ipToInt(ip) & mask) >>> 0)}/${bits}`;
}

/** splitHostPort is net.SplitHostPort: undefined when the text has no port. */
export function splitHostPort(text: string): { host: string; port: string } | undefined {
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(text);
  if (bracket) return { host: bracket[1] ?? '', port: bracket[2] ?? '' };
  const colon = text.lastIndexOf(':');
  if (colon < 0 || text.indexOf(':') !== colon) return undefined;
  return { host: text.slice(0, colon), port: text.slice(colon + 1) };
}

/** resolveInputIp is resolveInputIPAddr: an interface of the machine, else an IP, else undefined. */
export function resolveInputIp(host: Host, input: string, unspecifiedValid: boolean): string | undefined {
  const iface = hostInterfaces(host).find((i) => i.name === input);
  if (iface) return iface.addr;
  const ip = parseIp(input);
  return ip !== undefined && (unspecifiedValid || !isUnspecified(ip)) ? ip : undefined;
}

/** Resolved is an address the engine accepted, or the engine's error text. */
export type Resolved = { ok: true; ip: string; port: string } | { ok: false; error: string };

/** resolveListenAddr checks `--listen-addr` (already `host:port`). */
export function resolveListenAddr(host: Host, listen: string): Resolved {
  const parts = splitHostPort(listen);
  if (!parts) return { ok: false, error: `could not parse listen address ${listen}` };
  const ip = resolveInputIp(host, parts.host, true);
  return ip === undefined ? { ok: false, error: ERR_BAD_LISTEN_ADDR } : { ok: true, ip, port: parts.port };
}

/**
 * resolveAdvertiseAddr picks the address to advertise: `--advertise-addr` (an interface or any
 * non-zero IP, port from the listen address unless given), else the machine's LAN address.
 */
export function resolveAdvertiseAddr(host: Host, advertise: string, listenPort: string): Resolved {
  if (advertise === '') return { ok: true, ip: host.addr, port: listenPort };
  const parts = splitHostPort(advertise) ?? { host: advertise, port: listenPort };
  const ip = resolveInputIp(host, parts.host, false);
  return ip === undefined ? { ok: false, error: ERR_BAD_ADVERTISE_ADDR } : { ok: true, ip, port: parts.port };
}

/** checkDataPathAddr returns errBadDataPathAddr for a `--data-path-addr` that is neither interface nor IP. */
export function checkDataPathAddr(host: Host, addr: string): string | undefined {
  return addr === '' || resolveInputIp(host, addr, false) !== undefined ? undefined : ERR_BAD_DATA_PATH_ADDR;
}
