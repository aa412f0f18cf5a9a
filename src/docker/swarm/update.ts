// `docker swarm update` (docker/cli v28.2.2 cli/command/swarm/update.go): without any flag its
// PreRunE returns pflag.ErrHelp, which cobra answers with the help text (stdout, exit 0); turning
// autolock on prints the new unlock key after `Swarm updated.`.

import { DEFAULT_SWARM_CONFIG, type ClusterState } from '../../cluster/index.js';
import { noArgs, renderHelp } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { unlockCommandText } from './join-command.js';
import { mergeSwarmSpec, swarmSpecFlags } from './swarm-flags.js';

/** swarmUpdate is `docker swarm update`. */
export const swarmUpdate: DockerCommand = {
  name: 'update',
  use: 'update [OPTIONS]',
  short: 'Update the swarm',
  args: noArgs,
  annotations: { version: '1.24', swarm: 'manager' },
  flags: [{ kind: 'bool', name: 'autolock', usage: 'Change manager autolocking setting (true|false)' }, ...swarmSpecFlags()],
  run: ({ req, host }) => {
    if (req.flags.changedNames().length === 0) {
      const width = host.io.isTTY ? host.io.size().columns : 80;
      host.io.stdout(renderHelp(req.path, { width, hideManagerOnly: false }));
      return 0;
    }
    const state = (): ClusterState => host.cluster.state() as ClusterState;
    requireManager(state(), host.hostname);
    const swarm = state().swarm;
    const before = swarm?.config ?? DEFAULT_SWARM_CONFIG;
    const spec = mergeSwarmSpec(req.flags, { taskHistoryLimit: swarm?.taskHistoryLimit ?? 5, config: before });
    host.cluster.execute({ type: 'UpdateSwarm', ...spec });
    host.io.stdout('Swarm updated.\n');
    const key = state().swarm?.config?.unlockKey;
    if (spec.config.autolock && !before.autolock && key) host.io.stdout(unlockCommandText(key));
    return 0;
  },
};
