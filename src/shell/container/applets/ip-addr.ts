// `ip address` and `ip link`: fidelity to busybox networking/libiproute/ipaddress.c and iplink.c
// (1_36_1), built against musl as in alpine, so IFF_DORMANT exists and link lines carry
// `state UP`/`state UNKNOWN`. Formats: print_linkinfo(), print_addrinfo(), ipaddr_list_or_flush().

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv, NetInterface } from '../container-env.js';
import { formatIPv4, inSubnet, parseCidr, parseDottedQuad, type Cidr } from '../ipv4.js';
import { fail } from './applet.js';
import { indexInSubstrings } from './nslookup.js';

/** IpContext carries what `ip`'s common options decided. */
export interface IpContext {
  io: ProcessIO;
  env: ContainerEnv;
  family: 'any' | 'inet' | 'inet6' | 'link';
  oneline: boolean;
}

interface Filter {
  dev?: string;
  scope?: 'host' | 'link' | 'global';
  to?: Cidr;
  label?: RegExp;
}

const PERMISSION = 'RTNETLINK answers: Operation not permitted';

/** ipAddress runs `ip address [add|del|show|flush] ...`. */
export function ipAddress(args: string[], ctx: IpContext): number {
  const commands = ['add', 'change', 'chg', 'replace', 'delete', 'list', 'show', 'lst', 'flush'];
  const cmd = args[0] === undefined ? 6 : indexInSubstrings(commands, args[0]);
  if (cmd < 0) return fail(ctx.io, 'ip', `invalid argument '${args[0] ?? ''}' to 'ip'`);
  const rest = args.slice(args[0] === undefined ? 0 : 1);
  if (cmd <= 4) return fail(ctx.io, 'ip', PERMISSION, 2);
  if (cmd === 8 && rest.length === 0) return fail(ctx.io, 'ip', 'flush requires an argument');
  const filter = parseFilter(rest, ctx.io, 1);
  if (typeof filter === 'number') return filter;
  if (cmd === 8) return fail(ctx.io, 'ip', "can't send flush request: Operation not permitted");
  return list(ctx, filter, 1);
}

/** ipLink runs `ip link [show|set|add|delete] ...`; iplink.c makes its errors exit 2. */
export function ipLink(args: string[], ctx: IpContext): number {
  const commands = ['add', 'delete', 'set', 'show', 'lst', 'list'];
  const key = args[0] === undefined ? 3 : indexInSubstrings(commands, args[0]);
  if (key < 0) return fail(ctx.io, 'ip', `invalid argument '${args[0] ?? ''}' to 'ip'`, 2);
  if (key <= 1) return fail(ctx.io, 'ip', PERMISSION, 2);
  if (key === 2) return fail(ctx.io, 'ip', 'SIOCSIFFLAGS: Operation not permitted', 2);
  const filter = parseFilter(args.slice(args[0] === undefined ? 0 : 1), ctx.io, 2);
  if (typeof filter === 'number') return filter;
  return list({ ...ctx, family: 'link' }, filter, 2);
}

function parseFilter(args: string[], io: ProcessIO, status: number): Filter | number {
  const filter: Filter = {};
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    const takesValue = ['to', 'scope', 'label', 'dev'].includes(word);
    const value = takesValue ? args[++i] : word;
    if (value === undefined) return fail(io, 'ip', 'command line is not complete, try "help"', status);
    if (word === 'up') continue;
    if (word === 'to') {
      const cidr = parseCidr(value);
      if (cidr === undefined || !/^[0-9.]+(\/[0-9]+)?$/.test(value)) return fail(io, 'ip', `an inet prefix is expected rather than "${value}"`, status);
      filter.to = cidr;
    } else if (word === 'scope') {
      if (value !== 'host' && value !== 'link' && value !== 'global' && value !== 'all') return fail(io, 'ip', `invalid argument '${value}' to 'scope'`, status);
      if (value !== 'all') filter.scope = value;
    } else if (word === 'label') {
      filter.label = globToRegExp(value);
    } else {
      if (filter.dev !== undefined) return fail(io, 'ip', `either "dev" is duplicate, or "${value}" is garbage`, status);
      filter.dev = value;
    }
  }
  return filter;
}

