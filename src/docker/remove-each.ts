// How docker/cli's `rm` verbs treat several arguments (service/remove.go, node/remove.go,
// secret/remove.go, config/remove.go): each is tried in turn, a removed one is echoed as typed,
// and the engine's refusals are joined into one error at the end (errors.Join), exit status 1.

import type { ClusterState } from '../cluster/index.js';
import { CliError } from './command.js';
import { daemonText, requireManager } from './daemon.js';
import type { DockerHost } from './host.js';

/** removeEach removes every ref with `remove` (on a manager only); anything but an engine error is a bug and is rethrown. */
export function removeEach(host: DockerHost, refs: readonly string[], remove: (state: ClusterState, ref: string) => void): number {
  const errors: string[] = [];
  for (const ref of refs) {
    try {
      const state = host.cluster.state() as ClusterState;
      requireManager(state, host.hostname);
      remove(state, ref);
      host.io.stdout(`${ref}\n`);
    } catch (error) {
      if (!(error instanceof Error) || !['DaemonError', 'ClusterError'].includes(error.name)) throw error;
      errors.push(daemonText(error));
    }
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}
