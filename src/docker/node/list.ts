// `docker node ls` (docker/cli v28.2.2 cli/command/node/list.go): a manager-only request; the
// nodes sorted by hostname (natural order). Filters as swarmkit's ListNodes applies them after
// moby daemon/cluster/filters.go newListNodesFilters validated them: id and name are prefixes,
// label (engine labels) and node.label (node labels) must all match, role and membership any.

import { nodeOfHost, type ClusterState, type SwarmNode } from '../../cluster/index.js';
import { filterFlag, formatFlag, noArgs, quietFlag, type Filters } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { DaemonError, requireManager } from '../daemon.js';
import { labelMatches } from '../filters.js';
import { naturalCompare } from '../format/index.js';
import { formatNodes, nodeRow } from './formatter.js';

const ACCEPTED = ['name', 'id', 'label', 'role', 'membership', 'node.label'];

function anyOf(values: readonly string[] | undefined, test: (v: string) => boolean): boolean {
  return values === undefined || values.some(test);
}

function enumFilter(values: readonly string[] | undefined, allowed: readonly string[], what: string): string[] | undefined {
  if (!values) return undefined;
  const bad = values.find((v) => v !== '' && !allowed.includes(v.toLowerCase()));
  if (bad !== undefined) throw new DaemonError(`Invalid ${what} filter: '${bad}'`);
  const known = values.filter((v) => v !== '').map((v) => v.toLowerCase());
  return known.length > 0 ? known : undefined;
}

/** filterNodes applies node ls filters, or throws the daemon's invalid-filter error. */
export function filterNodes(nodes: readonly SwarmNode[], filters: Filters): SwarmNode[] {
  for (const key of filters.keys()) if (!ACCEPTED.includes(key)) throw new DaemonError(`invalid filter '${key}'`);
  const roles = enumFilter(filters.get('role'), ['manager', 'worker'], 'role');
  const memberships = enumFilter(filters.get('membership'), ['accepted', 'pending'], 'membership');
  return nodes.filter(
    (n) =>
      anyOf(filters.get('id'), (v) => n.id.startsWith(v)) &&
      anyOf(filters.get('name'), (v) => n.hostname.startsWith(v)) &&
      (filters.get('label') ?? []).every((v) => labelMatches({}, v)) &&
      (filters.get('node.label') ?? []).every((v) => labelMatches(n.labels, v)) &&
      anyOf(roles, (v) => n.role === v) &&
      anyOf(memberships, (v) => v === 'accepted'),
  );
}

/** nodeList is `docker node ls`. */
export const nodeList: DockerCommand = {
  name: 'ls',
  use: 'ls [OPTIONS]',
  short: 'List nodes in the swarm',
  aliases: ['list'],
  args: noArgs,
  flags: [quietFlag(), formatFlag(), filterFlag()],
  run: ({ req, host }) => {
    const state = host.cluster.state() as ClusterState;
    requireManager(state, host.hostname);
    const nodes = filterNodes(Object.values(state.nodes), req.flags.custom<Filters>('filter'));
    nodes.sort((a, b) => naturalCompare(a.hostname, b.hostname));
    const self = nodeOfHost(state, host.hostname)?.id;
    host.io.stdout(formatNodes(nodes.map((n) => nodeRow(state, n, self)), req.flags.string('format'), req.flags.bool('quiet')));
    return 0;
  },
};
