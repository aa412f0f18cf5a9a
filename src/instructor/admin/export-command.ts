// `export <user>`: the newest recorded session of a user as asciicast v2 on stdout.

import { writeAsciicast } from '../asciicast.js';
import type { AdminCommand } from './context.js';
import { usage } from './context.js';

/** exportCommand writes a user's newest session recording. */
export const exportCommand: AdminCommand = (args, ctx) => {
  const user = args[0];
  if (!user || args.length > 1) return usage(ctx, 'export <user>');
  const recordings = ctx.lab.store.recordings;
  const session = recordings.latestSessionOf(user);
  if (!session) {
    ctx.io.stderr(`no recorded session for ${user}\n`);
    return 1;
  }
  writeAsciicast(session, recordings.chunks(session.id), (line) => ctx.io.stdout(line));
  return 0;
};
