// Flags the simulation does not model must never be silently ignored: the first one the user set
// gets one clear line instead (exit 1), before anything reaches the cluster.
import type { ParsedFlags } from '../cli/index.js';
import { CliError } from '../command.js';

/** notSimulated is the error for a flag (or a flag value) swarmlab does not model yet. */
export function notSimulated(what: string): CliError {
  return new CliError(`swarmlab: ${what} is not simulated in this lab yet`);
}

/** rejectUnsimulated throws for the first flag the user set that is not in `simulated`. */
export function rejectUnsimulated(flags: ParsedFlags, simulated: ReadonlySet<string>): void {
  for (const name of flags.changedNames()) {
    if (!simulated.has(name)) throw notSimulated(`--${name}`);
  }
}
