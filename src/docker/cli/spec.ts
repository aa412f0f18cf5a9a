// Declarative description of docker commands and flags: the data cobra.Command and pflag.Flag
// hold in docker/cli, without their behaviour. parse-args.ts and help.ts interpret it.
// Fidelity: spf13/cobra command.go (Use, Short, Long, Aliases, Args, Annotations, Hidden),
// spf13/pflag flag.go (Flag: Name, Shorthand, Usage, DefValue, NoOptDefVal, Hidden, Deprecated).
import type { GoResult } from './go-strconv.js';

/** ArgsContext is what an argument rule may put in its message (cobra passes the command). */
export interface ArgsContext {
  /** binName is the root command's name, `docker`. */
  readonly binName: string;
  /** commandPath is the full path, e.g. `docker network create`. */
  readonly commandPath: string;
  /** useLine is the Usage line, e.g. `docker network create [OPTIONS] NETWORK`. */
  readonly useLine: string;
  readonly short: string;
  readonly hasSubCommands: boolean;
}

/** ArgsRule checks the positional arguments; it returns the error text (no final newline) or null. */
export interface ArgsRule {
  readonly describe: string;
  check(ctx: ArgsContext, args: readonly string[]): string | null;
}

/** FlagCommon holds what every pflag flag has besides its value. */
export interface FlagCommon {
  /** name is the long name without dashes: `replicas`. */
  readonly name: string;
  /** shorthand is one ASCII letter without the dash: `p`. */
  readonly shorthand?: string;
  /** usage is the help text; a `backquoted` word becomes the value name shown in help. */
  readonly usage: string;
  readonly hidden?: boolean;
  /** deprecated hides the flag and prints `Flag --x has been deprecated, <text>` when it is used. */
  readonly deprecated?: string;
  /** shorthandDeprecated prints `Flag shorthand -x has been deprecated, <text>` when -x is used. */
  readonly shorthandDeprecated?: string;
  /** annotations as docker sets them: `swarm`, `version`, `ostype`, `experimental`. */
  readonly annotations?: Readonly<Record<string, readonly string[]>>;
}

/** BoolFlag is a pflag bool: `--x`, `--x=false`; never takes the next word as its value. */
export interface BoolFlag extends FlagCommon { readonly kind: 'bool'; readonly default?: boolean }
/** StringFlag is a pflag string. */
export interface StringFlag extends FlagCommon { readonly kind: 'string'; readonly default?: string }
/** IntFlag is a pflag int (ParseInt base 0). */
export interface IntFlag extends FlagCommon { readonly kind: 'int'; readonly default?: number }
/** UintFlag is a pflag uint or uint64 (ParseUint base 0). */
export interface UintFlag extends FlagCommon { readonly kind: 'uint' | 'uint64'; readonly default?: number }
/** FloatFlag is a pflag float64 (or docker's 32-bit floatValue with bits: 32, help type `float`). */
export interface FloatFlag extends FlagCommon { readonly kind: 'float'; readonly default?: number; readonly bits?: 32 | 64 }
/** DurationFlag is a pflag duration; values and default are in nanoseconds. */
export interface DurationFlag extends FlagCommon { readonly kind: 'duration'; readonly default?: number }
/** StringListFlag is a repeatable pflag stringArray (raw values) or stringSlice (comma-separated). */
export interface StringListFlag extends FlagCommon {
  readonly kind: 'stringArray' | 'stringSlice';
  readonly default?: readonly string[];
}

/**
 * CustomFlag is a flag with its own pflag.Value: docker's list, map, filter, port, mount...
 * `set` receives the current value and the raw word and returns the new value or a Go error
 * text; `defValue` is what Value.String() printed at definition (shown as `(default ...)`
 * unless it is "", "0", "false" or "<nil>").
 */
export interface CustomFlag extends FlagCommon {
  readonly kind: 'custom';
  readonly typeName: string;
  readonly initial: () => unknown;
  readonly set: (previous: unknown, raw: string) => GoResult<unknown>;
  readonly defValue?: string;
  readonly noOptDefVal?: string;
}

/** FlagSpec is any flag a command declares. */
export type FlagSpec =
  | BoolFlag | StringFlag | IntFlag | UintFlag | FloatFlag | DurationFlag | StringListFlag | CustomFlag;

/** FlagKind names a FlagSpec variant. */
export type FlagKind = FlagSpec['kind'];

/**
 * CommandSpec describes one docker command. `R` is the command layer's handler type, kept opaque
 * here so the kit never depends on the cluster model. A command with subcommands and no `run`
 * behaves like docker's management commands: alone it prints its usage on stderr (exit 0), with
 * an unknown word it fails with `unknown command`.
 */
export interface CommandSpec<R = unknown> {
  /** name is the word that selects the command (cobra: first word of Use). */
  readonly name: string;
  /** use is cobra's Use without the parent path: `create [OPTIONS] NETWORK`. */
  readonly use: string;
  readonly short: string;
  readonly long?: string;
  readonly aliases?: readonly string[];
  /** args checks positional arguments; undefined accepts any. */
  readonly args?: ArgsRule;
  readonly flags?: readonly FlagSpec[];
  /** persistentFlags are inherited by every subcommand (cobra PersistentFlags). */
  readonly persistentFlags?: readonly FlagSpec[];
  /** interspersed false: after the first positional argument every word is an argument. */
  readonly interspersed?: boolean;
  readonly subcommands?: readonly CommandSpec<R>[];
  /** annotations as docker sets them: `swarm` (manager|active|''), `category-top`, `aliases`... */
  readonly annotations?: Readonly<Record<string, string>>;
  readonly hidden?: boolean;
  readonly examples?: string;
  /** version makes the root print `Docker version <version>` for -v/--version. */
  readonly version?: string;
  readonly run?: R;
}
