// `pwd`: ash's builtin (busybox shell/ash.c pwdcmd): prints the current directory. The shell
// owns the directory; a freshly exec'd `sh` starts in the image's WORKDIR, `/` for alpine.

import type { Applet } from './applet.js';

/** pwd prints `/`, the working directory of a `docker exec` into alpine. */
export const pwd: Applet = {
  name: 'pwd',
  async run(argv, io) {
    const bad = argv.slice(1).find((a) => a.startsWith('-') && !/^-[LP]+$/.test(a) && a !== '--');
    if (bad !== undefined) {
      io.stderr(`sh: pwd: Illegal option ${bad.slice(0, 2)}\n`);
      return 2;
    }
    io.stdout('/\n');
    return 0;
  },
};
