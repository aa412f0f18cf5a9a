// How one engine finds the network a user named, for inspect and for rm. The engine's own list
// (local networks plus the swarm networks instantiated on this node) is searched before the
// cluster's (managers only), by full ID, then name, then ID prefix.
// Fidelity: moby v28.2.2 api/server/router/network/network_routes.go (getNetwork,
// findUniqueNetwork), libnetwork/error.go (ErrNoSuchNetwork).

import {
  ClusterError,
  isManager,
  lookupBy,
  networkInstantiatedOn,
  nodeOfHost,
  type ClusterState,
  type LocalNetwork,
  type SwarmNetwork,
} from '../../cluster/index.js';

/**
 * NetworkTarget is a network as one node's engine answers for it: a node-local network, a swarm
 * network instantiated on this node (the engine's local view), or a swarm network only the
 * cluster knows here (a manager without a local task on it).
 */
export type NetworkTarget =
  | { kind: 'local'; network: LocalNetwork }
  | { kind: 'swarm-local'; network: SwarmNetwork }
  | { kind: 'swarm-cluster'; network: SwarmNetwork };

/** engineNetworks lists what the node's engine itself holds. */
export function engineNetworks(state: Readonly<ClusterState>, hostname: string): NetworkTarget[] {
  const s = state as ClusterState;
  const node = nodeOfHost(s, hostname);
  const local: NetworkTarget[] = (s.hosts[hostname]?.localNetworks ?? []).map((network) => ({ kind: 'local', network }));
  if (!node) return local;
  const swarm = Object.values(s.networks).filter((n) => networkInstantiatedOn(s, n, node.id));
  return [...local, ...swarm.map((network): NetworkTarget => ({ kind: 'swarm-local', network }))];
}

function clusterNetworks(state: Readonly<ClusterState>, hostname: string): NetworkTarget[] {
  if (!isManager(nodeOfHost(state as ClusterState, hostname))) return [];
  return Object.values(state.networks).map((network) => ({ kind: 'swarm-cluster', network }));
}

type Matches = Map<string, NetworkTarget>;

function collect(targets: readonly NetworkTarget[], term: string, byName: Matches, byPrefix: Matches, skipIngressName = false): NetworkTarget | undefined {
  for (const t of targets) {
    if (t.network.id === term) return t;
    const ingress = t.kind !== 'local' && t.network.ingress;
    if (t.network.name === term && !(skipIngressName && ingress) && !byName.has(t.network.id)) byName.set(t.network.id, t);
    if (t.network.id.startsWith(term) && !byPrefix.has(t.network.id)) byPrefix.set(t.network.id, t);
  }
  return undefined;
}

function pick(term: string, byName: Matches, byPrefix: Matches, ambiguous: (n: number, how: string) => string): NetworkTarget {
  for (const [matches, how] of [[byName, 'name'], [byPrefix, 'ID prefix']] as const) {
    if (matches.size === 1) return [...matches.values()][0] as NetworkTarget;
    if (matches.size > 1) throw new ClusterError('ambiguous', ambiguous(matches.size, how));
  }
  throw new ClusterError('not-found', `network ${term} not found`);
}

/** resolveForInspect finds the network `docker network inspect term` shows on hostname. */
export function resolveForInspect(state: Readonly<ClusterState>, hostname: string, term: string): NetworkTarget {
  const byName: Matches = new Map();
  const byPrefix: Matches = new Map();
  const exact = collect(engineNetworks(state, hostname), term, byName, byPrefix);
  if (exact) return exact;
  const cluster = clusterNetworks(state, hostname);
  const viaCluster = lookupBy(Object.values(state.networks), term, (n) => n.name);
  if (cluster.length > 0 && viaCluster.kind === 'found' && viaCluster.value.id.startsWith(term)) {
    const id = viaCluster.value.id;
    return byPrefix.get(id) ?? byName.get(id) ?? { kind: 'swarm-cluster', network: viaCluster.value };
  }
  const exactCluster = collect(cluster, term, byName, byPrefix);
  if (exactCluster) return exactCluster;
  return pick(term, byName, byPrefix, (n, how) => `${n} matches found based on ${how}: network ${term} is ambiguous`);
}

/** resolveForRemove finds the network `docker network rm term` removes on hostname. */
export function resolveForRemove(state: Readonly<ClusterState>, hostname: string, term: string): NetworkTarget {
  const byName: Matches = new Map();
  const byPrefix: Matches = new Map();
  const exact = collect(engineNetworks(state, hostname), term, byName, byPrefix, true) ?? collect(clusterNetworks(state, hostname), term, byName, byPrefix);
  if (exact) return exact;
  return pick(term, byName, byPrefix, (n, how) => `network ${term} is ambiguous (${n} matches found based on ${how})`);
}
