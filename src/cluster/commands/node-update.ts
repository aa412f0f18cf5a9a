// `docker node update`, `promote`, `demote` and `rm` as swarmkit's control API decides them
// (manager/controlapi/node.go UpdateNode and RemoveNode, manager/state/raft/raft.go
// CanRemoveMember): a demotion keeps at least one manager and the raft quorum; a manager must be
// demoted before it is removed; a node that is up is removed only with --force, and the tasks it
// still had become orphaned.

import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import { canRemoveMember, hasManagerStatus } from '../membership.js';
import type { ClusterState, NodeAvailability, NodeRole, SwarmNode } from '../model.js';
import { stateRank } from '../task-state.js';
import { electLeader } from './node.js';

/** NodeSpecRequest is a node's whole new spec, as `docker node update` sends it. */
export interface NodeSpecRequest {
  nodeId: string;
  role: NodeRole;
  availability: NodeAvailability;
  labels: Record<string, string>;
}

const precondition = (desc: string): ClusterError => new ClusterError('failed-precondition', `rpc error: code = FailedPrecondition desc = ${desc}`);

function requireNode(state: ClusterState, nodeId: string): SwarmNode {
  const node = state.nodes[nodeId];
  if (!node) throw new ClusterError('not-found', `rpc error: code = NotFound desc = node ${nodeId} not found`);
  return node;
}

function checkDemotion(state: ClusterState, node: SwarmNode): void {
  const nodes = Object.values(state.nodes);
  const managers = nodes.filter((n) => n.role === 'manager');
  if (managers.length === 1 && managers[0]?.id === node.id) throw precondition('attempting to demote the last manager of the swarm');
  if (!hasManagerStatus(node)) throw new ClusterError('not-found', 'rpc error: code = NotFound desc = can\'t find manager in raft memberlist');
  if (!canRemoveMember(nodes, node.id)) throw precondition("can't remove member from the raft: this would result in a loss of quorum");
}

/** updateNode applies a new node spec; a role change may move the leadership. */
export function updateNode(state: ClusterState, ctx: DecideContext, request: NodeSpecRequest): ClusterEvent[] {
  const node = requireNode(state, request.nodeId);
  if (node.role === 'manager' && request.role === 'worker') checkDemotion(state, node);
  const { nodeId, role, availability, labels } = request;
  const events: ClusterEvent[] = [{ type: 'NodeSpecUpdated', data: { at: ctx.now, nodeId, role, availability, labels: { ...labels } } }];
  if (role === node.role) return events;
  const after = Object.values(state.nodes).map((n) => {
    if (n.id !== nodeId) return n;
    const changed: SwarmNode = { ...n, role, leader: role === 'manager' && n.leader };
    delete changed.outOfRaft;
    return changed;
  });
  return [...events, ...electLeader(ctx, after)];
}

/** removeNode deletes a node from the swarm, orphaning the tasks it had not finished. */
export function removeNode(state: ClusterState, ctx: DecideContext, nodeId: string, force: boolean): ClusterEvent[] {
  const node = requireNode(state, nodeId);
  if (hasManagerStatus(node)) {
    throw precondition(`node ${nodeId} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal`);
  }
  if (!force && node.state === 'ready') throw precondition(`node ${nodeId} is not down and can't be removed`);
  const orphaned: ClusterEvent[] = Object.values(state.tasks)
    .filter((t) => t.nodeId === nodeId && stateRank(t.status.state) < stateRank('complete'))
    .map((t) => ({
      type: 'TaskStatusChanged',
      data: { at: ctx.now, taskId: t.id, state: 'orphaned', message: 'Task belonged to a node that has been deleted' },
    }));
  return [...orphaned, { type: 'NodeRemoved', data: { at: ctx.now, nodeId } }];
}
