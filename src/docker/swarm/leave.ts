// `docker swarm leave [--force]` (docker/cli v28.2.2 cli/command/swarm/leave.go; the refusals are
// moby daemon/cluster/swarm.go Leave's). Checked against the oracle recordings swarm-leave-manager,
// swarm-leave-force and pre-swarm-leave.

import { noArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';

/** swarmLeave is `docker swarm leave`. */
export const swarmLeave: DockerCommand = {
  name: 'leave',
  use: 'leave [OPTIONS]',
  short: 'Leave the swarm',
  args: noArgs,
  annotations: { version: '1.24', swarm: 'active' },
  flags: [{ kind: 'bool', name: 'force', shorthand: 'f', usage: 'Force this node to leave the swarm, ignoring warnings' }],
  run: ({ req, host }) => {
    host.cluster.execute({ type: 'LeaveSwarm', hostname: host.hostname, force: req.flags.bool('force') });
    host.io.stdout('Node left the swarm.\n');
    return 0;
  },
};
