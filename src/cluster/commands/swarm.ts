// Machines and swarm membership: provisioning hosts, `docker swarm init` (moby daemon/cluster/swarm.go
// Init), the classroom's own joins, and the default classroom topology built from them.

import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import { evolve } from '../evolve.js';
import { AddressAllocator } from '../addresses.js';
import { overlaySubnet } from '../ipam.js';
import { emptyCluster, type ClusterState, type Host, type NodeAvailability, type NodeRole, type SwarmConfig, type SwarmNetwork } from '../model.js';
import { nodeOfHost } from '../lookup.js';
import { ALREADY_IN_SWARM, NOT_A_MANAGER_WORKER, NOT_IN_SWARM, ONE_SWARM_PER_TEAM } from '../swarm-messages.js';
import { newJoinTokens, newUnlockKey } from './swarm-secrets.js';

/** ENGINE_VERSION is the Docker Engine version every simulated host reports. */
export const ENGINE_VERSION = '28.2.2';

/** HostSpec names one machine to provision. */
export interface HostSpec {
  hostname: string;
  addr: string;
}

/** provisionHosts creates machines with a Docker engine and its default local networks. */
export function provisionHosts(state: ClusterState, ctx: DecideContext, specs: readonly HostSpec[]): ClusterEvent[] {
  for (const spec of specs) {
    if (state.hosts[spec.hostname]) throw new ClusterError('already-exists', `host ${spec.hostname} already exists`);
  }
  const hosts: Host[] = specs.map((spec) => ({
    hostname: spec.hostname,
    addr: spec.addr,
    engineVersion: ENGINE_VERSION,
    nanoCpus: 2_000_000_000,
    memoryBytes: 2_082_881_536,
    peerName: ctx.entropy.hexId().slice(0, 12),
    images: [],
    gwbridgeLast: 1,
    localNetworks: [
      { id: ctx.entropy.hexId(), name: 'bridge', driver: 'bridge', createdAt: ctx.now, subnet: '172.17.0.0/16', gateway: '172.17.0.1' },
      { id: ctx.entropy.hexId(), name: 'host', driver: 'host', createdAt: ctx.now },
      { id: ctx.entropy.hexId(), name: 'none', driver: 'null', createdAt: ctx.now },
    ],
  }));
  return [{ type: 'HostsProvisioned', data: { at: ctx.now, hosts } }];
}

/** InitSwarmOptions are `docker swarm init`'s choices, already validated by the engine's checks. */
export interface InitSwarmOptions {
  /** advertiseAddr is the `ip:port` to advertise when it is not `<host addr>:2377`. */
  advertiseAddr?: string;
  availability?: NodeAvailability;
  taskHistoryLimit?: number;
  config?: SwarmConfig;
  /** forceNewCluster makes a manager the only raft member of its swarm (`--force-new-cluster`). */
  forceNewCluster?: boolean;
}

/**
 * initSwarm makes hostname the first manager (and leader) of a new swarm, with the ingress
 * network; with forceNewCluster on a manager, it makes the manager the swarm's only raft member.
 */
export function initSwarm(state: ClusterState, ctx: DecideContext, hostname: string, options: InitSwarmOptions = {}): ClusterEvent[] {
  requireHost(state, hostname);
  const self = nodeOfHost(state, hostname);
  if (self || state.hosts[hostname]?.joining) {
    if (!options.forceNewCluster) throw new ClusterError('failed-precondition', ALREADY_IN_SWARM);
    if (self?.role !== 'manager') throw new ClusterError('failed-precondition', NOT_A_MANAGER_WORKER);
    return [{ type: 'SwarmForcedNewCluster', data: { at: ctx.now, nodeId: self.id } }];
  }
  if (state.swarm) throw new ClusterError('failed-precondition', ONE_SWARM_PER_TEAM);
  const swarmId = ctx.entropy.swarmId();
  const nodeId = ctx.entropy.swarmId();
  const ingressSubnet = overlaySubnet(0);
  const ingress: SwarmNetwork = {
    id: ctx.entropy.swarmId(),
    name: 'ingress',
    driver: 'overlay',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
    subnet: ingressSubnet.subnet,
    gateway: ingressSubnet.gateway,
    vxlanId: 4096,
    ingress: true,
    attachable: false,
    internal: false,
    labels: {},
    ipamLast: 1,
    lbEndpoints: {},
  };
  const { taskHistoryLimit, advertiseAddr, availability } = options;
  const config = options.config?.autolock ? { ...options.config, unlockKey: newUnlockKey(ctx) } : options.config;
  return [
    {
      type: 'SwarmInitialized',
      data: {
        at: ctx.now, swarmId, nodeId, hostname, joinTokens: newJoinTokens(ctx),
        ...(taskHistoryLimit !== undefined && { taskHistoryLimit }), ...(config && { config }),
      },
    },
    { type: 'NetworkCreated', data: { network: ingress } },
    ...nodeJoinEvents(ctx, ingress, { hostname, nodeId, role: 'manager', leader: true, advertiseAddr, availability }, state),
  ];
}

