// decide is the single entry point for changing a cluster: it validates a command against the
// current state and returns the events that record it, or throws a ClusterError. It never
// mutates the state; the caller records the events, then applies them with evolve.

import { createLocalNetwork, removeLocalNetwork, type CreateLocalNetwork } from './commands/local-network.js';
import { createNetwork, removeNetwork, type CreateNetwork } from './commands/network.js';
import { killTask, setNodeAvailability, setNodeState, setPartitioned } from './commands/node.js';
import { createService, removeService, rollbackService, updateService } from './commands/service.js';
import { defaultTopology, initSwarm, joinSwarm, provisionHosts, type HostSpec, type InitSwarmOptions, type TopologySpec } from './commands/swarm.js';
import { decideMembership, isMembershipCommand, type MembershipCommand } from './membership-commands.js';
import { decideData, isDataCommand, type DataCommand } from './data-commands.js';
import type { DecideContext } from './context.js';
import { serveRequest, type ServeRequest } from './http/serve.js';
import type { ClusterEvent } from './events.js';
import { checkLimits } from './limits.js';
import type { ClusterState, NodeAvailability, NodeRole, NodeState, ServiceSpec } from './model.js';

/** ClusterCommand is an imperative request to change a cluster. */
export type ClusterCommand =
  | { type: 'BuildTopology'; topology: TopologySpec }
  | { type: 'ProvisionHosts'; hosts: HostSpec[] }
  | { type: 'InitSwarm'; hostname: string; options?: InitSwarmOptions }
  | MembershipCommand
  | DataCommand
  | { type: 'JoinSwarm'; hostname: string; role: NodeRole }
  | { type: 'CreateNetwork'; request: CreateNetwork }
  | { type: 'RemoveNetwork'; networkId: string }
  | { type: 'CreateLocalNetwork'; request: CreateLocalNetwork }
  | { type: 'RemoveLocalNetwork'; hostname: string; networkId: string }
  | { type: 'CreateService'; spec: ServiceSpec }
  | { type: 'UpdateService'; serviceId: string; spec: ServiceSpec }
  | { type: 'RemoveService'; serviceId: string }
  | { type: 'RollbackService'; serviceId: string }
  | { type: 'ServeRequest'; request: ServeRequest }
  | { type: 'SetNodeState'; nodeId: string; state: NodeState }
  | { type: 'SetNodeAvailability'; nodeId: string; availability: NodeAvailability }
  | { type: 'SetPartitioned'; nodeId: string; partitioned: boolean }
  | { type: 'KillTask'; taskId: string };

/**
 * decide returns the events that carry out a command, or throws a ClusterError. Docker's own
 * checks come first, so a command Docker would refuse gets Docker's error, not a swarmlab limit.
 */
export function decide(state: ClusterState, command: ClusterCommand, ctx: DecideContext): ClusterEvent[] {
  const events = decideCommand(state, command, ctx);
  if (ctx.limits) checkLimits(state, command, ctx.limits);
  return events;
}

function decideCommand(state: ClusterState, command: ClusterCommand, ctx: DecideContext): ClusterEvent[] {
  if (isMembershipCommand(command)) return decideMembership(state, command, ctx);
  if (isDataCommand(command)) return decideData(state, command, ctx);
  switch (command.type) {
    case 'BuildTopology':
      return defaultTopology(ctx, command.topology);
    case 'ProvisionHosts':
      return provisionHosts(state, ctx, command.hosts);
    case 'InitSwarm':
      return initSwarm(state, ctx, command.hostname, command.options);
    case 'JoinSwarm':
      return joinSwarm(state, ctx, command.hostname, command.role);
    case 'CreateNetwork':
      return createNetwork(state, ctx, command.request);
    case 'RemoveNetwork':
      return removeNetwork(state, ctx, command.networkId);
    case 'CreateLocalNetwork':
      return createLocalNetwork(state, ctx, command.request);
    case 'RemoveLocalNetwork':
      return removeLocalNetwork(state, ctx, command.hostname, command.networkId);
    case 'CreateService':
      return createService(state, ctx, command.spec);
    case 'UpdateService':
      return updateService(state, ctx, command.serviceId, command.spec);
    case 'RemoveService':
      return removeService(state, ctx, command.serviceId);
    case 'RollbackService':
      return rollbackService(state, ctx, command.serviceId);
    case 'ServeRequest':
      return serveRequest(state, ctx, command.request);
    case 'SetNodeState':
      return setNodeState(state, ctx, command.nodeId, command.state);
    case 'SetNodeAvailability':
      return setNodeAvailability(state, ctx, command.nodeId, command.availability);
    case 'SetPartitioned':
      return setPartitioned(state, ctx, command.nodeId, command.partitioned);
    case 'KillTask':
      return killTask(state, ctx, command.taskId);
  }
}
