// Node-scoped networks: `docker network create NAME` (bridge driver) and `docker network rm` of a
// local network, as one engine decides them. Name checks run in the order moby's network router
// and daemon run them (moby v28.2.2 api/server/router/network/network_routes.go postNetworkCreate,
// daemon/network.go createNetwork/deleteNetwork, libnetwork/controller.go NewNetwork).

import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import { intToIp, parseCidr, subnetSize } from '../ipam.js';
import { nodeOfHost } from '../lookup.js';
import type { ClusterState, Host, LocalNetwork } from '../model.js';
import { networkInstantiatedOn } from '../views.js';

/** CreateLocalNetwork is the request behind `docker network create [-d bridge] NAME` on one host. */
export interface CreateLocalNetwork {
  hostname: string;
  name: string;
  labels: Record<string, string>;
  options: Record<string, string>;
  internal: boolean;
  attachable: boolean;
  /** subnet and gateway are --subnet/--gateway; without them the next free local pool is used. */
  subnet?: string;
  gateway?: string;
}

/** PREDEFINED_NETWORKS are the names no user network may take (moby api/types/network IsPredefined). */
export const PREDEFINED_NETWORKS: readonly string[] = ['bridge', 'host', 'none', 'default'];

const NOT_A_MANAGER_INACTIVE =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

/**
 * checkNewNetworkName throws the engine's error for a network name hostname cannot create, in the
 * daemon's order: swarm names on a manager (swarmkit also keeps `bridge` and `host` objects),
 * predefined names, an overlay asked of a non-manager, then the engine's own networks.
 */
export function checkNewNetworkName(state: ClusterState, hostname: string, name: string, overlay: boolean): void {
  const node = nodeOfHost(state, hostname);
  const manager = node?.role === 'manager';
  const exists = new ClusterError('already-exists', `network with name ${name} already exists`);
  if (manager && (name === 'bridge' || name === 'host' || Object.values(state.networks).some((n) => n.name === name))) throw exists;
  // The daemon's message ends with a space that the client trims.
  if (PREDEFINED_NETWORKS.includes(name)) throw new ClusterError('forbidden', `operation is not permitted on predefined ${name} network`);
  if (overlay && !manager) throw new ClusterError('forbidden', NOT_A_MANAGER_INACTIVE);
  const host = state.hosts[hostname];
  const instantiated = node ? Object.values(state.networks).filter((n) => networkInstantiatedOn(state, n, node.id)) : [];
  if (host?.localNetworks.some((n) => n.name === name) || instantiated.some((n) => n.name === name)) throw exists;
}

/** createLocalNetwork creates a user bridge network on one host with the next free local pool. */
export function createLocalNetwork(state: ClusterState, ctx: DecideContext, req: CreateLocalNetwork): ClusterEvent[] {
  const host = state.hosts[req.hostname];
  if (!host) throw new ClusterError('not-found', `host ${req.hostname} not found`);
  if (req.name.trim() === '') throw new ClusterError('invalid-argument', 'invalid name: name is empty');
  // moby accepts any local network name; we refuse control characters (a deliberate deviation):
  // teammates on this node list the name, and DESIGN.md keeps control sequences off their screens.
  if (/[\x00-\x1f\x7f-\x9f]/.test(req.name)) throw new ClusterError('invalid-argument', 'invalid name: name contains control characters');
  checkNewNetworkName(state, req.hostname, req.name, false);
  const subnet = req.subnet ?? nextLocalPool(host);
  if (!subnet) throw new ClusterError('forbidden', 'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network');
  if (req.subnet && host.localNetworks.some((n) => n.subnet && overlaps(n.subnet, subnet))) {
    throw new ClusterError('forbidden', 'invalid pool request: Pool overlaps with other one on this address space');
  }
  const network: LocalNetwork = {
    id: ctx.entropy.hexId(),
    name: req.name,
    driver: 'bridge',
    createdAt: ctx.now,
    subnet,
    gateway: req.gateway ?? intToIp(parseCidr(subnet).base + 1),
    labels: { ...req.labels },
    options: { ...req.options },
    internal: req.internal,
    attachable: req.attachable,
  };
  return [{ type: 'LocalNetworkCreated', data: { at: ctx.now, hostname: req.hostname, network } }];
}

/** removeLocalNetwork deletes a user network of one host (predefined ones are refused). */
export function removeLocalNetwork(state: ClusterState, ctx: DecideContext, hostname: string, networkId: string): ClusterEvent[] {
  const network = state.hosts[hostname]?.localNetworks.find((n) => n.id === networkId);
  if (!network) throw new ClusterError('not-found', `network ${networkId} not found`);
  if (PREDEFINED_NETWORKS.includes(network.name)) {
    throw new ClusterError('forbidden', `${network.name} is a pre-defined network and cannot be removed`);
  }
  if (network.name === 'docker_gwbridge' && nodeOfHost(state, hostname)) {
    // Every swarm node's ingress sandbox (and each task container) has an endpoint on it.
    throw new ClusterError('forbidden', `error while removing network: network docker_gwbridge id ${network.id} has active endpoints`);
  }
  return [{ type: 'LocalNetworkRemoved', data: { at: ctx.now, hostname, networkId } }];
}

/** LOCAL_POOLS are the engine's default address pools: 172.17-31.0.0/16, then 192.168.0.0/16 in /20s (moby libnetwork/ipamutils). */
const LOCAL_POOLS: readonly string[] = [
  ...Array.from({ length: 15 }, (_, i) => `172.${17 + i}.0.0/16`),
  ...Array.from({ length: 16 }, (_, i) => `192.168.${i * 16}.0/20`),
];

function nextLocalPool(host: Host): string | undefined {
  const used = host.localNetworks.flatMap((n) => (n.subnet ? [n.subnet] : []));
  return LOCAL_POOLS.find((pool) => !used.some((u) => overlaps(u, pool)));
}

function overlaps(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  const xEnd = x.base + subnetSize(x) - 1;
  const yEnd = y.base + subnetSize(y) - 1;
  return x.base <= yEnd && y.base <= xEnd;
}
