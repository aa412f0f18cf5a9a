// `false`: ash's builtin (busybox coreutils/false.c): ignores its arguments, fails.

import type { Applet } from './applet.js';

/** falseApplet returns 1 whatever its arguments. */
export const falseApplet: Applet = {
  name: 'false',
  async run() {
    return 1;
  },
};
