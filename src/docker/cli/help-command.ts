// cobra's built-in `help` command (`docker help service create`) and subcommand lookup by name
// or alias. Fidelity: docker/cli cli/cobra.go (helpCommand), cmd/docker/docker.go
// (setupHelpCommand), spf13/cobra command.go (findNext, Find, legacyArgs).
import { hasSubCommands, type HelpOptions } from './command-path.js';
import { renderHelp } from './help.js';
import type { CommandSpec } from './spec.js';
import type { TextResult } from './parse-args.js';

/** HELP_COMMAND is the hidden `help [command]` command every docker root has. */
export const HELP_COMMAND: CommandSpec<never> = {
  name: 'help',
  use: 'help [command]',
  short: 'Help about the command',
  hidden: true,
};

/** findChild is cobra's findNext: a subcommand by exact name or alias; `help` at the root. */
export function findChild<R>(cmd: CommandSpec<R>, word: string, isRoot: boolean): CommandSpec<R> | undefined {
  const found = (cmd.subcommands ?? []).find((c) => c.name === word || (c.aliases ?? []).includes(word));
  if (found !== undefined) return found;
  return isRoot && word === HELP_COMMAND.name ? HELP_COMMAND : undefined;
}

/**
 * runHelpCommand prints the help of the command named by `args` on stdout, or fails with
 * `unknown help topic: <leftover words>` (exit 1) when they do not name one.
 */
export function runHelpCommand<R>(
  root: CommandSpec<R>, args: readonly string[], out: { stdout: string; stderr: string }, opts: HelpOptions,
): TextResult {
  const path: CommandSpec<R>[] = [root];
  const rest = [...args];
  for (;;) {
    const next = rest.length > 0 ? findChild(path[path.length - 1] as CommandSpec<R>, rest[0] as string, path.length === 1) : undefined;
    if (next === undefined) break;
    path.push(next);
    rest.shift();
  }
  // cobra's legacyArgs: a root with subcommands and no Args rule rejects leftover words.
  const found = path[path.length - 1] as CommandSpec<R>;
  const legacyError = found.args === undefined && hasSubCommands(found) && path.length === 1 && rest.length > 0;
  if (legacyError || rest.length > 0) {
    return { kind: 'error', stdout: out.stdout, stderr: `${out.stderr}unknown help topic: ${rest.join(' ')}\n`, exitCode: 1 };
  }
  return { kind: 'help', stdout: out.stdout + renderHelp(path, opts), stderr: out.stderr, exitCode: 0 };
}
