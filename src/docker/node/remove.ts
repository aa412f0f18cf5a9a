// `docker node rm [--force] NODE [NODE...]` (docker/cli v28.2.2 cli/command/node/remove.go): each
// node is tried; removed ones are printed as typed, failures are joined on stderr at the end.
// The refusals are swarmkit's (manager/controlapi/node.go RemoveNode), naming the full node ID.

import { findNode } from '../../cluster/index.js';
import { minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { removeEach } from '../remove-each.js';

/** nodeRemove is `docker node rm`. */
export const nodeRemove: DockerCommand = {
  name: 'rm',
  use: 'rm [OPTIONS] NODE [NODE...]',
  short: 'Remove one or more nodes from the swarm',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [{ kind: 'bool', name: 'force', shorthand: 'f', usage: 'Force remove a node from the swarm' }],
  run: ({ req, host }) =>
    removeEach(host, req.args, (state, ref) =>
      host.cluster.execute({ type: 'RemoveNode', nodeId: findNode(state, ref).id, force: req.flags.bool('force') }),
    ),
};
