// `hostname`: fidelity to busybox networking/hostname.c (1_36_1). -i resolves the hostname the
// way gethostbyname() does under musl (/etc/hosts first, every matching line), -s/-d/-f cut it,
// and setting a name fails: containers lack CAP_SYS_ADMIN.

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';
import { lookupEtcHosts } from '../resolve.js';
import { fail, type Applet } from './applet.js';
import { hasOption, parseArgs } from './getopt.js';
import { showUsage, type AppletUsage } from './usage.js';

/** HOSTNAME_USAGE is hostname's //usage: text. */
export const HOSTNAME_USAGE: AppletUsage = {
  trivial: '[-sidf] [HOSTNAME | -F FILE]',
  full: [
    'Show or set hostname or DNS domain name',
    '',
    '\t-s\tShort',
    '\t-i\tAddresses for the hostname',
    '\t-d\tDNS domain name',
    '\t-f\tFully qualified domain name',
    '\t-F FILE\tUse FILE\'s content as hostname',
  ].join('\n'),
};

/** hostname prints the container's hostname, its domain parts or its addresses. */
export const hostname: Applet = {
  name: 'hostname',
  async run(argv, io, env) {
    const parsed = parseArgs(argv.slice(1), {
      short: 'dfisF:v',
      long: [{ name: 'domain', hasArg: false, short: 'd' }, { name: 'fqdn', hasArg: false, short: 'f' }],
    });
    if (parsed.error !== undefined) {
      io.stderr(`hostname: ${parsed.error}\n`);
      return showUsage(io, 'hostname', HOSTNAME_USAGE);
    }
    const name = env.hostname;
    const short = name.split('.')[0] ?? name;
    const has = (o: string): boolean => hasOption(parsed, o);
    if (has('d') || has('f') || has('i')) return printResolved(io, env, has);
    if (has('s')) io.stdout(`${short}\n`);
    else if (has('F') || parsed.operands[0] !== undefined) return fail(io, 'hostname', 'sethostname: Operation not permitted');
    else io.stdout(`${name}\n`);
    return 0;
  },
};

function printResolved(io: ProcessIO, env: ContainerEnv, has: (o: string) => boolean): number {
  const name = env.hostname;
  const fromHosts = lookupEtcHosts(env, name);
  const answer = fromHosts.length > 0 ? undefined : env.resolveA(name);
  const addresses = answer === undefined ? fromHosts : answer.kind === 'found' ? answer.addresses : [];
  if (addresses.length === 0) return fail(io, 'hostname', `${name}: Unknown host`);
  const dot = name.indexOf('.');
  if (has('f')) io.stdout(`${name}\n`);
  else if (has('s')) io.stdout(`${dot >= 0 ? name.slice(0, dot) : name}\n`);
  else if (has('d')) io.stdout(dot >= 0 ? `${name.slice(dot + 1)}\n` : '');
  else io.stdout(`${addresses.join(' ')}\n`);
  return 0;
}
