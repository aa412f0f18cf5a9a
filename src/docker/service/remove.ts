// `docker service rm SERVICE [SERVICE...]` (docker/cli v28.2.2 cli/command/service/remove.go):
// each service removed prints the argument as typed; failures are collected and printed together
// on stderr at the end (errors.Join), exit 1.
import { findService } from '../../cluster/index.js';
import { minArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { daemonText, requireManager } from '../daemon.js';

/** serviceRemove is `docker service rm`. */
export const serviceRemove: DockerCommand = {
  name: 'rm',
  use: 'rm SERVICE [SERVICE...]',
  short: 'Remove one or more services',
  aliases: ['remove'],
  args: minArgs(1),
  run: ({ req, host }) => {
    const errors: string[] = [];
    for (const ref of req.args) {
      try {
        const state = host.cluster.state();
        requireManager(state, host.hostname);
        const service = findService(state, ref);
        host.cluster.execute({ type: 'RemoveService', serviceId: service.id });
        host.io.stdout(`${ref}\n`);
      } catch (error) {
        if (!(error instanceof Error) || !['DaemonError', 'ClusterError'].includes(error.name)) throw error;
        errors.push(daemonText(error));
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};
