// `docker network ls` (docker/cli v28.2.2 cli/command/network/list.go): the engine's answer
// sorted by name, with --quiet, --no-trunc, --format and the daemon's filters. The engine's
// list is moby's getNetworksList: on a manager the cluster's networks first, then every local
// network the cluster did not return, each filtered by daemon/network/filter.go.

import { isManager, nodeOfHost, type ClusterState } from '../../cluster/index.js';
import { filterOpt, formatFlag, noArgs, noTruncFlag, quietFlag, type Filters } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { naturalCompare } from '../format/index.js';
import { filterNetworks, NETWORK_FILTERS, swarmkitPrefilter } from './filter.js';
import { formatNetworks, networkListFormat, type NetworkSummary } from './formatter.js';
import { networkResource } from './resource.js';
import { engineNetworks, type NetworkTarget } from './resolve.js';
import { validateFilters } from '../filters.js';

function summary(state: Readonly<ClusterState>, hostname: string, target: NetworkTarget): NetworkSummary {
  const r = networkResource(state, hostname, target);
  const labels = r.Labels instanceof Map ? Object.fromEntries(r.Labels as Map<string, string>) : ((r.Labels ?? {}) as Record<string, string>);
  return {
    id: String(r.Id), name: String(r.Name), driver: String(r.Driver), scope: String(r.Scope), ipv4: r.EnableIPv4 === true,
    ipv6: r.EnableIPv6 === true, internal: r.Internal === true, labels, created: String(r.Created),
  };
}

/** listNetworks is the engine's network list on hostname with the filters applied. */
export function listNetworks(state: Readonly<ClusterState>, hostname: string, filters: Filters): NetworkSummary[] {
  validateFilters(filters, NETWORK_FILTERS);
  const cluster = isManager(nodeOfHost(state as ClusterState, hostname))
    ? Object.values(state.networks).filter((n) => swarmkitPrefilter(n, filters)).map((network): NetworkTarget => ({ kind: 'swarm-cluster', network }))
    : [];
  const fromCluster = filterNetworks(cluster.map((t) => summary(state, hostname, t)), filters);
  const seen = new Set(fromCluster.map((n) => n.id));
  const local = engineNetworks(state, hostname).map((t) => summary(state, hostname, t));
  return [...fromCluster, ...filterNetworks(local, filters).filter((n) => !seen.has(n.id))];
}

/** networkList is `docker network ls`. */
export const networkList: DockerCommand = {
  name: 'ls',
  use: 'ls [OPTIONS]',
  short: 'List networks',
  aliases: ['list'],
  args: noArgs,
  flags: [
    quietFlag('Only display network IDs'),
    noTruncFlag('Do not truncate the output'),
    formatFlag(),
    filterOpt({ name: 'filter', shorthand: 'f', usage: 'Provide filter values (e.g. "driver=bridge")' }),
  ],
  run: ({ req, host }) => {
    const networks = listNetworks(host.cluster.state(), host.hostname, req.flags.custom<Filters>('filter'));
    networks.sort((a, b) => naturalCompare(a.name, b.name));
    const format = networkListFormat(req.flags.string('format'), req.flags.bool('quiet'));
    host.io.stdout(formatNetworks(networks, format, !req.flags.bool('no-trunc')));
    return 0;
  },
};
