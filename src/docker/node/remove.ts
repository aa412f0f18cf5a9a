// `docker node rm [--force] NODE [NODE...]` (docker/cli v28.2.2 cli/command/node/remove.go): each
// node is tried; removed ones are printed as typed, failures are joined on stderr at the end.
// The refusals are swarmkit's (manager/controlapi/node.go RemoveNode), naming the full node ID.

import { findNode, type ClusterState } from '../../cluster/index.js';
import { minArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { errorText } from '../inspect.js';

/** nodeRemove is `docker node rm`. */
export const nodeRemove: DockerCommand = {
  name: 'rm',
  use: 'rm [OPTIONS] NODE [NODE...]',
  short: 'Remove one or more nodes from the swarm',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [{ kind: 'bool', name: 'force', shorthand: 'f', usage: 'Force remove a node from the swarm' }],
  run: ({ req, host }) => {
    const errors: string[] = [];
    for (const ref of req.args) {
      try {
        const state = host.cluster.state() as ClusterState;
        requireManager(state, host.hostname);
        const node = findNode(state, ref);
        host.cluster.execute({ type: 'RemoveNode', nodeId: node.id, force: req.flags.bool('force') });
        host.io.stdout(`${ref}\n`);
      } catch (error) {
        if (!(error instanceof Error) || !['DaemonError', 'ClusterError'].includes(error.name)) throw error;
        errors.push(errorText(error));
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};