function globToRegExp(glob: string): RegExp {
  const body = Array.from(glob).map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}

function list(ctx: IpContext, filter: Filter, status: number): number {
  const links = [...ctx.env.interfaces()].sort((a, b) => a.index - b.index);
  if (filter.dev !== undefined && !links.some((l) => l.name === filter.dev)) {
    return fail(ctx.io, 'ip', `can't find device '${filter.dev}'`, status);
  }
  let out = '';
  for (const link of links) {
    if (filter.dev !== undefined && link.name !== filter.dev) continue;
    const addrs = ctx.family === 'link' || ctx.family === 'inet6' ? [] : addressesOf(link, filter);
    if (ctx.family === 'inet' || ctx.family === 'inet6') {
      if (addrs.length === 0) continue; // a family filter drops links with no such address
    } else if (filter.label !== undefined && !filter.label.test(link.name)) {
      continue;
    }
    if (!(ctx.oneline && ctx.family !== 'link')) out += linkLine(link, ctx);
    if (ctx.family !== 'link') for (const addr of addrs) out += addressLine(link, addr, ctx.oneline);
  }
  ctx.io.stdout(out);
  return 0;
}

function addressesOf(link: NetInterface, filter: Filter): Cidr[] {
  const cidr = parseCidr(link.cidr);
  if (cidr === undefined) return [];
  if (filter.scope !== undefined && filter.scope !== scopeOf(link)) return [];
  if (filter.to !== undefined && !inSubnet(cidr.address, filter.to)) return [];
  if (filter.label !== undefined && !filter.label.test(link.name)) return [];
  return [cidr];
}

function scopeOf(link: NetInterface): 'host' | 'global' {
  return link.kind === 'loopback' ? 'host' : 'global';
}

/** linkLine formats print_linkinfo(): flags, mtu, qdisc, operstate, qlen, then link/<type>. */
export function linkLine(link: NetInterface, ctx: Pick<IpContext, 'family' | 'oneline'>): string {
  const loopback = link.kind === 'loopback';
  const peer = link.peerIndex === undefined ? '' : `@if${link.peerIndex}`;
  const flags = loopback ? 'LOOPBACK,UP,LOWER_UP' : 'BROADCAST,MULTICAST,UP,LOWER_UP';
  const mdown = link.peerIndex === undefined ? '' : ',M-DOWN'; // the peer lives in another namespace
  const state = loopback ? 'UNKNOWN' : 'UP';
  const qlen = loopback ? 'qlen 1000' : ''; // txqueuelen 0 (veth) prints nothing
  let line = `${link.index}: ${link.name}${peer}: <${flags}${mdown}> mtu ${link.mtu} qdisc noqueue state ${state} ${qlen}`;
  if (ctx.family === 'any' || ctx.family === 'link') {
    const brd = loopback ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff';
    line += `${ctx.oneline ? '\\' : '\n'}    link/${loopback ? 'loopback' : 'ether'} ${link.mac} brd ${brd}`;
  }
  return `${line}\n`;
}

function addressLine(link: NetInterface, cidr: Cidr, oneline: boolean): string {
  const prefix = oneline ? `${link.index}: ${link.name}` : '';
  const brd = link.broadcast === undefined || parseDottedQuad(link.broadcast) === undefined ? '' : `brd ${link.broadcast} `;
  const sep = oneline ? '\\' : '\n';
  return `${prefix}    inet ${formatIPv4(cidr.address)}/${cidr.prefixLength} ${brd}scope ${scopeOf(link)} ${link.name}${sep}       valid_lft forever preferred_lft forever\n`;
}
