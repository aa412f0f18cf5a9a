// `--availability` of `swarm init` and `swarm join`: checked by the CLI before any request
// (docker/cli v28.2.2 cli/command/swarm/init.go and join.go), only when the user set it.

import type { NodeAvailability } from '../../cluster/index.js';
import type { ParsedFlags } from '../cli/index.js';
import { CliError } from '../command.js';

/** readAvailability returns the requested availability, undefined when unset, or throws the CLI's error. */
export function readAvailability(flags: ParsedFlags): NodeAvailability | undefined {
  if (!flags.changed('availability')) return undefined;
  const raw = flags.string('availability');
  const value = raw.toLowerCase();
  if (value === 'active' || value === 'pause' || value === 'drain') return value;
  throw new CliError(`invalid availability "${raw}", only active, pause and drain are supported`);
}
