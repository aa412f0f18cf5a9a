// From argv to "run this command with these flags and args", or the exact text docker v28 prints
// instead (help, usage, errors). Steps mirror the real CLI: global flags are parsed first with
// interspersing off, then cobra's Traverse walks subcommands, then the final command parses its
// flags, honours --help/--version, and checks its argument rule.
// Fidelity: docker/cli cli/cobra.go (HandleGlobalFlags, FlagErrorFunc), cmd/docker/docker.go
// (root RunE, ShowHelp), spf13/cobra command.go (ExecuteC, Traverse, execute).
import { allFlags, argsContext, commandPath, hasSubCommands, useLine, type HelpOptions } from './command-path.js';
import { FlagStore, parseFlagWords } from './flag-parser.js';
import { renderHelp } from './help.js';
import { HELP_COMMAND, runHelpCommand } from './help-command.js';
import { ParsedFlags } from './parsed-flags.js';
import { noArgs } from './args-rules.js';
import { traverse } from './traverse.js';
import type { CommandSpec, FlagSpec } from './spec.js';

/** ParseOptions tune help rendering; defaults: 80 columns, nothing hidden. */
export type ParseOptions = Partial<HelpOptions>;

/** RunRequest is a successfully parsed command line, ready for the command layer. */
export interface RunRequest<R> {
  readonly kind: 'run';
  /** path is the command chain from the root, e.g. [docker, service, create]. */
  readonly path: readonly CommandSpec<R>[];
  readonly command: CommandSpec<R>;
  readonly flags: ParsedFlags;
  /** globals are the root's flags (--host, --debug...), as given before the command. */
  readonly globals: ParsedFlags;
  readonly args: readonly string[];
  /** argsLenAtDash is how many args came before `--` (-1 when there was none). */
  readonly argsLenAtDash: number;
  /** notices are deprecation warnings docker prints before running (stdout and stderr). */
  readonly notices: { readonly stdout: string; readonly stderr: string };
}

/** TextResult is output to print instead of running anything: help, usage or an error. */
export interface TextResult {
  readonly kind: 'help' | 'usage' | 'error';
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** ParseResult is what parseArgs decides. `help` also covers `--version` (stdout, exit 0). */
export type ParseResult<R> = RunRequest<R> | TextResult;

type Out = { stdout: string; stderr: string };

function text(kind: TextResult['kind'], out: Out, exitCode: number): TextResult {
  return { kind, stdout: out.stdout, stderr: out.stderr, exitCode };
}

/** flagErrorText is docker's FlagErrorFunc: the pflag error, Usage line and a `Run` hint. */
export function flagErrorText(path: readonly CommandSpec<unknown>[], error: string): string {
  return `${error}\n\nUsage:  ${useLine(path)}\n\nRun '${commandPath(path)} --help' for more information\n`;
}

function isSet(store: FlagStore, defs: readonly FlagSpec[], name: string): boolean {
  const flag = defs.find((f) => f.name === name);
  return flag !== undefined && store.values.get(flag) === true;
}

/**
 * parseArgs resolves `argv` (without the leading `docker`) against the command tree under
 * `root`. It never throws: every outcome is a RunRequest or the exact text docker would print.
 */
export function parseArgs<R>(root: CommandSpec<R>, argv: readonly string[], options: ParseOptions = {}): ParseResult<R> {
  const opts: HelpOptions = {
    width: options.width ?? 80,
    hideManagerOnly: options.hideManagerOnly ?? false,
    hideActiveOnly: options.hideActiveOnly ?? false,
    ...(options.apiVersion !== undefined ? { apiVersion: options.apiVersion } : {}),
  };
  const store = new FlagStore();
  const out: Out = { stdout: '', stderr: '' };
  const globalDefs = [...(root.flags ?? []), ...(root.persistentFlags ?? [])];
  const global = parseFlagWords(globalDefs, store, argv, false);
  out.stderr += global.notices; // docker's own global FlagSet writes to stderr
  if (!global.ok) {
    out.stderr += flagErrorText([root], global.error);
    return text('error', out, 125);
  }
  const walk = traverse(root, global.positional, store);
  out.stdout += walk.notices;
  if (!walk.ok) {
    out.stderr += `${walk.error}\n`;
    return text('error', out, 1);
  }
  return execute(walk.path, walk.words, store, out, opts, globalDefs);
}

function execute<R>(
  path: readonly CommandSpec<R>[], words: readonly string[], store: FlagStore, out: Out,
  opts: HelpOptions, globalDefs: readonly FlagSpec[],
): ParseResult<R> {
  const cmd = path[path.length - 1] as CommandSpec<R>;
  const root = path[0] as CommandSpec<R>;
  const defs = allFlags(path);
  const parsed = parseFlagWords(defs, store, words, cmd.interspersed ?? true);
  if (!parsed.ok) {
    out.stderr += flagErrorText(path, parsed.error);
    return text('error', out, 125);
  }
  out.stdout += parsed.notices;
  if (isSet(store, defs, 'help')) {
    out.stdout += renderHelp(path, opts);
    return text('help', out, 0);
  }
  if (path.length === 1 && root.version !== undefined && isSet(store, defs, 'version')) {
    out.stdout += `Docker version ${root.version}\n`;
    return text('help', out, 0);
  }
  const args = parsed.positional;
  if ((cmd as CommandSpec<unknown>) === HELP_COMMAND) return runHelpCommand(root, args, out, opts);
  if (path.length === 1 && cmd.run === undefined) {
    if (args.length === 0) return showUsage(path, out, opts);
    out.stderr += `${root.name}: unknown command: ${root.name} ${args[0] as string}\n\nRun '${root.name} --help' for more information\n`;
    return text('error', out, 1);
  }
  const group = hasSubCommands(cmd) && cmd.run === undefined;
  const rule = cmd.args ?? (group ? noArgs : undefined);
  const message = rule?.check(argsContext(path), args) ?? null;
  if (message !== null) {
    out.stderr += `${message}\n`;
    return text('error', out, 1);
  }
  if (group) return showUsage(path, out, opts);
  return {
    kind: 'run', path, command: cmd, args, argsLenAtDash: parsed.argsLenAtDash,
    flags: new ParsedFlags(defs, store), globals: new ParsedFlags(globalDefs, store),
    notices: { stdout: out.stdout, stderr: out.stderr },
  };
}

/** showUsage is docker's command.ShowHelp(stderr): the help text on stderr, exit 0. */
function showUsage(path: readonly CommandSpec<unknown>[], out: Out, opts: HelpOptions): TextResult {
  out.stderr += renderHelp(path, opts);
  return text('usage', out, 0);
}
