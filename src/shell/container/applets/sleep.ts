// `sleep`: busybox coreutils/sleep.c (FEATURE_FANCY_SLEEP, FLOAT_DURATION, 1_36_1): the sum of
// its arguments, each with an optional s/m/h/d suffix; Ctrl-C ends it early with status 130.

import { EXIT_INTERRUPTED, fail, type Applet } from './applet.js';
import { parseDuration } from './numbers.js';
import { showUsage, type AppletUsage } from './usage.js';

/** SLEEP_USAGE is sleep's //usage: text. */
export const SLEEP_USAGE: AppletUsage = {
  trivial: '[N]...',
  full: 'Pause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays',
};

/** sleep waits, interruptibly. */
export const sleep: Applet = {
  name: 'sleep',
  async run(argv, io) {
    const args = argv.slice(1);
    if (args.length === 0) return showUsage(io, 'sleep', SLEEP_USAGE);
    if (/^inf/i.test(args[0] ?? '')) {
      while (await io.sleep(3_600_000)) {
        // GNU compatibility: "sleep inf" never ends by itself
      }
      return EXIT_INTERRUPTED;
    }
    let seconds = 0;
    for (const arg of args) {
      const d = parseDuration(arg);
      if (!d.ok) return 'message' in d ? fail(io, 'sleep', d.message) : showUsage(io, 'sleep', SLEEP_USAGE);
      seconds += d.value;
    }
    // Sleep in steps of an hour at most: timers cannot wait longer than about 24 days at once.
    for (let remaining = Math.round(seconds * 1000); remaining > 0; remaining -= 3_600_000) {
      if (!(await io.sleep(Math.min(remaining, 3_600_000)))) return EXIT_INTERRUPTED;
    }
    return 0;
  },
};
