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
  /** joining is a `docker swarm join` that timed out and keeps trying in the background (state pending). */
  joining?: { remote: string; at: number };
}

/** LocalNetwork is a node-scoped network; its 64-hex ID differs on every host. */
export interface LocalNetwork {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  createdAt: number;
  subnet?: string;
  gateway?: string;
  /** labels, options, internal and attachable are what `docker network create` set on a user network. */
  labels?: Record<string, string>;
  options?: Record<string, string>;
  internal?: boolean;
  attachable?: boolean;
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
  /** partitioned is true while an instructor has cut the node off from the overlay networks. */
  partitioned?: boolean;
  /** advertiseAddr is the manager address (`ip:port`) the node advertises, when not `<host addr>:2377`. */
  advertiseAddr?: string;
  /** left is true once the node's host ran `docker swarm leave`: managers list it as down until `node rm`. */
  left?: boolean;
  /** outOfRaft is true for a manager dropped from the raft membership by `swarm init --force-new-cluster`. */
  outOfRaft?: boolean;
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
  /** config is what `swarm init` and `swarm update` set besides the history limit; absent means defaults. */
  config?: SwarmConfig;
}

/** SwarmConfig is the cluster spec `docker info` shows (swarmkit api ClusterSpec and Cluster fields). */
export interface SwarmConfig {
  autolock: boolean;
  /** unlockKey is the manager unlock key (`SWMKEY-1-…`) while autolock is on. */
  unlockKey?: string;
  dispatcherHeartbeatMs: number;
  certExpiryMs: number;
  snapshotInterval: number;
  keepOldSnapshots: number;
  defaultAddrPool: string[];
  subnetSize: number;
  dataPathPort: number;
}

/** DEFAULT_SWARM_CONFIG is a swarm's configuration after a plain `docker swarm init` (swarmkit defaults). */
export const DEFAULT_SWARM_CONFIG: SwarmConfig = {
  autolock: false,
  dispatcherHeartbeatMs: 5_000,
  certExpiryMs: 90 * 24 * 3_600_000,
  snapshotInterval: 10_000,
  keepOldSnapshots: 0,
  defaultAddrPool: ['10.0.0.0/8'],
  subnetSize: 24,
  dataPathPort: 4789,
};

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

/** PortConfig is one published port (swarm.PortConfig, docker/cli opts/swarmopts/port.go). */
export interface PortConfig {
  protocol: 'tcp' | 'udp' | 'sctp';
  targetPort: number;
  /** publishedPort is 0 in a spec when swarm should pick one (30000-32767, swarmkit portallocator.go). */
  publishedPort: number;
  publishMode: 'ingress' | 'host';
}

/** ResourceAmount is a CPU and memory quantity (swarm.Resources / swarm.Limit); 0 means unset. */
export interface ResourceAmount {
  nanoCpus: number;
  memoryBytes: number;
}

/** Placement is where a service's tasks may run (swarm.Placement: constraints and max replicas per node). */
export interface Placement {
  constraints: string[];
  /** maxReplicas is the most tasks of the service one node may run; 0 means unlimited. */
  maxReplicas: number;
}

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
  /** containerLabels are ContainerSpec.Labels, set on every task's container; absent means none. */
  containerLabels?: Record<string, string>;
  /** forceUpdate is TaskTemplate.ForceUpdate: `service update --force` bumps it to replace every task. */
  forceUpdate?: number;
  /** updateConfig is the rolling-update policy (UpdateConfig); absent means swarmkit's defaults. */
  updateConfig?: UpdateConfig;
  /** rollbackConfig is the policy of a rollback (RollbackConfig); absent means swarmkit's defaults. */
  rollbackConfig?: UpdateConfig;
  /** placement holds the constraints and max replicas per node (TaskTemplate.Placement). */
  placement?: Placement;
  /** ports are the EndpointSpec's published ports, as the user asked for them. */
  ports?: PortConfig[];
  /** resources are TaskTemplate.Resources: limits and reservations (the scheduler honours reservations). */
  resources?: { limits: ResourceAmount; reservations: ResourceAmount };
  /** restartMaxAttempts is RestartPolicy.MaxAttempts; 0 or absent means unlimited. */
  restartMaxAttempts?: number;
  /** restartWindowMs is RestartPolicy.Window: the period restart attempts are counted over; 0 means ever. */
  restartWindowMs?: number;
  /** secrets and configs are ContainerSpec.Secrets/Configs: files the tasks get; absent means none. */
  secrets?: DataReference[];
  configs?: DataReference[];
}

