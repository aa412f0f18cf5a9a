// `ip route`: fidelity to busybox networking/libiproute/iproute.c (1_36_1) print_route(): the
// main table in kernel order (default first, then connected subnets by address), each field
// followed by a space, `scope link` for connected routes and ` src <ip> ` for their preferred
// source. A task's default route leaves through docker_gwbridge (gateway .1 of 172.18.0.0/16).

import type { NetInterface } from '../container-env.js';
import { formatIPv4, inSubnet, networkOf, parseCidr, parseDottedQuad, type Cidr } from '../ipv4.js';
import { fail } from './applet.js';
import type { IpContext } from './ip-addr.js';
import { indexInSubstrings } from './nslookup.js';

interface Route {
  dst: string; // "default" or "10.0.1.0/24"
  via?: string;
  dev: string;
  src?: string;
  sortKey: number;
}

const COMMANDS = ['a', 'add', 'append', 'change', 'chg', 'delete', 'get', 'list', 'show', 'prepend', 'replace', 'test', 'flush'];

/** ipRoute runs `ip route [show|get|add|del|flush] ...`. */
export function ipRoute(args: string[], ctx: IpContext): number {
  if (ctx.family === 'inet6' || ctx.family === 'link') return 0; // no IPv6 routes in the task
  const cmd = args[0] === undefined ? 'list' : COMMANDS[indexInSubstrings(COMMANDS, args[0])];
  const routes = routesOf(ctx.env.interfaces());
  switch (cmd) {
    case 'list':
    case 'show':
      return show(args.slice(1), routes, ctx);
    case 'get':
      return get(args.slice(1), routes, ctx);
    case 'flush':
      if (args.length < 2) return fail(ctx.io, 'ip', '"ip route flush" requires an argument');
      return fail(ctx.io, 'ip', "can't send flush request: Operation not permitted");
    case undefined:
      return fail(ctx.io, 'ip', `invalid argument '${args[0] ?? ''}' to 'ip'`);
    default:
      return fail(ctx.io, 'ip', 'RTNETLINK answers: Operation not permitted', 2);
  }
}

/** routesOf derives the main routing table from the container's interfaces. */
export function routesOf(interfaces: NetInterface[]): Route[] {
  const routes: Route[] = [];
  let gateway: Route | undefined;
  for (const iface of interfaces) {
    const cidr = iface.kind === 'ether' ? parseCidr(iface.cidr) : undefined;
    if (cidr === undefined) continue;
    const network = networkOf(cidr);
    routes.push({ dst: `${formatIPv4(network)}/${cidr.prefixLength}`, dev: iface.name, src: formatIPv4(cidr.address), sortKey: network });
    if (gateway === undefined && isLocalBridgePool(cidr)) gateway = { dst: 'default', via: formatIPv4(network + 1), dev: iface.name, sortKey: -1 };
  }
  if (gateway !== undefined) routes.push(gateway);
  return routes.sort((a, b) => a.sortKey - b.sortKey);
}

/** isLocalBridgePool tells docker_gwbridge apart from overlays: it comes from 172.16/12 or 192.168/16. */
function isLocalBridgePool(cidr: Cidr): boolean {
  return inSubnet(cidr.address, { address: 0xac100000, prefixLength: 12 }) || inSubnet(cidr.address, { address: 0xc0a80000, prefixLength: 16 });
}

function format(route: Route): string {
  const via = route.via === undefined ? '' : `via ${route.via} `;
  const scope = route.via === undefined ? 'scope link ' : '';
  const src = route.src === undefined ? '' : ` src ${route.src} `;
  return `${route.dst} ${via}dev ${route.dev} ${scope}${src}\n`;
}

function show(args: string[], routes: Route[], ctx: IpContext): number {
  let dev: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] ?? '';
    if (word !== 'dev' && word !== 'oif') continue;
    dev = args[++i];
    if (dev === undefined) return fail(ctx.io, 'ip', 'command line is not complete, try "help"');
  }
  if (dev !== undefined && !ctx.env.interfaces().some((i) => i.name === dev)) return fail(ctx.io, 'ip', `can't find device '${dev}'`);
  ctx.io.stdout(routes.filter((r) => dev === undefined || r.dev === dev).map(format).join(''));
  return 0;
}

function get(args: string[], routes: Route[], ctx: IpContext): number {
  const target = args.find((a) => parseDottedQuad(a) !== undefined);
  if (target === undefined) return fail(ctx.io, 'ip', `an inet address is expected rather than "${args[0] ?? ''}"`);
  const address = parseDottedQuad(target) ?? 0;
  const direct = routes.find((r) => r.via === undefined && inSubnet(address, parseCidr(r.dst) ?? { address: 0, prefixLength: 32 }));
  const route = direct ?? routes.find((r) => r.via !== undefined);
  if (route === undefined) return fail(ctx.io, 'ip', 'RTNETLINK answers: Network unreachable', 2);
  const src = route.via === undefined ? route.src : routes.find((r) => r.dev === route.dev && r.src !== undefined)?.src;
  const via = route.via === undefined ? '' : `via ${route.via} `;
  ctx.io.stdout(`${target} ${via}dev ${route.dev} ${src === undefined ? '' : ` src ${src} `}\n`);
  return 0;
}
