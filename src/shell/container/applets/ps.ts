// `ps`: busybox procps/ps.c (DESKTOP, FEATURE_PS_TIME, 1_36_1) with the default columns
// "pid,user,time,args": `PID   USER     TIME  COMMAND`, every field but the last padded to its
// width, lines cut to the terminal width minus one on a tty. The list comes from
// env.processes(); `ps` itself is the newest process.

import type { ContainerProcess } from '../container-env.js';
import type { Applet } from './applet.js';
import { parseArgs } from './getopt.js';
import { showUsage, type AppletUsage } from './usage.js';

/** PS_USAGE is ps's //usage: text (DESKTOP, with -T). */
export const PS_USAGE: AppletUsage = {
  trivial: '[-o COL1,COL2=HEADER] [-T]',
  full: 'Show list of processes\n\n\t-o COL1,COL2=HEADER\tSelect columns for display\n\t-T\t\t\tShow threads',
};

/** ps lists the container's processes. */
export const ps: Applet = {
  name: 'ps',
  async run(argv, io, env) {
    const parsed = parseArgs(argv.slice(1), { short: 'Zo:aAdeflT' });
    if (parsed.error !== undefined) {
      io.stderr(`ps: ${parsed.error}\n`);
      return showUsage(io, 'ps', PS_USAGE);
    }
    const listed: ContainerProcess[] = env.processes?.() ?? [{ pid: 1, user: 'root', command: 'sh' }];
    const self = { pid: Math.max(0, ...listed.map((p) => p.pid)) + 1, user: 'root', command: argv.join(' ') };
    const width = io.isTTY ? io.size().columns - 1 : Infinity;
    const cut = (line: string): string => (line.length > width ? line.slice(0, width) : line);
    let out = `${cut('PID   USER     TIME  COMMAND')}\n`;
    for (const p of [...listed, self]) {
      const user = p.user.length > 8 ? p.user.slice(0, 8) : p.user;
      out += `${cut(`${String(p.pid).padStart(5, ' ')} ${user.padEnd(8, ' ')}  0:00 ${p.command}`)}\n`;
    }
    io.stdout(out);
    return 0;
  },
};
