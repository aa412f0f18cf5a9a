// `observe <user>` over `ssh -t`: a read-only live mirror of the student's newest interactive
// session, until `q` or Ctrl-C (or the student's session ends).

import type { AdminCommand } from './context.js';
import { usage } from './context.js';

/** observeCommand streams a student's terminal to the instructor. */
export const observeCommand: AdminCommand = async (args, ctx) => {
  const user = args[0];
  if (!user || args.length > 1) return usage(ctx, 'observe <user>');
  if (!ctx.io.isTTY || !ctx.io.stdin) {
    ctx.io.stderr('observe needs a terminal: use ssh -t\n');
    return 1;
  }
  const mirror = ctx.api.observe(user);
  if (!mirror) {
    ctx.io.stderr(`${user} has no interactive session to observe\n`);
    return 1;
  }
  ctx.io.stdout('\x1b[H\x1b[2J');
  return new Promise<number>((resolve) => {
    const subs = [
      mirror.onData((d) => ctx.io.stdout(d)),
      mirror.onEnd(() => finish(`\r\n[${user}'s session ended]\r\n`)),
      ctx.io.stdin?.onData((d) => {
        if (d.includes('q') || d.includes('\x03')) finish('\r\n[observe ended]\r\n');
      }),
    ];
    const onAbort = (): void => finish('');
    ctx.io.signal.addEventListener('abort', onAbort, { once: true });
    function finish(text: string): void {
      for (const s of subs) s?.dispose();
      ctx.io.signal.removeEventListener('abort', onAbort);
      mirror?.dispose();
      ctx.io.stdout(`\x1b[0m${text}`);
      resolve(0);
    }
  });
};
