// `docker swarm join-token [-q] [--rotate] (worker|manager)` (docker/cli v28.2.2
// cli/command/swarm/join_token.go): the role is checked before any request; --rotate asks the
// swarm for a new token first; -q prints the token alone.

import { nodeOfHost, type ClusterState, type NodeRole } from '../../cluster/index.js';
import { exactArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { joinCommandText } from './join-command.js';

/** swarmJoinToken is `docker swarm join-token`. */
export const swarmJoinToken: DockerCommand = {
  name: 'join-token',
  use: 'join-token [OPTIONS] (worker|manager)',
  short: 'Manage join tokens',
  args: exactArgs(1),
  annotations: { version: '1.24', swarm: 'manager' },
  flags: [
    { kind: 'bool', name: 'rotate', usage: 'Rotate join token' },
    { kind: 'bool', name: 'quiet', shorthand: 'q', usage: 'Only display token' },
  ],
  run: ({ req, host }) => {
    const role = req.args[0] ?? '';
    if (role !== 'worker' && role !== 'manager') throw new CliError(`unknown role ${role}`);
    const state = (): ClusterState => host.cluster.state() as ClusterState;
    requireManager(state(), host.hostname);
    const quiet = req.flags.bool('quiet');
    if (req.flags.bool('rotate')) {
      host.cluster.execute({ type: 'RotateJoinToken', role: role as NodeRole });
      if (!quiet) host.io.stdout(`Successfully rotated ${role} join token.\n\n`);
    }
    if (quiet) {
      host.io.stdout(`${state().swarm?.joinTokens[role as NodeRole] ?? ''}\n`);
      return 0;
    }
    host.io.stdout(joinCommandText(state(), nodeOfHost(state(), host.hostname)?.id ?? '', [role as NodeRole]));
    return 0;
  },
};
