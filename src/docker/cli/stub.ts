// Builders for the command tree data: commands swarmlab lists in help but may not implement.
// A stub has docker's Use, Short, argument rule and annotations, and no flags and no run.
import type { ArgsRule, CommandSpec } from './spec.js';

/** StubExtras are the optional CommandSpec fields the tree data sets. */
export type StubExtras = Pick<
  CommandSpec<never>, 'aliases' | 'annotations' | 'hidden' | 'interspersed' | 'persistentFlags' | 'flags' | 'long'
>;

/** commandName is cobra's Name(): the first word of Use. */
export function commandName(use: string): string {
  const space = use.indexOf(' ');
  return space >= 0 ? use.slice(0, space) : use;
}

/** stub declares a leaf command without an implementation. */
export function stub(use: string, short: string, args: ArgsRule | undefined, extras: StubExtras = {}): CommandSpec<never> {
  return { name: commandName(use), use, short, ...(args !== undefined ? { args } : {}), ...extras };
}

/** group declares a management command; alone it prints its usage, like docker's ShowHelp. */
export function group(
  use: string, short: string, subcommands: readonly CommandSpec<never>[], extras: StubExtras = {},
): CommandSpec<never> {
  return { name: commandName(use), use, short, subcommands, ...extras };
}
