// `docker service rm SERVICE [SERVICE...]` (docker/cli v28.2.2 cli/command/service/remove.go):
// each service removed prints the argument as typed; failures are collected and printed together
// on stderr at the end (errors.Join), exit 1.
import { findService } from '../../cluster/index.js';
import { minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { removeEach } from '../remove-each.js';

/** serviceRemove is `docker service rm`. */
export const serviceRemove: DockerCommand = {
  name: 'rm',
  use: 'rm SERVICE [SERVICE...]',
  short: 'Remove one or more services',
  aliases: ['remove'],
  args: minArgs(1),
  run: ({ req, host }) =>
    removeEach(host, req.args, (state, ref) => host.cluster.execute({ type: 'RemoveService', serviceId: findService(state, ref).id })),
};
