// One resolver for every object kind, in the order moby's daemon looks things up
// (daemon/cluster/helpers.go getService/getNode/getTask, daemon/network.go FindNetwork):
// full ID, then exact name, then unique ID prefix. Errors carry Docker's daemon wording.

import { ClusterError } from './errors.js';
import type { ClusterState, Service, SwarmNetwork, SwarmNode, Task } from './model.js';

/** Lookup is the outcome of resolving a user's reference to one object. */
export type Lookup<T> = { kind: 'found'; value: T } | { kind: 'none' } | { kind: 'ambiguous'; count: number };

/** lookupBy resolves ref against objects by full ID, exact name, then unique ID prefix. */
export function lookupBy<T extends { id: string }>(objects: readonly T[], ref: string, nameOf: (o: T) => string): Lookup<T> {
  const byId = objects.find((o) => o.id === ref);
  if (byId) return { kind: 'found', value: byId };
  const byName = objects.filter((o) => nameOf(o) === ref);
  if (byName.length === 1 && byName[0]) return { kind: 'found', value: byName[0] };
  if (byName.length > 1) return { kind: 'ambiguous', count: byName.length };
  if (ref === '') return { kind: 'none' };
  const byPrefix = objects.filter((o) => o.id.startsWith(ref));
  if (byPrefix.length === 1 && byPrefix[0]) return { kind: 'found', value: byPrefix[0] };
  if (byPrefix.length > 1) return { kind: 'ambiguous', count: byPrefix.length };
  return { kind: 'none' };
}

function expect<T>(lookup: Lookup<T>, what: string, ref: string): T {
  if (lookup.kind === 'found') return lookup.value;
  if (lookup.kind === 'ambiguous') throw new ClusterError('ambiguous', `${what} ${ref} is ambiguous (${lookup.count} matches found)`);
  throw new ClusterError('not-found', `${what} ${ref} not found`);
}

/** findService resolves a service reference or throws not-found / ambiguous. */
export function findService(state: ClusterState, ref: string): Service {
  return expect(lookupBy(Object.values(state.services), ref, (s) => s.spec.name), 'service', ref);
}

/** findSwarmNetwork resolves a swarm network reference or throws not-found / ambiguous. */
export function findSwarmNetwork(state: ClusterState, ref: string): SwarmNetwork {
  return expect(lookupBy(Object.values(state.networks), ref, (n) => n.name), 'network', ref);
}

/** findNode resolves a node reference (ID, hostname or ID prefix) or throws. */
export function findNode(state: ClusterState, ref: string): SwarmNode {
  return expect(lookupBy(Object.values(state.nodes), ref, (n) => n.hostname), 'node', ref);
}

/** findTask resolves a task reference (ID or ID prefix) or throws. */
export function findTask(state: ClusterState, ref: string): Task {
  return expect(lookupBy(Object.values(state.tasks), ref, () => '\u0000'), 'task', ref);
}

/**
 * nodeOfHost returns the swarm node a host is, if it is in the swarm. A node whose host left is
 * still listed by the managers (down) but is no longer the host's: the host may join again as a
 * new node.
 */
export function nodeOfHost(state: ClusterState, hostname: string): SwarmNode | undefined {
  return Object.values(state.nodes).find((n) => n.hostname === hostname && n.left !== true);
}
