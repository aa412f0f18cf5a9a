// Node lifecycle an instructor (and later `docker node update`) drives: a node going down or
// coming back, availability, and a network partition. Losing the leader elects another manager
// while a majority of managers is up (raft quorum); without a majority the swarm has no leader.

import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import { hasQuorum, raftMembers } from '../membership.js';
import type { ClusterState, NodeAvailability, NodeState, SwarmNode } from '../model.js';
import { isContainerRunning } from '../views.js';

export { hasQuorum } from '../membership.js';

function requireNode(state: ClusterState, nodeId: string): SwarmNode {
  const node = state.nodes[nodeId];
  if (!node) throw new ClusterError('not-found', `node ${nodeId} not found`);
  return node;
}

/**
 * electLeader returns the LeaderChanged event the raft members' states call for, if any: none
 * without a majority up, a random ready member when the leader is gone or no longer a member.
 */
export function electLeader(ctx: DecideContext, nodes: readonly SwarmNode[]): ClusterEvent[] {
  const managers = raftMembers(nodes);
  const leader = managers.find((m) => m.leader);
  if (!hasQuorum(managers)) return leader ? [{ type: 'LeaderChanged', data: { at: ctx.now, nodeId: null } }] : [];
  if (leader && leader.state === 'ready') return [];
  const candidates = managers.filter((m) => m.state === 'ready').sort((a, b) => a.hostname.localeCompare(b.hostname));
  const chosen = candidates[Math.floor(ctx.entropy.random() * candidates.length)];
  return chosen ? [{ type: 'LeaderChanged', data: { at: ctx.now, nodeId: chosen.id } }] : [];
}

/** setNodeState marks a node down or ready and re-elects a leader when needed. */
export function setNodeState(state: ClusterState, ctx: DecideContext, nodeId: string, next: NodeState): ClusterEvent[] {
  const node = requireNode(state, nodeId);
  if (node.left) throw new ClusterError('failed-precondition', `node ${node.hostname} has left the swarm`);
  if (node.state === next) return [];
  const after = Object.values(state.nodes).map((n) => (n.id === nodeId ? { ...n, state: next } : n));
  return [{ type: 'NodeStateChanged', data: { at: ctx.now, nodeId, state: next } }, ...electLeader(ctx, after)];
}

/** setNodeAvailability changes what the scheduler may do with a node (active, pause, drain). */
export function setNodeAvailability(state: ClusterState, ctx: DecideContext, nodeId: string, availability: NodeAvailability): ClusterEvent[] {
  const node = requireNode(state, nodeId);
  if (node.availability === availability) return [];
  return [{ type: 'NodeAvailabilityChanged', data: { at: ctx.now, nodeId, availability } }];
}

/** setPartitioned cuts a node off from (or reconnects it to) the overlay networks. */
export function setPartitioned(state: ClusterState, ctx: DecideContext, nodeId: string, partitioned: boolean): ClusterEvent[] {
  const node = requireNode(state, nodeId);
  if ((node.partitioned ?? false) === partitioned) return [];
  return [{ type: 'NodePartitionChanged', data: { at: ctx.now, nodeId, partitioned } }];
}

/** killTask kills a running task's process as `kill -9` would: exit 137, then the restart policy applies. */
export function killTask(state: ClusterState, ctx: DecideContext, taskId: string): ClusterEvent[] {
  const task = state.tasks[taskId];
  if (!task) throw new ClusterError('not-found', `task ${taskId} not found`);
  if (!isContainerRunning(task)) throw new ClusterError('failed-precondition', `task ${taskId} is not running`);
  return [{ type: 'TaskStatusChanged', data: { at: ctx.now, taskId, state: 'failed', message: 'started', err: 'task: non-zero exit (137)', exitCode: 137 } }];
}
