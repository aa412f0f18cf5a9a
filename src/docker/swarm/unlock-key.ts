// `docker swarm unlock-key [-q] [--rotate]` (docker/cli v28.2.2 cli/command/swarm/unlock_key.go):
// the key exists only while autolock is on.

import { DEFAULT_SWARM_CONFIG, type ClusterState } from '../../cluster/index.js';
import { noArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { unlockCommandText } from './join-command.js';

/** swarmUnlockKey is `docker swarm unlock-key`. */
export const swarmUnlockKey: DockerCommand = {
  name: 'unlock-key',
  use: 'unlock-key [OPTIONS]',
  short: 'Manage the unlock key',
  args: noArgs,
  annotations: { version: '1.24', swarm: 'manager' },
  flags: [
    { kind: 'bool', name: 'rotate', usage: 'Rotate unlock key' },
    { kind: 'bool', name: 'quiet', shorthand: 'q', usage: 'Only display token' },
  ],
  run: ({ req, host }) => {
    const state = (): ClusterState => host.cluster.state() as ClusterState;
    requireManager(state(), host.hostname);
    const quiet = req.flags.bool('quiet');
    if (req.flags.bool('rotate')) {
      const swarm = state().swarm;
      const config = swarm?.config ?? DEFAULT_SWARM_CONFIG;
      if (!config.autolock) throw new CliError('cannot rotate because autolock is not turned on');
      // Turning autolock off and on again is what makes a new key.
      const taskHistoryLimit = swarm?.taskHistoryLimit ?? 5;
      host.cluster.execute({ type: 'UpdateSwarm', taskHistoryLimit, config: { ...config, autolock: false } });
      host.cluster.execute({ type: 'UpdateSwarm', taskHistoryLimit, config: { ...config, autolock: true } });
      if (!quiet) host.io.stdout('Successfully rotated manager unlock key.\n');
    }
    const key = state().swarm?.config?.unlockKey ?? '';
    if (key === '') throw new CliError('no unlock key is set');
    host.io.stdout(quiet ? `${key}\n` : unlockCommandText(key));
    return 0;
  },
};
