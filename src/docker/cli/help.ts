// docker's help and usage text (`--help` on stdout, a bare command group on stderr).
// Fidelity: docker/cli cli/cobra.go (usageTemplate, helpTemplate, commandAliases, topCommands,
// operationSubCommands, managementSubCommands, orchestratorSubCommands, wrappedFlagUsages:
// FlagUsagesWrapped(width - 1)).
import {
  allFlags, commandPath, hasSubCommands, isCommandVisible, isFlagVisible, namePadding, useLine,
  type HelpOptions,
} from './command-path.js';
import { flagUsagesWrapped } from './flag-usages.js';
import type { CommandSpec } from './spec.js';
import { naturalLess } from '../format/natural-sort.js';

type Cmd = CommandSpec<unknown>;

/** BUILTIN_HELP_NAME is cobra's hidden `help` command, counted in the root's name padding. */
export const BUILTIN_HELP_NAME = 'help';

const byName = (a: Cmd, b: Cmd): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function aliasesLine(path: readonly Cmd[]): string | null {
  const cmd = path[path.length - 1] as Cmd;
  const fromAnnotation = cmd.annotations?.aliases;
  if (fromAnnotation !== undefined && fromAnnotation !== '') return fromAnnotation;
  if ((cmd.aliases?.length ?? 0) === 0) return null;
  const parent = path.length > 1 ? `${commandPath(path.slice(0, -1))} ` : '';
  return [commandPath(path), ...(cmd.aliases ?? []).map((a) => parent + a)].join(', ');
}

function section(title: string, cmds: readonly Cmd[], pad: number): string {
  if (cmds.length === 0) return '';
  return `\n\n${title}:${cmds.map((c) => `\n  ${`${c.name} `.padEnd(pad + 1)}${c.short}`).join('')}`;
}

function commandSections(path: readonly Cmd[], opts: HelpOptions): string {
  const cmd = path[path.length - 1] as Cmd;
  const isRoot = path.length === 1;
  const visible = [...(cmd.subcommands ?? [])].sort(byName).filter((c) => isCommandVisible(c, opts));
  const pad = namePadding(cmd, isRoot ? [BUILTIN_HELP_NAME, 'completion'] : []);
  const top = isRoot
    ? visible.filter((c) => c.annotations?.['category-top'] !== undefined)
      .sort((a, b) => {
        const ka = a.annotations?.['category-top'] ?? '';
        const kb = b.annotations?.['category-top'] ?? '';
        return naturalLess(ka, kb) ? -1 : naturalLess(kb, ka) ? 1 : 0;
      })
    : [];
  const groups = visible.filter(hasSubCommands);
  const management = groups.filter((c) => c.annotations?.swarm === undefined);
  const swarm = groups.filter((c) => c.annotations?.swarm !== undefined);
  const operations = visible.filter((c) => !hasSubCommands(c) && !(isRoot && top.includes(c)));
  return section('Common Commands', top, pad)
    + section('Management Commands', management, pad)
    + section('Swarm Commands', swarm, pad)
    + section('Commands', operations, pad);
}

function flagBlock(title: string, path: readonly Cmd[], opts: HelpOptions): string {
  const flags = allFlags(path).filter((f) => isFlagVisible(f, opts));
  if (flags.length === 0) return '';
  return `\n\n${title}:\n${flagUsagesWrapped(flags, opts.width - 1).trimEnd()}`;
}

/**
 * renderHelp renders the usage template for the last command of `path` (root first), exactly as
 * docker v28 prints it for `--help`; a bare command group prints the same text on stderr.
 */
export function renderHelp(path: readonly CommandSpec<unknown>[], opts: HelpOptions): string {
  const cmd = path[path.length - 1] as Cmd;
  const isRoot = path.length === 1;
  const groupFlags = allFlags(path).some((f) => isFlagVisible(f, opts)) ? ' [OPTIONS]' : '';
  let out = hasSubCommands(cmd)
    ? `Usage:  ${commandPath(path)}${groupFlags} COMMAND`
    : `Usage:  ${useLine(path)}`;
  out += `\n\n${(cmd.long ?? '') !== '' ? (cmd.long as string).trim() : cmd.short.trim()}`;
  const aliases = aliasesLine(path);
  if (aliases !== null) out += `\n\nAliases:\n  ${aliases}`;
  if ((cmd.examples ?? '') !== '') out += `\n\nExamples:\n${cmd.examples as string}`;
  if (!isRoot) out += flagBlock('Options', path, opts);
  out += commandSections(path, opts);
  if (isRoot) out += flagBlock('Global Options', path, opts);
  if (hasSubCommands(cmd)) out += `\n\nRun '${commandPath(path)} COMMAND --help' for more information on a command.`;
  const additional = cmd.annotations?.additionalHelp;
  if (additional !== undefined && additional !== '') out += `\n\n${additional}`;
  return `${out}\n`;
}
