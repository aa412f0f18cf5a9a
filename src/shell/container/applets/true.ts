// `true`: ash's builtin (busybox coreutils/true.c): ignores its arguments, succeeds.

import type { Applet } from './applet.js';

/** trueApplet returns 0 whatever its arguments. */
export const trueApplet: Applet = {
  name: 'true',
  async run() {
    return 0;
  },
};
