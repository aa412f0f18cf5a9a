// `uname`: busybox coreutils/uname.c (1_36_1): fields printed in s n r v m p i o order; -a leaves
// out the "unknown" processor and platform; alpine builds with UNAME_OSNAME "Linux". The kernel is
// the Docker host's (image-info.ts).

import { KERNEL } from '../image-info.js';
import type { Applet } from './applet.js';
import { parseArgs, type LongOption } from './getopt.js';
import { showUsage, type AppletUsage } from './usage.js';

/** UNAME_USAGE is uname's //usage: text. */
export const UNAME_USAGE: AppletUsage = {
  trivial: '[-amnrspvio]',
  full: [
    'Print system information',
    '',
    '\t-a\tPrint all',
    '\t-m\tMachine (hardware) type',
    '\t-n\tHostname',
    '\t-r\tKernel release',
    '\t-s\tKernel name (default)',
    '\t-p\tProcessor type',
    '\t-v\tKernel version',
    '\t-i\tHardware platform',
    '\t-o\tOS name',
  ].join('\n'),
};

const LONG: LongOption[] = [
  ['all', 'a'], ['kernel-name', 's'], ['nodename', 'n'], ['kernel-release', 'r'], ['release', 'r'],
  ['kernel-version', 'v'], ['machine', 'm'], ['processor', 'p'], ['hardware-platform', 'i'], ['operating-system', 'o'],
].map(([name = '', short = '']) => ({ name, short, hasArg: false }));

/** uname prints the kernel and machine the container runs on. */
export const uname: Applet = {
  name: 'uname',
  async run(argv, io, env) {
    const parsed = parseArgs(argv.slice(1), { short: 'snrvmpioa', long: LONG });
    if (parsed.error !== undefined) io.stderr(`uname: ${parsed.error}\n`);
    if (parsed.error !== undefined || parsed.operands.length > 0) return showUsage(io, 'uname', UNAME_USAGE);
    const all = parsed.options.some((o) => o.opt === 'a');
    const wanted = new Set(all ? 'snrvmpio' : parsed.options.map((o) => o.opt).join('') || 's');
    const unknown = all ? '' : 'unknown';
    const fields: Array<[string, string]> = [
      ['s', KERNEL.sysname], ['n', env.hostname], ['r', KERNEL.release], ['v', KERNEL.version],
      ['m', KERNEL.machine], ['p', unknown], ['i', unknown], ['o', 'Linux'],
    ];
    const out = fields.filter(([flag, value]) => wanted.has(flag) && value !== '').map(([, value]) => value);
    io.stdout(`${out.join(' ')}\n`);
    return 0;
  },
};
