// `whoami`: busybox coreutils/whoami.c (1_36_1): the effective user's name; `docker exec` runs
// as root unless the service set --user. Any operand shows the usage.

import type { Applet } from './applet.js';
import { parseArgs } from './getopt.js';
import { showUsage, type AppletUsage } from './usage.js';

/** WHOAMI_USAGE is whoami's //usage: text. */
export const WHOAMI_USAGE: AppletUsage = {
  trivial: '',
  full: 'Print the user name associated with the current effective user id',
};

/** whoami prints root. */
export const whoami: Applet = {
  name: 'whoami',
  async run(argv, io) {
    const parsed = parseArgs(argv.slice(1), { short: '' });
    if (parsed.error !== undefined) io.stderr(`whoami: ${parsed.error}\n`);
    if (parsed.error !== undefined || parsed.operands.length > 0) return showUsage(io, 'whoami', WHOAMI_USAGE);
    io.stdout('root\n');
    return 0;
  },
};
