// The flags `service ps` and `node ps` share (docker/cli v28.2.2 cli/command/service/ps.go and
// cli/command/node/ps.go newPsCommand), and reading them into print options.
import { filterFlag, formatFlag, noTruncFlag, quietFlag, type FlagSpec, type ParsedFlags } from '../cli/index.js';
import type { PrintOptions } from './print.js';

/** taskListFlags returns -q, --no-trunc, --no-resolve, --format and -f. */
export function taskListFlags(): FlagSpec[] {
  return [
    quietFlag('Only display task IDs'),
    noTruncFlag(),
    { kind: 'bool', name: 'no-resolve', usage: 'Do not map IDs to Names' },
    formatFlag('Pretty-print tasks using a Go template'),
    filterFlag(),
  ];
}

/** printOptions reads the task list flags; -q implies --no-trunc, as both ps commands do. */
export function printOptions(flags: ParsedFlags): PrintOptions {
  const quiet = flags.bool('quiet');
  return { quiet, trunc: !quiet && !flags.bool('no-trunc'), noResolve: flags.bool('no-resolve'), format: flags.string('format') };
}
