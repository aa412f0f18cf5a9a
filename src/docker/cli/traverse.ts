// cobra's Traverse (docker sets TraverseChildren): walk down subcommands, parsing the flags met
// at each intermediate level, until a word is not a subcommand. Its quirks are kept: a `--x`
// unknown at that level (only its own local flags count) swallows the next word as a value.
// Fidelity: spf13/cobra v1.9.1 command.go (Traverse, hasNoOptDefVal, shortHasNoOptDefVal,
// isFlagArg); a flag error here is returned raw (not a StatusError), so docker exits 1.
import { allFlags } from './command-path.js';
import { opsOf, parseFlagWords, type FlagStore } from './flag-parser.js';
import { findChild } from './help-command.js';
import type { CommandSpec, FlagSpec } from './spec.js';

/** TraverseResult is the command reached and the words left for it, or a raw flag error. */
export type TraverseResult<R> =
  | { readonly ok: true; readonly path: CommandSpec<R>[]; readonly words: string[]; readonly notices: string }
  | { readonly ok: false; readonly error: string; readonly notices: string };

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

function takesNoValue(flag: FlagSpec | undefined): boolean {
  return flag !== undefined && opsOf(flag).noOptDefVal !== '';
}

function isFlagArg(arg: string): boolean {
  return (byteLength(arg) >= 3 && arg.startsWith('--')) || (byteLength(arg) >= 2 && arg[0] === '-' && arg[1] !== '-');
}

/** traverse walks from root through `words` as cobra.Command.Traverse does. */
export function traverse<R>(root: CommandSpec<R>, words: readonly string[], store: FlagStore): TraverseResult<R> {
  const path: CommandSpec<R>[] = [root];
  let rest = [...words];
  let notices = '';
  for (;;) {
    const cmd = path[path.length - 1] as CommandSpec<R>;
    const local = cmd.flags ?? [];
    const collected: string[] = [];
    let inFlag = false;
    let next: CommandSpec<R> | undefined;
    let index = 0;
    for (; index < rest.length; index++) {
      const arg = rest[index] as string;
      if (arg.startsWith('--') && !arg.includes('=')) {
        inFlag = !takesNoValue(local.find((f) => f.name === arg.slice(2)));
      } else if (arg.startsWith('-') && !arg.includes('=') && byteLength(arg) === 2
        && !takesNoValue(local.find((f) => f.shorthand === arg.slice(1)))) {
        inFlag = true;
      } else if (inFlag) {
        inFlag = false;
      } else if (!isFlagArg(arg)) {
        next = findChild(cmd, arg, path.length === 1);
        break;
      }
      collected.push(arg);
    }
    if (next === undefined) return { ok: true, path, words: rest, notices };
    const parsed = parseFlagWords(allFlags(path), store, collected, cmd.interspersed ?? true);
    if (!parsed.ok) return { ok: false, error: parsed.error, notices };
    notices += parsed.notices;
    path.push(next);
    rest = rest.slice(index + 1);
  }
}
