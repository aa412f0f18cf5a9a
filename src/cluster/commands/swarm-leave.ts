// `docker swarm leave [--force]` (moby daemon/cluster/swarm.go Leave). A manager is refused without
// --force, with the quorum arithmetic moby prints (managerStats, removingManagerCausesLossOfQuorum,
// isLastManager in utils.go). Leaving does not take a manager out of the raft membership: it stays
// listed, unreachable, and still counts for the quorum until it is demoted or removed. The swarm
// ends when no manager that has not left remains.

import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import { nodeOfHost } from '../lookup.js';
import { managerStats } from '../membership.js';
import type { ClusterState, SwarmNode } from '../model.js';
import { NOT_IN_SWARM } from '../swarm-messages.js';
import { hasLeader } from '../views.js';
import { electLeader } from './node.js';

const MANAGER_LEAVING = 'You are attempting to leave the swarm on a node that is participating as a manager. ';
const RESTORE =
  'The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.';

/** managerLeaveWarning is the daemon's refusal for a manager leaving without --force. */
export function managerLeaveWarning(state: ClusterState, node: SwarmNode): string {
  // managerStats needs a leader to list the nodes; without one moby skips the quorum sentence.
  if (node.outOfRaft || !hasLeader(state)) return `${MANAGER_LEAVING}${RESTORE}`;
  const { reachable, unreachable } = managerStats(Object.values(state.nodes));
  if (reachable - 2 > unreachable) return `${MANAGER_LEAVING}${RESTORE}`;
  if (reachable === 1 && unreachable === 0) {
    return `${MANAGER_LEAVING}Removing the last manager erases all current state of the swarm. Use \`--force\` to ignore this message.`;
  }
  const quorum = `Removing this node leaves ${reachable - 1} managers out of ${reachable + unreachable}. Without a Raft quorum your swarm will be inaccessible. `;
  return `${MANAGER_LEAVING}${quorum}${RESTORE}`;
}

/** leaveSwarm returns the events of hostname's engine leaving its swarm (or giving up joining one). */
export function leaveSwarm(state: ClusterState, ctx: DecideContext, hostname: string, force: boolean): ClusterEvent[] {
  if (state.hosts[hostname]?.joining) return [{ type: 'NodeJoinAbandoned', data: { at: ctx.now, hostname } }];
  const node = nodeOfHost(state, hostname);
  if (!node) throw new ClusterError('failed-precondition', NOT_IN_SWARM);
  if (node.role === 'manager' && !force) throw new ClusterError('failed-precondition', managerLeaveWarning(state, node));
  const remaining = Object.values(state.nodes).filter((n) => n.role === 'manager' && !n.left && n.id !== node.id);
  if (node.role === 'manager' && remaining.length === 0) return [{ type: 'SwarmDissolved', data: { at: ctx.now } }];
  const after = Object.values(state.nodes).map((n) => (n.id === node.id ? { ...n, left: true, state: 'down' as const, leader: false } : n));
  return [{ type: 'NodeLeft', data: { at: ctx.now, nodeId: node.id } }, ...electLeader(ctx, after)];
}
