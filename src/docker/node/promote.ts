// `docker node promote` and `docker node demote` (docker/cli v28.2.2 cli/command/node/promote.go,
// demote.go): a node already in the role prints its full ID and is skipped; success names the
// node as typed. The engine's refusals (last manager, quorum) come from the cluster.

import { minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { NO_ROLE_CHANGE, updateNodes } from './update-nodes.js';

/** nodePromote is `docker node promote`. */
export const nodePromote: DockerCommand = {
  name: 'promote',
  use: 'promote NODE [NODE...]',
  short: 'Promote one or more nodes to manager in the swarm',
  args: minArgs(1),
  run: ({ req, host }) =>
    updateNodes(
      host,
      req.args,
      (node, spec) => {
        if (node.role === 'manager') {
          host.io.stdout(`Node ${node.id} is already a manager.\n`);
          return NO_ROLE_CHANGE;
        }
        spec.role = 'manager';
      },
      (ref) => `Node ${ref} promoted to a manager in the swarm.\n`,
    ),
};

/** nodeDemote is `docker node demote`. */
export const nodeDemote: DockerCommand = {
  name: 'demote',
  use: 'demote NODE [NODE...]',
  short: 'Demote one or more nodes from manager in the swarm',
  args: minArgs(1),
  run: ({ req, host }) =>
    updateNodes(
      host,
      req.args,
      (node, spec) => {
        if (node.role === 'worker') {
          host.io.stdout(`Node ${node.id} is already a worker.\n`);
          return NO_ROLE_CHANGE;
        }
        spec.role = 'worker';
      },
      (ref) => `Manager ${ref} demoted in the swarm.\n`,
    ),
};
