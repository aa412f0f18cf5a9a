// The "To add a worker/manager…" text docker prints after `swarm init` and for `swarm join-token`
// (docker/cli v28.2.2 cli/command/swarm/join_token.go printJoinCommand, unlock_key.go
// printUnlockCommand): the join command names the manager's own advertised address.

import { hasManagerStatus, managerAddr, type ClusterState, type NodeRole } from '../../cluster/index.js';

/** joinCommandText returns the join instructions for the roles asked, as the manager nodeId gives them. */
export function joinCommandText(state: Readonly<ClusterState>, nodeId: string, roles: readonly NodeRole[]): string {
  const node = state.nodes[nodeId];
  if (!node || !hasManagerStatus(node) || !state.swarm) return '';
  const addr = managerAddr(state, node);
  return roles
    .map((role) => `To add a ${role} to this swarm, run the following command:\n\n    docker swarm join --token ${state.swarm?.joinTokens[role] ?? ''} ${addr}\n\n`)
    .join('');
}

/** unlockCommandText is printUnlockCommand: where to find the key after a manager restarts. */
export function unlockCommandText(key: string): string {
  if (key === '') return '';
  return (
    'To unlock a swarm manager after it restarts, run the `docker swarm unlock`\ncommand and provide the following key:\n\n' +
    `    ${key}\n\nRemember to store this key in a password manager, since without it you\nwill not be able to restart the manager.\n`
  );
}
