// Read-only questions about one node's point of view: which containers live there, which swarm
// networks are instantiated there, what a node lists. The Docker CLI layer renders these.

import type { ClusterState, SwarmNetwork, SwarmNode, Task } from './model.js';
import { nodeOfHost } from './lookup.js';
import { stateRank } from './task-state.js';

/** hasContainer reports whether a task's container exists (created while preparing, kept when stopped). */
export function hasContainer(task: Task): boolean {
  return task.nodeId !== undefined && stateRank(task.status.state) >= stateRank('ready') && task.status.state !== 'rejected';
}

/** isContainerRunning reports whether a task's container is up. */
export function isContainerRunning(task: Task): boolean {
  return task.status.state === 'running';
}

/** holdsNetworks reports whether a task's container is attached to its networks right now. */
export function holdsNetworks(task: Task): boolean {
  const rank = stateRank(task.status.state);
  return task.nodeId !== undefined && rank >= stateRank('preparing') && rank <= stateRank('running');
}

/** groupByService lists items under the id of their task's service, each list in the items' order. */
export function groupByService<T>(items: Iterable<T>, serviceOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(serviceOf(item));
    if (group) group.push(item);
    else groups.set(serviceOf(item), [item]);
  }
  return groups;
}

/** tasksOnNode returns the tasks assigned to a node, oldest first. */
export function tasksOnNode(state: ClusterState, nodeId: string): Task[] {
  return Object.values(state.tasks)
    .filter((t) => t.nodeId === nodeId)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** containersOnHost returns the tasks whose containers exist on a host, newest first (daemon order). */
export function containersOnHost(state: ClusterState, hostname: string): Task[] {
  const node = nodeOfHost(state, hostname);
  if (!node) return [];
  return tasksOnNode(state, node.id).filter(hasContainer).reverse();
}

/** isManager reports whether the host is a swarm manager. */
export function isManager(node: SwarmNode | undefined): boolean {
  return node?.role === 'manager';
}

/**
 * networkInstantiatedOn reports whether a swarm network exists on a node's engine: ingress on
 * every swarm node, other overlays only while one of the node's containers is attached to them.
 */
export function networkInstantiatedOn(state: ClusterState, network: SwarmNetwork, nodeId: string): boolean {
  if (network.ingress) return state.nodes[nodeId] !== undefined;
  return Object.values(state.tasks).some((t) => t.nodeId === nodeId && holdsNetworks(t) && t.attachments.some((a) => a.networkId === network.id));
}

/**
 * swarmNetworksVisibleOn returns the swarm networks `docker network ls` lists on a host: all of
 * them on a manager; on a worker only the instantiated ones (moby network_routes.go merges the
 * cluster list, which fails on workers, with the engine's own list).
 */
export function swarmNetworksVisibleOn(state: ClusterState, hostname: string): SwarmNetwork[] {
  const node = nodeOfHost(state, hostname);
  if (!node) return [];
  const all = Object.values(state.networks);
  if (isManager(node)) return all;
  return all.filter((n) => networkInstantiatedOn(state, n, node.id));
}

/** containerName returns the task container's name: <service>.<slot|node>.<task ID>. */
export function containerName(state: ClusterState, task: Task): string {
  const service = state.services[task.serviceId];
  const name = service?.spec.name ?? task.spec.name;
  return `${name}.${task.slot > 0 ? task.slot : task.nodeId ?? ''}.${task.id}`;
}

/** findContainerOnHost resolves a container reference (full ID, name, or ID prefix) among a host's containers. */
export function findContainerOnHost(state: ClusterState, hostname: string, ref: string): Task | undefined {
  if (ref === '') return undefined;
  const containers = containersOnHost(state, hostname);
  const exact = containers.find((t) => t.containerId === ref || containerName(state, t) === ref);
  if (exact) return exact;
  const byPrefix = containers.filter((t) => t.containerId.startsWith(ref));
  return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

/** reachability is a manager's raft reachability as `node ls` shows it: reachable unless down. */
export function reachability(node: SwarmNode): 'reachable' | 'unreachable' {
  return node.state === 'ready' ? 'reachable' : 'unreachable';
}

/** hasLeader reports whether the swarm currently has a leader (raft quorum). */
export function hasLeader(state: ClusterState): boolean {
  return Object.values(state.nodes).some((n) => n.leader);
}
