// The contract between the command tree and each docker verb: a run function that gets the
// parsed request and the host (node, cluster, process) and returns the exit status. Output goes
// through the host's ProcessIO; errors the engine would return are thrown as DaemonError or
// ClusterError and printed by runDocker in one place.

import type { CommandSpec, RunRequest } from './cli/index.js';
import type { DockerHost } from './host.js';

/** CommandContext is what a verb's run function receives. */
export interface CommandContext {
  req: RunRequest<DockerRun>;
  host: DockerHost;
}

/** DockerRun implements one docker verb. */
export type DockerRun = (ctx: CommandContext) => Promise<number> | number;

/** DockerCommand is a verb's spec with its implementation. */
export type DockerCommand = CommandSpec<DockerRun>;

/** CliError is an error the CLI itself prints verbatim (no daemon prefix), with an exit status. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** printLines writes each line of a list followed by a newline. */
export function printLines(write: (text: string) => void, lines: readonly string[]): void {
  if (lines.length > 0) write(`${lines.join('\n')}\n`);
}
