// `printenv`: busybox coreutils/printenv.c (1_36_1): all variables, or the values of the named
// ones; exit 1 when any is unset.

import { defaultEnvironment } from '../environment.js';
import type { Applet } from './applet.js';

/** printenv prints the environment or selected values. */
export const printenv: Applet = {
  name: 'printenv',
  async run(argv, io, env) {
    const vars = defaultEnvironment(env, io);
    const names = argv.slice(1);
    if (names.length === 0) {
      io.stdout(vars.map(([k, v]) => `${k}=${v}\n`).join(''));
      return 0;
    }
    let status = 0;
    for (const name of names) {
      const found = vars.find(([k]) => k === name);
      if (found === undefined) status = 1;
      else io.stdout(`${found[1]}\n`);
    }
    return status;
  },
};
