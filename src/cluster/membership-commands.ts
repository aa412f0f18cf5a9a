// The commands that change swarm membership and the swarm's own configuration, decided by the
// modules under commands/. decide.ts hands them here.

import { removeNode, updateNode, type NodeSpecRequest } from './commands/node-update.js';
import { rotateJoinToken, updateSwarm } from './commands/swarm-config.js';
import { joinSwarmWithToken, type JoinRequest } from './commands/swarm-join.js';
import { leaveSwarm } from './commands/swarm-leave.js';
import type { DecideContext } from './context.js';
import type { ClusterEvent } from './events.js';
import type { ClusterState, NodeRole, SwarmConfig } from './model.js';

/** MembershipCommand asks for a change to who is in the swarm or how it is configured. */
export type MembershipCommand =
  | { type: 'JoinSwarmWithToken'; request: JoinRequest }
  | { type: 'LeaveSwarm'; hostname: string; force: boolean }
  | { type: 'RotateJoinToken'; role: NodeRole }
  | { type: 'UpdateSwarm'; taskHistoryLimit: number; config: SwarmConfig }
  | { type: 'UpdateNode'; request: NodeSpecRequest }
  | { type: 'RemoveNode'; nodeId: string; force: boolean };

const TYPES: ReadonlySet<string> = new Set<MembershipCommand['type']>([
  'JoinSwarmWithToken', 'LeaveSwarm', 'RotateJoinToken', 'UpdateSwarm', 'UpdateNode', 'RemoveNode',
]);

/** isMembershipCommand narrows a command to a MembershipCommand. */
export function isMembershipCommand<C extends { type: string }>(command: C): command is Extract<C, MembershipCommand> {
  return TYPES.has(command.type);
}

/** decideMembership returns the events of a membership command, or throws a ClusterError. */
export function decideMembership(state: ClusterState, command: MembershipCommand, ctx: DecideContext): ClusterEvent[] {
  switch (command.type) {
    case 'JoinSwarmWithToken':
      return joinSwarmWithToken(state, ctx, command.request);
    case 'LeaveSwarm':
      return leaveSwarm(state, ctx, command.hostname, command.force);
    case 'RotateJoinToken':
      return rotateJoinToken(state, ctx, command.role);
    case 'UpdateSwarm':
      return updateSwarm(state, ctx, command.taskHistoryLimit, command.config);
    case 'UpdateNode':
      return updateNode(state, ctx, command.request);
    case 'RemoveNode':
      return removeNode(state, ctx, command.nodeId, command.force);
  }
}