/** joinSwarm adds hostname to the existing swarm with the given role. */
export function joinSwarm(state: ClusterState, ctx: DecideContext, hostname: string, role: NodeRole): ClusterEvent[] {
  requireHost(state, hostname);
  if (nodeOfHost(state, hostname)) throw new ClusterError('failed-precondition', ALREADY_IN_SWARM);
  if (!state.swarm) throw new ClusterError('failed-precondition', NOT_IN_SWARM);
  const ingress = Object.values(state.networks).find((n) => n.ingress);
  return nodeJoinEvents(ctx, ingress, { hostname, nodeId: ctx.entropy.swarmId(), role, leader: false }, state);
}

/** NewMember describes a node about to join: who it is and what it asked for. */
export interface NewMember {
  hostname: string;
  nodeId: string;
  role: NodeRole;
  leader: boolean;
  advertiseAddr?: string | undefined;
  availability?: NodeAvailability | undefined;
}

/** nodeJoinEvents records a node joining: its NodeJoined and its ingress sandbox address. */
export function nodeJoinEvents(ctx: DecideContext, ingress: SwarmNetwork | undefined, member: NewMember, state: ClusterState): ClusterEvent[] {
  const { hostname, nodeId, role, leader, advertiseAddr, availability } = member;
  const events: ClusterEvent[] = [
    {
      type: 'NodeJoined',
      data: {
        at: ctx.now, hostname, nodeId, role, leader, gwbridgeId: ctx.entropy.hexId(),
        ...(advertiseAddr !== undefined && { advertiseAddr }), ...(availability !== undefined && { availability }),
      },
    },
  ];
  if (ingress) {
    // Every node's ingress sandbox takes an address on the ingress network when it joins.
    const ip = new AddressAllocator(ingress, state).next();
    if (ip) {
      events.push({ type: 'LoadBalancerAttached', data: { at: ctx.now, networkId: ingress.id, nodeId, endpoint: { ip, endpointId: ctx.entropy.hexId() } } });
    }
  }
  return events;
}

function requireHost(state: ClusterState, hostname: string): void {
  if (!state.hosts[hostname]) throw new ClusterError('not-found', `host ${hostname} not found`);
}

/** TopologySpec says how many managers and workers a classroom cluster has. */
export interface TopologySpec {
  managers: number;
  workers: number;
  /** swarm is false for a cluster whose hosts exist but whose swarm is not initialised yet. */
  swarm?: boolean;
}

/** hostnamesOf returns the classroom's host names: manager1..N then worker1..M. */
export function hostnamesOf(spec: TopologySpec): string[] {
  const names: string[] = [];
  for (let i = 1; i <= spec.managers; i++) names.push(`manager${i}`);
  for (let i = 1; i <= spec.workers; i++) names.push(`worker${i}`);
  return names;
}

/**
 * defaultTopology returns the events that build a classroom cluster from nothing: hosts
 * manager1..N (manager1 the leader) and worker1..M, swarm initialised unless spec.swarm is false.
 */
export function defaultTopology(ctx: DecideContext, spec: TopologySpec): ClusterEvent[] {
  const scratch = emptyCluster();
  const events: ClusterEvent[] = [];
  const record = (batch: ClusterEvent[]): void => {
    for (const e of batch) evolve(scratch, e);
    events.push(...batch);
  };
  const names = hostnamesOf(spec);
  record(provisionHosts(scratch, ctx, names.map((hostname, i) => ({ hostname, addr: `192.168.0.${11 + i}` }))));
  if (spec.swarm === false || names.length === 0) return events;
  const [first = 'manager1', ...rest] = names;
  record(initSwarm(scratch, ctx, first));
  for (const name of rest) record(joinSwarm(scratch, ctx, name, name.startsWith('manager') ? 'manager' : 'worker'));
  return events;
}
