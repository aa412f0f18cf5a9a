// `docker node promote` and `docker node demote` (docker/cli v28.2.2 cli/command/node/promote.go,
// demote.go): a node already in the role prints its full ID and is skipped; success names the
// node as typed. The engine's refusals (last manager, quorum) come from the cluster.

import { minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { NO_ROLE_CHANGE, updateNodes } from './update-nodes.js';

/** RoleChange is what differs between promote and demote. */
interface RoleChange {
  name: string;
  short: string;
  role: 'manager' | 'worker';
  done: (ref: string) => string;
}

/** roleCommand builds promote or demote: both set the spec's role on each named node. */
function roleCommand({ name, short, role, done }: RoleChange): DockerCommand {
  return {
    name,
    use: `${name} NODE [NODE...]`,
    short,
    args: minArgs(1),
    run: ({ req, host }) =>
      updateNodes(
        host,
        req.args,
        (node, spec) => {
          if (node.role === role) {
            host.io.stdout(`Node ${node.id} is already a ${role}.\n`);
            return NO_ROLE_CHANGE;
          }
          spec.role = role;
        },
        (ref) => `${done(ref)}\n`,
      ),
  };
}

/** nodePromote is `docker node promote`. */
export const nodePromote = roleCommand({
  name: 'promote',
  short: 'Promote one or more nodes to manager in the swarm',
  role: 'manager',
  done: (ref) => `Node ${ref} promoted to a manager in the swarm.`,
});

/** nodeDemote is `docker node demote`. */
export const nodeDemote = roleCommand({
  name: 'demote',
  short: 'Demote one or more nodes from manager in the swarm',
  role: 'worker',
  done: (ref) => `Manager ${ref} demoted in the swarm.`,
});
