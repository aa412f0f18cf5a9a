// Short, attributed lines for the instructor's event feed: what a user's command changed
// ("bob@manager3 scaled web 2→5") and what the clock brought about that a class should notice
// (a task failing, a node going down). Described against the state before the command, so the
// names of removed objects are still known.

import type { ClusterEvent, ClusterState } from '../cluster/index.js';

/** describeCommand returns the feed lines for a command's events, attributed to `who`. */
export function describeCommand(before: Readonly<ClusterState>, events: readonly ClusterEvent[], who: string): string[] {
  const lines: string[] = [];
  for (const e of events) {
    const line = commandLine(before, e);
    if (line) lines.push(`${who} ${line}`);
  }
  return lines;
}

function commandLine(before: Readonly<ClusterState>, e: ClusterEvent): string | undefined {
  switch (e.type) {
    case 'NetworkCreated':
      return e.data.network.ingress ? undefined : `created network ${e.data.network.name}`;
    case 'NetworkRemoved':
      return `removed network ${before.networks[e.data.networkId]?.name ?? e.data.networkId}`;
    case 'LocalNetworkCreated':
      return `created network ${e.data.network.name} on ${e.data.hostname}`;
    case 'ServiceCreated': {
      const { spec } = e.data.service;
      return `created service ${spec.name} (${spec.mode.kind === 'global' ? 'global' : `${spec.mode.replicas} replicas`}, ${spec.image})`;
    }
    case 'ServiceUpdated': {
      const old = before.services[e.data.serviceId]?.spec;
      const next = e.data.spec;
      if (old?.mode.kind === 'replicated' && next.mode.kind === 'replicated' && old.mode.replicas !== next.mode.replicas) {
        return `scaled ${next.name} ${old.mode.replicas}→${next.mode.replicas}`;
      }
      return old && old.image !== next.image ? `updated ${next.name} to ${next.image}` : `updated ${next.name}`;
    }
    case 'ServiceRemoved':
      return `removed service ${before.services[e.data.serviceId]?.spec.name ?? e.data.serviceId}`;
    case 'SwarmInitialized':
      return `initialised the swarm on ${e.data.hostname}`;
    case 'NodeJoined':
      return before.swarm ? `joined ${e.data.hostname} as a ${e.data.role}` : undefined;
    case 'NodeAvailabilityChanged':
      return `set ${nodeName(before, e.data.nodeId)} to ${e.data.availability}`;
    case 'NodeStateChanged':
      return `brought ${nodeName(before, e.data.nodeId)} ${e.data.state === 'down' ? 'down' : 'back up'}`;
    case 'NodePartitionChanged':
      return `${e.data.partitioned ? 'cut' : 'reconnected'} ${nodeName(before, e.data.nodeId)} ${e.data.partitioned ? 'off the overlay networks' : 'to the overlay networks'}`;
    case 'TaskStatusChanged':
      return e.data.exitCode === 137 ? `killed task ${taskName(before, e.data.taskId)}` : undefined;
    default:
      return undefined;
  }
}

/** describeClock returns the feed lines for what the clock changed that is worth noticing. */
export function describeClock(after: Readonly<ClusterState>, events: readonly ClusterEvent[]): string[] {
  const lines: string[] = [];
  for (const e of events) {
    if (e.type === 'TaskStatusChanged' && (e.data.state === 'failed' || e.data.state === 'rejected')) {
      lines.push(`task ${taskName(after, e.data.taskId)} ${e.data.state}: ${e.data.err ?? ''}`.trim());
    } else if (e.type === 'LeaderChanged') {
      lines.push(e.data.nodeId ? `${nodeName(after, e.data.nodeId)} is now the leader` : 'the swarm lost its leader (no quorum)');
    } else if (e.type === 'ServiceUpdateStatusChanged' && e.data.state !== 'updating') {
      lines.push(`update of ${after.services[e.data.serviceId]?.spec.name ?? e.data.serviceId} ${e.data.state}`);
    }
  }
  return lines;
}

function nodeName(state: Readonly<ClusterState>, nodeId: string): string {
  return state.nodes[nodeId]?.hostname ?? nodeId;
}

function taskName(state: Readonly<ClusterState>, taskId: string): string {
  const task = state.tasks[taskId];
  if (!task) return taskId;
  const service = state.services[task.serviceId]?.spec.name ?? task.spec.name;
  return `${service}.${task.slot > 0 ? task.slot : (state.nodes[task.nodeId ?? '']?.hostname ?? '')}`;
}
