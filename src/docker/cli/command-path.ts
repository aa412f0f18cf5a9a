// Facts about a command reached through a path from the root (cobra's CommandPath, UseLine,
// merged flag sets) and which commands and flags docker hides for the current daemon.
// Fidelity: spf13/cobra command.go (CommandPath, UseLine, NamePadding, IsAvailableCommand),
// docker/cli cmd/docker/docker.go (hideUnsupportedFeatures).
import type { ArgsContext, CommandSpec, FlagSpec } from './spec.js';

/** HelpOptions say how help is rendered: terminal width and what the daemon's swarm state hides. */
export interface HelpOptions {
  /** width is the terminal width in columns; use 80 when output is not a terminal. */
  readonly width: number;
  /** hideManagerOnly hides `swarm: manager` commands and flags (node is not a manager). */
  readonly hideManagerOnly: boolean;
  /** hideActiveOnly hides `swarm: active` commands such as `swarm leave` (node not in a swarm). */
  readonly hideActiveOnly?: boolean;
  /** apiVersion is the negotiated Engine API version; commands and flags newer than it are hidden. */
  readonly apiVersion?: string;
}

/** API_VERSION is the Engine API version the simulated daemon reports (Docker 28.2). */
export const API_VERSION = '1.50';

type Path = readonly CommandSpec<unknown>[];

const last = (path: Path): CommandSpec<unknown> => path[path.length - 1] as CommandSpec<unknown>;

/** commandPath is cobra's CommandPath: the names from the root, space separated. */
export function commandPath(path: Path): string {
  return path.map((c) => c.name).join(' ');
}

/** useLine is cobra's UseLine with flags suppressed: parent path + the command's Use. */
export function useLine(path: Path): string {
  const cmd = last(path);
  return path.length > 1 ? `${commandPath(path.slice(0, -1))} ${cmd.use}` : cmd.use;
}

/** hasSubCommands is cobra's HasSubCommands: any subcommand, hidden or not. */
export function hasSubCommands(cmd: CommandSpec<unknown>): boolean {
  return (cmd.subcommands?.length ?? 0) > 0;
}

/** argsContext builds what argument rules need to word their errors. */
export function argsContext(path: Path): ArgsContext {
  const cmd = last(path);
  return {
    binName: (path[0] as CommandSpec<unknown>).name,
    commandPath: commandPath(path),
    useLine: useLine(path),
    short: cmd.short,
    hasSubCommands: hasSubCommands(cmd),
  };
}

/** allFlags is the merged flag set of the last command: its own, then persistent ones inherited. */
export function allFlags(path: Path): FlagSpec[] {
  const cmd = last(path);
  const out = [...(cmd.flags ?? []), ...(cmd.persistentFlags ?? [])];
  for (let i = path.length - 2; i >= 0; i--) out.push(...((path[i] as CommandSpec<unknown>).persistentFlags ?? []));
  return out;
}

/** apiVersionLess compares dotted API versions numerically ("1.9" < "1.10"). */
export function apiVersionLess(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

function swarmHides(value: string | undefined, opts: HelpOptions): boolean {
  return (value === 'manager' && opts.hideManagerOnly) || (value === 'active' && (opts.hideActiveOnly ?? false));
}

/** isCommandVisible is cobra's IsAvailableCommand after docker's hideUnsupportedFeatures. */
export function isCommandVisible(cmd: CommandSpec<unknown>, opts: HelpOptions): boolean {
  const a = cmd.annotations ?? {};
  if (cmd.hidden === true || 'experimental' in a) return false;
  if (a.ostype !== undefined && a.ostype !== 'linux') return false;
  if (a.version !== undefined && apiVersionLess(opts.apiVersion ?? API_VERSION, a.version)) return false;
  return !swarmHides(a.swarm, opts);
}

/** isFlagVisible tells whether help lists a flag (pflag Hidden, deprecation, daemon support). */
export function isFlagVisible(flag: FlagSpec, opts: HelpOptions): boolean {
  if (flag.hidden === true || flag.deprecated !== undefined) return false;
  const a = flag.annotations ?? {};
  if (a.experimental !== undefined) return false;
  const os = a.ostype?.[0];
  if (os !== undefined && os !== 'linux') return false;
  const version = a.version?.[0];
  if (version !== undefined && apiVersionLess(opts.apiVersion ?? API_VERSION, version)) return false;
  return !swarmHides(a.swarm?.[0], opts);
}

/** namePadding is cobra's NamePadding for the children of cmd: the longest name, at least 11. */
export function namePadding(cmd: CommandSpec<unknown>, extraNames: readonly string[] = []): number {
  const names = [...(cmd.subcommands ?? []).map((c) => c.name), ...extraNames];
  return Math.max(11, ...names.map((n) => n.length));
}
