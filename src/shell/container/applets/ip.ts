// `ip`: fidelity to busybox networking/ip.c and libiproute/ip_parse_common_args.c (1_36_1). The
// object word is matched by unique prefix (`ip a`, `ip r`, `ip l`), an unknown or ambiguous one
// shows the usage, and -4/-6/-0/-f/-o set the family and one-line mode for the object.

import { fail, type Applet } from './applet.js';
import { ipAddress, ipLink, type IpContext } from './ip-addr.js';
import { ipRoute } from './ip-route.js';
import { indexInSubstrings } from './nslookup.js';
import { showUsage, type AppletUsage } from './usage.js';

/** IP_USAGE is ip's //usage: text with every FEATURE_IP_* object enabled, as in alpine. */
export const IP_USAGE: AppletUsage = {
  trivial: '[OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]',
  full: [
    'OPTIONS := -f[amily] inet|inet6|link | -o[neline]',
    '',
    'ip addr add|del IFADDR dev IFACE | show|flush [dev IFACE] [to PREFIX]',
    'ip route list|flush|add|del|change|append|replace|test ROUTE',
    'ip link set IFACE [up|down] [arp on|off] [multicast on|off]',
    '\t[promisc on|off] [mtu NUM] [name NAME] [qlen NUM] [address MAC]',
    '\t[master IFACE | nomaster] [netns PID]',
    'ip tunnel add|change|del|show [NAME]',
    '\t[mode ipip|gre|sit] [remote ADDR] [local ADDR] [ttl TTL]',
    'ip neigh show|flush [to PREFIX] [dev DEV] [nud STATE]',
    'ip rule [list] | add|del SELECTOR ACTION',
  ].join('\n'),
};

const OBJECTS = ['address', 'route', 'r', 'link', 'tunnel', 'tunl', 'rule', 'neigh'];

/** ip shows the container's addresses, links and routes; changes fail without CAP_NET_ADMIN. */
export const ip: Applet = {
  name: 'ip',
  async run(argv, io, env) {
    const ctx: IpContext = { io, env, family: 'any', oneline: false };
    let args = argv.slice(1);
    while (args[0]?.startsWith('-')) {
      let opt = args[0].slice(1);
      args = args.slice(1);
      if (opt.startsWith('-')) {
        opt = opt.slice(1);
        if (opt === '') break; // "--" ends the options
      }
      const which = indexInSubstrings(['oneline', 'family', '4', '6', '0'], opt);
      if (which < 0) return showUsage(io, 'ip', IP_USAGE);
      if (which === 0) ctx.oneline = true;
      if (which >= 2) ctx.family = (['inet', 'inet6', 'link'] as const)[which - 2] ?? 'any';
      if (which === 1) {
        const family = args[0];
        if (family === undefined) return showUsage(io, 'ip', IP_USAGE);
        if (family !== 'inet' && family !== 'inet6' && family !== 'link') return fail(io, 'ip', `invalid argument '${family}' to 'family'`);
        ctx.family = family;
        args = args.slice(1);
      }
    }
    const object = args[0] === undefined ? -1 : indexInSubstrings(OBJECTS, args[0]);
    const rest = args.slice(1);
    switch (OBJECTS[object]) {
      case 'address':
        return ipAddress(rest, ctx);
      case 'route':
      case 'r':
        return ipRoute(rest, ctx);
      case 'link':
        return ipLink(rest, ctx);
      case 'tunnel':
      case 'tunl':
        return 0; // no tunnels in a task container: `ip tunnel` lists nothing
      case 'neigh':
        return ipNeigh(rest, ctx);
      case 'rule':
        io.stdout('0:\tfrom all lookup local \n32766:\tfrom all lookup main \n32767:\tfrom all lookup default \n');
        return 0;
      default:
        return showUsage(io, 'ip', IP_USAGE);
    }
  },
};

function ipNeigh(args: string[], ctx: IpContext): number {
  const cmd = args[0];
  if (cmd !== undefined && indexInSubstrings(['show', 'flush'], cmd) < 0) {
    return fail(ctx.io, 'ip', `invalid argument '${cmd}' to 'ip'`);
  }
  return 0; // the neighbour cache starts empty and the simulation sends no ARP
}
