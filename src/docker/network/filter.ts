// `docker network ls --filter` as the engine applies it: moby v28.2.2 daemon/network/filter.go
// FilterNetworks (driver and scope exact, name and id as Go regexps, labels all matching,
// dangling, type builtin|custom), with the accepted keys of api/types/network/network.go. On a
// manager the cluster's networks are first narrowed by swarmkit's ListNetworks (daemon/cluster/
// networks.go GetNetworks): a name filter must equal the name, an id filter prefix the ID.

import type { SwarmNetwork } from '../../cluster/index.js';
import type { Filters } from '../cli/index.js';
import { DaemonError } from '../daemon.js';
import { exactMatch, match, matchKVList } from '../filters.js';
import type { NetworkSummary } from './formatter.js';

/** NETWORK_FILTERS are the keys the network list endpoint accepts. */
export const NETWORK_FILTERS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'];

/** isPredefined is daemon/network IsPredefined on Linux: bridge, host, none, default (not ingress). */
export function isPredefined(name: string): boolean {
  return ['bridge', 'host', 'none', 'default'].includes(name);
}

/** swarmkitPrefilter is ListNetworks' name (exact, as Names and NamePrefixes both apply) and ID-prefix filters. */
export function swarmkitPrefilter(n: SwarmNetwork, filters: Filters): boolean {
  const names = filters.get('name');
  const ids = filters.get('id');
  if (names && names.length > 0 && !names.includes(n.name)) return false;
  return !ids || ids.length === 0 || ids.some((id) => n.id.startsWith(id));
}

function dangling(filters: Filters): boolean | undefined {
  const values = filters.get('dangling');
  if (!values || values.length === 0) return undefined;
  if (values.length > 1) throw new DaemonError('got more than one value for filter key "dangling"');
  if (values[0] === '0' || values[0] === 'false') return false;
  if (values[0] === '1' || values[0] === 'true') return true;
  throw new DaemonError('invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")');
}

/** filterNetworks is FilterNetworks over the list the engine built (no containers listed there, so none count). */
export function filterNetworks(networks: readonly NetworkSummary[], filters: Filters): NetworkSummary[] {
  if (filters.size === 0) return [...networks];
  let shown = networks.filter(
    (n) =>
      exactMatch(filters.get('driver'), n.driver) &&
      match(filters.get('name'), n.name) &&
      match(filters.get('id'), n.id) &&
      matchKVList(filters.get('label'), n.labels) &&
      exactMatch(filters.get('scope'), n.scope),
  );
  const onlyDangling = dangling(filters);
  // The list's networks carry no Containers, so a network is "in use" only when predefined.
  if (onlyDangling !== undefined) shown = shown.filter((n) => (onlyDangling ? !isPredefined(n.name) : isPredefined(n.name)));
  const types = filters.get('type');
  if (types) {
    const byType: NetworkSummary[] = [];
    for (const t of types) {
      if (t !== 'builtin' && t !== 'custom') throw new DaemonError(`invalid filter: 'type'='${t}'`);
      byType.push(...shown.filter((n) => isPredefined(n.name) === (t === 'builtin')));
    }
    shown = byType;
  }
  return shown;
}
