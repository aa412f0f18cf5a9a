// Shared positional-argument rules with docker v28's exact messages, so no command writes them
// by hand. Note the v28 quirks: min-args ends with `See`, the others with `Run`, and max-args
// prints the literal `SRun` typo (fixed in v29). Range pluralizes by its maximum.
// Fidelity: docker/cli cli/required.go (v28.2.2).
import type { ArgsContext, ArgsRule } from './spec.js';

const pluralize = (word: string, n: number): string => (n === 1 ? word : `${word}s`);

function usageTail(ctx: ArgsContext, hint: 'See' | 'Run' | 'SRun'): string {
  return `\n\nUsage:  ${ctx.useLine}\n\n${hint} '${ctx.commandPath} --help' for more information`;
}

/** noArgs accepts no arguments; on a command group an argument reads as an unknown subcommand. */
export const noArgs: ArgsRule = {
  describe: 'noArgs',
  check(ctx, args) {
    if (args.length === 0) return null;
    if (ctx.hasSubCommands) {
      return `${ctx.binName}: unknown command: ${ctx.commandPath} ${args[0] as string}${usageTail(ctx, 'Run')}`;
    }
    return `${ctx.binName}: '${ctx.commandPath}' accepts no arguments${usageTail(ctx, 'Run')}`;
  },
};

/** minArgs requires at least n arguments (cli.RequiresMinArgs). */
export function minArgs(n: number): ArgsRule {
  return {
    describe: `minArgs(${n})`,
    check(ctx, args) {
      if (args.length >= n) return null;
      const what = `requires at least ${n} ${pluralize('argument', n)}`;
      return `${ctx.binName}: '${ctx.commandPath}' ${what}${usageTail(ctx, 'See')}`;
    },
  };
}

/** maxArgs allows at most n arguments (cli.RequiresMaxArgs, with v28's `SRun` typo). */
export function maxArgs(n: number): ArgsRule {
  return {
    describe: `maxArgs(${n})`,
    check(ctx, args) {
      if (args.length <= n) return null;
      const what = `requires at most ${n} ${pluralize('argument', n)}`;
      return `${ctx.binName}: '${ctx.commandPath}' ${what}${usageTail(ctx, 'SRun')}`;
    },
  };
}

/** rangeArgs requires between min and max arguments (cli.RequiresRangeArgs). */
export function rangeArgs(min: number, max: number): ArgsRule {
  return {
    describe: `rangeArgs(${min}, ${max})`,
    check(ctx, args) {
      if (args.length >= min && args.length <= max) return null;
      const what = `requires at least ${min} and at most ${max} ${pluralize('argument', max)}`;
      return `${ctx.binName}: '${ctx.commandPath}' ${what}${usageTail(ctx, 'Run')}`;
    },
  };
}

/** exactArgs requires exactly n arguments (cli.ExactArgs). */
export function exactArgs(n: number): ArgsRule {
  return {
    describe: `exactArgs(${n})`,
    check(ctx, args) {
      if (args.length === n) return null;
      return `${ctx.binName}: '${ctx.commandPath}' requires ${n} ${pluralize('argument', n)}${usageTail(ctx, 'Run')}`;
    },
  };
}

/**
 * legacyUsageError is the pre-v28 layout some commands still build themselves in v28, e.g.
 * `service scale web`: `<message>` / `See '<path> --help'.` / blank / `Usage:  ...` / blank / Short.
 * Fidelity: cli/command/service/scale.go (scaleArgs).
 */
export function legacyUsageError(ctx: ArgsContext, message: string): string {
  return `${message}\nSee '${ctx.commandPath} --help'.\n\nUsage:  ${ctx.useLine}\n\n${ctx.short}`;
}

/** allRules combines rules: the first failing rule's message wins. */
export function allRules(...rules: readonly ArgsRule[]): ArgsRule {
  return {
    describe: rules.map((r) => r.describe).join(' && '),
    check(ctx, args) {
      for (const rule of rules) {
        const message = rule.check(ctx, args);
        if (message !== null) return message;
      }
      return null;
    },
  };
}

/** cobraExactArgs is cobra's own ExactArgs (a few docker commands use it, e.g. `context use`). */
export function cobraExactArgs(n: number): ArgsRule {
  return {
    describe: `cobraExactArgs(${n})`,
    check(_ctx, args) {
      return args.length === n ? null : `accepts ${n} arg(s), received ${args.length}`;
    },
  };
}
