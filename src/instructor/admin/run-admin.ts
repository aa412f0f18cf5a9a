// Runs one admin command line: words split like a shell would (quotes allowed), no operators.

import { expandWords, parseCommandLine } from '../../shell/parser/index.js';
import { ADMIN_COMMANDS } from './commands.js';
import type { AdminContext } from './context.js';

/** runAdminCommand runs an admin exec request and resolves with its exit status. */
export async function runAdminCommand(line: string, ctx: AdminContext): Promise<number> {
  const parsed = parseCommandLine(line);
  const simple = parsed.kind === 'ok' && parsed.list.length === 1 && parsed.list[0]?.rest.length === 0 ? parsed.list[0].first.commands : undefined;
  if (!simple || simple.length !== 1 || !simple[0]) {
    ctx.io.stderr("swarmlab: one admin command per request, without ; && || or |; try 'help'\n");
    return 2;
  }
  const [verb = '', ...args] = expandWords(simple[0].words, () => undefined);
  const command = Object.hasOwn(ADMIN_COMMANDS, verb) ? ADMIN_COMMANDS[verb] : undefined;
  if (!command) {
    ctx.io.stderr(`swarmlab: unknown admin command '${verb}'; try 'help'\n`);
    return 2;
  }
  return command(args, ctx);
}
