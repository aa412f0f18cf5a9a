// The shape of one team's simulated swarm. Everything here is plain, JSON-serialisable data so a
// snapshot is just JSON.stringify(state). Times are integer milliseconds since the Unix epoch,
// taken from the injected clock and carried inside events.
//
// Like swarmkit (api/types.proto, design/task_model.md) spec, status and desired state are kept
// apart: a spec is what the user asked for and is copied into each task; a status is what was
// observed; a desired state is where the orchestrator wants a task to go next.

import type { TaskState } from './task-state.js';

/** Host is one simulated machine running a Docker engine, whether or not it is in the swarm. */
export interface Host {
  hostname: string;
  /** addr is the machine's IP address, used as the swarm advertise address. */
  addr: string;
  engineVersion: string;
  nanoCpus: number;
  memoryBytes: number;
  /** peerName is the 12-hex networkdb name shown in `network inspect` Peers. */
  peerName: string;
  /** localNetworks are the engine's node-scoped networks (bridge, host, none, docker_gwbridge). */
  localNetworks: LocalNetwork[];
  /** images are the image references already pulled on this host (affects task preparing time). */
  images: string[];
  /** gwbridgeLast is the last host offset handed out on docker_gwbridge (serial allocation). */
  gwbridgeLast: number;
}

/** LocalNetwork is a node-scoped network; its 64-hex ID differs on every host. */
export interface LocalNetwork {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  createdAt: number;
  subnet?: string;
  gateway?: string;
}

/** NodeRole is a swarm node's role. */
export type NodeRole = 'manager' | 'worker';
/** NodeAvailability is what the scheduler may do with a node. */
export type NodeAvailability = 'active' | 'pause' | 'drain';
/** NodeState is a node's observed status. */
export type NodeState = 'ready' | 'down' | 'unknown' | 'disconnected';

/** SwarmNode is a host's membership in the swarm. */
export interface SwarmNode {
  id: string;
  hostname: string;
  role: NodeRole;
  availability: NodeAvailability;
  state: NodeState;
  leader: boolean;
  labels: Record<string, string>;
  createdAt: number;
  updatedAt: number;
  version: number;
}

/** Swarm is the cluster-wide object created by `docker swarm init`. */
export interface Swarm {
  id: string;
  createdAt: number;
  updatedAt: number;
  joinTokens: { worker: string; manager: string };
  taskHistoryLimit: number;
  /** nextVxlanId is the next VXLAN ID to hand out (serial from 4096, ingress first). */
  nextVxlanId: number;
}

/** SwarmNetwork is a swarm-scoped overlay network; its 25-char ID is the same on every node. */
export interface SwarmNetwork {
  id: string;
  name: string;
  driver: 'overlay';
  createdAt: number;
  updatedAt: number;
  version: number;
  subnet: string; // 10.0.1.0/24
  gateway: string; // 10.0.1.1
  vxlanId: number;
  ingress: boolean;
  attachable: boolean;
  internal: boolean;
  labels: Record<string, string>;
  /** ipamLast is the host offset most recently handed out (swarm IPAM is serial). */
  ipamLast: number;
  /** lbEndpoints holds the per-node load-balancer endpoint (`lb-<net>`) by node ID. */
  lbEndpoints: Record<string, Endpoint>;
}

/** Endpoint is one address on one network. */
export interface Endpoint {
  ip: string; // without prefix length
  endpointId: string; // 64 hex
}

/** ServiceMode is how many tasks a service wants. */
export type ServiceMode = { kind: 'replicated'; replicas: number } | { kind: 'global' };

/** ServiceSpec is what the user asked for in `docker service create/update`. */
export interface ServiceSpec {
  name: string;
  labels: Record<string, string>;
  /** image is the reference as docker normalises it, with tag, without digest: alpine:latest. */
  image: string;
  /** args is the command given after the image (ContainerSpec.Args). */
  args: string[];
  env: string[];
  hostname?: string;
  mode: ServiceMode;
  /** networks are swarm network IDs, in the order given. */
  networks: { target: string; aliases: string[] }[];
  endpointMode: 'vip' | 'dnsrr';
  /** stopGracePeriodMs is how long a task has to stop on SIGTERM before it is killed. */
  stopGracePeriodMs: number;
  restartDelayMs: number;
  restartCondition: 'any' | 'on-failure' | 'none';
}

/** Service is a swarm service. */
export interface Service {
  id: string;
  spec: ServiceSpec;
  createdAt: number;
  updatedAt: number;
  version: number;
  /** imageDigest is the digest the manager resolved when the service was created. */
  imageDigest: string;
  /** vips are the service's virtual IPs, one per network (vip endpoint mode only). */
  vips: { networkId: string; ip: string }[];
}

/** TaskStatus is what was last observed of a task. */
export interface TaskStatus {
  state: TaskState;
  timestamp: number;
  message: string;
  err?: string;
  exitCode?: number;
}

/** TaskAttachment is a task's address on one swarm network. */
export interface TaskAttachment extends Endpoint {
  networkId: string;
}

/** Task is one scheduled unit of a service: a slot (replicated) or a node (global). */
export interface Task {
  id: string;
  serviceId: string;
  /** slot numbers replicas from 1; 0 for global tasks. */
  slot: number;
  /** nodeId is the node the task runs on, once scheduled (set at creation for global tasks). */
  nodeId?: string;
  createdAt: number;
  updatedAt: number;
  desiredState: TaskState;
  status: TaskStatus;
  /** spec is the service spec the task was created from; it never changes afterwards. */
  spec: ServiceSpec;
  serviceVersion: number;
  /** containerId is the full 64-hex ID the task's container gets on its node. */
  containerId: string;
  attachments: TaskAttachment[];
  /** gwbridge is the container's docker_gwbridge endpoint on its node, once assigned. */
  gwbridge?: Endpoint;
  /** runAfter holds a restarted task at `ready` until the restart delay has passed. */
  runAfter?: number;
}

/** ClusterState is one team's whole simulated swarm. */
export interface ClusterState {
  /** seq is the sequence number of the last event applied. */
  seq: number;
  hosts: Record<string, Host>;
  swarm: Swarm | null;
  nodes: Record<string, SwarmNode>;
  networks: Record<string, SwarmNetwork>;
  services: Record<string, Service>;
  tasks: Record<string, Task>;
}

/** emptyCluster returns a cluster with no hosts and no swarm. */
export function emptyCluster(): ClusterState {
  return { seq: 0, hosts: {}, swarm: null, nodes: {}, networks: {}, services: {}, tasks: {} };
}
