// `--network` names resolved to swarm network IDs the way the CLI does it before sending a
// service spec: a network inspect with scope "swarm" on the engine it talks to
// (cli/command/service/opts.go resolveNetworkID, moby api/server/router/network getNetwork).
// A manager sees every swarm network; a worker only those instantiated on it. A node-local
// network gets the daemon's refusal from moby daemon/cluster/networks.go populateNetworkID.
import { lookupBy, swarmNetworksVisibleOn, type ClusterState } from '../../cluster/index.js';
import { CliError } from '../command.js';
import { DaemonError, requireManager } from '../daemon.js';
import type { NetworkAttachment } from './opts.js';

// swarmkit keeps its own `bridge` and `host` network objects for services; swarmlab has no such mode.
const PREDEFINED = new Set(['bridge', 'host', 'none', 'default']);

/** resolveNetworkId returns the swarm network ID a `--network` value names on this host, or throws docker's error. */
export function resolveNetworkId(state: Readonly<ClusterState>, hostname: string, ref: string): string {
  const visible = swarmNetworksVisibleOn(state as ClusterState, hostname);
  const found = lookupBy(visible, ref, (n) => n.name);
  if (found.kind === 'found') return found.value.id;
  if (found.kind === 'ambiguous') throw new DaemonError(`network ${ref} is ambiguous (${found.count} matches found)`);
  if (PREDEFINED.has(ref)) throw new CliError(`swarmlab: --network ${ref} is not simulated in this lab yet`);
  const local = state.hosts[hostname]?.localNetworks ?? [];
  const own = lookupBy(local, ref, (n) => n.name);
  if (own.kind === 'found') {
    // The spec reaches the daemon, which answers from the manager (worker and no-swarm errors first).
    requireManager(state, hostname);
    throw new DaemonError(
      `The network ${own.value.name} cannot be used with services. Only networks scoped to the swarm can be used, such as those created with the overlay driver.`,
    );
  }
  throw new DaemonError(`network ${ref} not found`);
}

/** resolveAttachments resolves every attachment and sorts them by network ID, as ToService does. */
export function resolveAttachments(state: Readonly<ClusterState>, hostname: string, attachments: readonly NetworkAttachment[]): { target: string; aliases: string[] }[] {
  return attachments
    .map((a) => ({ target: resolveNetworkId(state, hostname, a.target), aliases: [...a.aliases] }))
    .sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
}