/**
 * DataObject is a swarm secret or config: named data the swarm hands to tasks as files. The data
 * lives in the event log because containers read it; swarmkit bounds its size (MaxSecretSize).
 */
export interface DataObject {
  id: string;
  name: string;
  labels: Record<string, string>;
  /** data is the content as text (files in the lab are text). `inspect` never shows it. */
  data: string;
  createdAt: number;
  updatedAt: number;
  version: number;
}

/** DataReference is a service's use of a secret or config (SecretReference/ConfigReference with a file target). */
export interface DataReference {
  /** id and name identify the secret or config, as the CLI resolved them. */
  id: string;
  name: string;
  /** target is File.Name: relative to /run/secrets (secrets) or to / (configs), or absolute. */
  target: string;
  uid: string;
  gid: string;
  mode: number;
}

/**
 * UpdateConfig is how a rolling update (or a rollback) replaces tasks. swarmkit's defaults
 * (api/defaults/service.go): parallelism 1, no delay, 5 s monitor, failure action pause, order stop-first.
 */
export interface UpdateConfig {
  /** parallelism is how many tasks are replaced at once; 0 replaces them all at once. */
  parallelism: number;
  delayMs: number;
  /** monitorMs is how long an updated task must keep running before it counts as a success. */
  monitorMs: number;
  /** failureAction is what a failed task does to the update; absent means pause. */
  failureAction?: 'pause' | 'continue' | 'rollback';
  /** order is stop-first (the default) or start-first (the new task runs before the old one stops). */
  order?: 'stop-first' | 'start-first';
  /** maxFailureRatio is the share of failed tasks tolerated before the failure action; absent means 0. */
  maxFailureRatio?: number;
}

/** DEFAULT_UPDATE_CONFIG is swarmkit's UpdateConfig default. */
export const DEFAULT_UPDATE_CONFIG: UpdateConfig = { parallelism: 1, delayMs: 0, monitorMs: 5_000 };

/** UpdateState is where a rolling update or a rollback stands (swarm.UpdateState). */
export type UpdateState = 'updating' | 'paused' | 'completed' | 'rollback_started' | 'rollback_paused' | 'rollback_completed';

/** UpdateStatus is a service's rolling-update progress (Service.UpdateStatus). */
export interface UpdateStatus {
  state: UpdateState;
  startedAt: number;
  completedAt?: number;
  message: string;
}

/** Service is a swarm service. */
export interface Service {
  id: string;
  spec: ServiceSpec;
  createdAt: number;
  updatedAt: number;
  version: number;
  /** vips are the service's virtual IPs, one per network (vip endpoint mode only). */
  vips: { networkId: string; ip: string }[];
  /** previousSpec is the spec before the last update (swarmkit keeps one). */
  previousSpec?: ServiceSpec;
  /** updateStatus is set by the updater while, and after, it replaces out-of-date tasks. */
  updateStatus?: UpdateStatus;
  /** endpointPorts are the allocated published ports (Endpoint.Ports): the spec's, with swarm-chosen ports filled in. */
  endpointPorts?: PortConfig[];
  /** lbCursor counts the requests the routing mesh has sent to the service (round robin). */
  lbCursor?: number;
}

/** ServedRequest is one HTTP request a task's server answered, as its access log records it. */
export interface ServedRequest {
  at: number;
  /** client is the address the server saw the request come from. */
  client: string;
  method: string;
  path: string;
  status: number;
  bytes: number;
  userAgent: string;
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
  /** containerCreatedAt is when the agent created the container (the task reached `ready`). */
  containerCreatedAt?: number;
  /** containerStartedAt is when the container's main process started (the task reached `running`). */
  containerStartedAt?: number;
  attachments: TaskAttachment[];
  /** gwbridge is the container's docker_gwbridge endpoint on its node, once assigned. */
  gwbridge?: Endpoint;
  /** runAfter holds a restarted task at `ready` until the restart delay has passed. */
  runAfter?: number;
  /** runningAt is when the task first reached `running` (the updater's monitor period counts from it). */
  runningAt?: number;
  /** requests are the latest HTTP requests the task's server answered (bounded), for `service logs`. */
  requests?: ServedRequest[];
  /** restartHistory holds when the restart policy restarted this slot before (for MaxAttempts). */
  restartHistory?: number[];
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
  /** secrets and configs are absent in clusters recorded before they existed. */
  secrets?: Record<string, DataObject>;
  configs?: Record<string, DataObject>;
}

/** emptyCluster returns a cluster with no hosts and no swarm. */
export function emptyCluster(): ClusterState {
  return { seq: 0, hosts: {}, swarm: null, nodes: {}, networks: {}, services: {}, tasks: {} };
}
