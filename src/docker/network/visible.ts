// The networks one node's engine knows: its own local networks plus the swarm networks it lists
// (all on a manager, instantiated ones on a worker), merged as moby's network router does.

import { swarmNetworksVisibleOn, type ClusterState, type LocalNetwork, type SwarmNetwork } from '../../cluster/index.js';
import { naturalCompare } from '../format/index.js';
import type { NetworkRow } from './formatter.js';

/** VisibleNetwork is a local or swarm network as seen from one node. */
export type VisibleNetwork = { kind: 'local'; network: LocalNetwork } | { kind: 'swarm'; network: SwarmNetwork };

/** visibleNetworks lists the networks `docker network ls` shows on hostname, sorted by name. */
export function visibleNetworks(state: Readonly<ClusterState>, hostname: string): VisibleNetwork[] {
  const host = state.hosts[hostname];
  const local: VisibleNetwork[] = (host?.localNetworks ?? []).map((network) => ({ kind: 'local', network }));
  const swarm: VisibleNetwork[] = swarmNetworksVisibleOn(state as ClusterState, hostname).map((network) => ({ kind: 'swarm', network }));
  return [...local, ...swarm].sort((a, b) => naturalCompare(a.network.name, b.network.name));
}

/** networkRow converts a visible network to its table row. */
export function networkRow(v: VisibleNetwork): NetworkRow {
  if (v.kind === 'swarm') return { id: v.network.id, name: v.network.name, driver: 'overlay', scope: 'swarm' };
  return { id: v.network.id, name: v.network.name, driver: v.network.driver, scope: 'local' };
}
