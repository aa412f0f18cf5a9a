// `env`: busybox coreutils/env.c (1_36_1): getopt32 "+i0u:*" (options stop at the first
// operand), `-` acts as -i, NAME=VALUE words are added, then PROG runs or the environment prints.

import { defaultEnvironment } from '../environment.js';
import type { Applet } from './applet.js';
import { parseArgs } from './getopt.js';
import { showUsage, type AppletUsage } from './usage.js';

/** ENV_USAGE is env's //usage: text. */
export const ENV_USAGE: AppletUsage = {
  trivial: '[-i0] [-u NAME]... [-] [NAME=VALUE]... [PROG ARGS]',
  full: [
    'Print current environment or run PROG after setting up environment',
    '',
    '\t-, -i\tStart with empty environment',
    '\t-0\tNUL terminated output',
    '\t-u NAME\tRemove variable from environment',
  ].join('\n'),
};

/** env prints the environment, or runs a command. */
export const env: Applet = {
  name: 'env',
  async run(argv, io, container) {
    const parsed = parseArgs(argv.slice(1), { short: '+i0u:', long: [{ name: 'ignore-environment', hasArg: false, short: 'i' }, { name: 'unset', hasArg: true, short: 'u' }, { name: 'null', hasArg: false, short: '0' }] });
    if (parsed.error !== undefined) {
      io.stderr(`env: ${parsed.error}\n`);
      return showUsage(io, 'env', ENV_USAGE);
    }
    let vars = defaultEnvironment(container, io);
    let operands = parsed.operands;
    if (parsed.options.some((o) => o.opt === 'i') || operands[0] === '-') vars = [];
    if (operands[0] === '-') operands = operands.slice(1);
    const unset = new Set(parsed.options.filter((o) => o.opt === 'u').map((o) => o.arg));
    vars = vars.filter(([k]) => !unset.has(k));
    while (operands[0]?.includes('=')) {
      const [name = '', ...value] = (operands[0] ?? '').split('=');
      vars = [...vars.filter(([k]) => k !== name), [name, value.join('=')]];
      operands = operands.slice(1);
    }
    if (operands.length > 0) {
      // Loaded lazily: the applet table imports this module.
      const { findApplet } = await import('./index.js');
      const prog = operands[0] ?? '';
      const applet = findApplet(prog);
      if (applet === undefined) {
        io.stderr(`env: can't execute '${prog}': No such file or directory\n`);
        return 127;
      }
      return applet.run(operands, io, container);
    }
    const end = parsed.options.some((o) => o.opt === '0') ? '\0' : '\n';
    io.stdout(vars.map(([k, v]) => `${k}=${v}${end}`).join(''));
    return 0;
  },
};
