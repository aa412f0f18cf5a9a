// Read-only questions about swarm membership and raft, from the engine's and the managers' side:
// where a manager listens, who is a raft member, whether a majority is up, and what a host's own
// swarm state is (moby daemon/cluster Status: inactive, pending, active). Commands and the Docker
// CLI layer both ask these.

import type { ClusterState, Host, SwarmNode } from './model.js';
import { nodeOfHost } from './lookup.js';

/** MANAGER_PORT is the swarm control-plane port managers listen on by default (moby defaultAddr). */
export const MANAGER_PORT = 2377;

/** managerAddr is the `ip:port` a node advertises to the swarm (ManagerStatus.Addr for managers). */
export function managerAddr(state: Readonly<ClusterState>, node: SwarmNode): string {
  return node.advertiseAddr ?? `${state.hosts[node.hostname]?.addr ?? ''}:${MANAGER_PORT}`;
}

/** hasManagerStatus reports whether the swarm lists the node as a raft member (node ls MANAGER STATUS). */
export function hasManagerStatus(node: SwarmNode): boolean {
  return node.role === 'manager' && node.outOfRaft !== true;
}

/** raftMembers returns the managers in the raft membership, left or down ones included. */
export function raftMembers(nodes: readonly SwarmNode[]): SwarmNode[] {
  return nodes.filter(hasManagerStatus);
}

/** hasQuorum reports whether more than half of the raft members would be up. */
export function hasQuorum(members: readonly SwarmNode[]): boolean {
  const up = members.filter((m) => m.state === 'ready').length;
  return up > members.length / 2;
}

/** managerStats counts reachable and unreachable raft members (moby daemon/cluster/cluster.go). */
export function managerStats(nodes: readonly SwarmNode[]): { reachable: number; unreachable: number } {
  const members = raftMembers(nodes);
  const reachable = members.filter((m) => m.state === 'ready').length;
  return { reachable, unreachable: members.length - reachable };
}

/**
 * canRemoveMember is swarmkit raft.go CanRemoveMember as the leader sees it: after removing the
 * member, the leader and every other reachable member must still make a majority of the rest.
 */
export function canRemoveMember(nodes: readonly SwarmNode[], nodeId: string): boolean {
  const members = raftMembers(nodes);
  const rest = members.filter((m) => m.id !== nodeId);
  const reachable = rest.filter((m) => m.leader || m.state === 'ready').length;
  return reachable >= Math.floor((members.length - 1) / 2) + 1;
}

/** HostSwarmState is an engine's LocalNodeState as `docker info` prints it. */
export type HostSwarmState = 'inactive' | 'pending' | 'active';

/** hostSwarmState says whether a host's engine is outside a swarm, still joining one, or in one. */
export function hostSwarmState(state: Readonly<ClusterState>, hostname: string): HostSwarmState {
  if (nodeOfHost(state as ClusterState, hostname)) return 'active';
  return state.hosts[hostname]?.joining ? 'pending' : 'inactive';
}

/** HostInterface is one of a simulated machine's network interfaces. */
export interface HostInterface {
  name: string;
  addr: string;
}

/**
 * hostInterfaces lists a machine's interfaces: loopback, its LAN address on eth0, and the
 * bridges the engine made (docker0 always, docker_gwbridge once the engine has been in a swarm).
 */
export function hostInterfaces(host: Host): HostInterface[] {
  const interfaces: HostInterface[] = [{ name: 'lo', addr: '127.0.0.1' }, { name: 'eth0', addr: host.addr }];
  const bridge = host.localNetworks.find((n) => n.name === 'bridge')?.gateway;
  if (bridge) interfaces.push({ name: 'docker0', addr: bridge });
  const gwbridge = host.localNetworks.find((n) => n.name === 'docker_gwbridge')?.gateway;
  if (gwbridge) interfaces.push({ name: 'docker_gwbridge', addr: gwbridge });
  return interfaces;
}
