// evolve applies one recorded event to the cluster. It decides nothing: every value comes from
// the event, which is what makes replay rebuild the same cluster. It mutates the state it is
// given (the team owns its state and replays are long), so callers that need the old state keep
// a copy themselves.

import type { ClusterEvent, EventOf } from './events.js';
import { hostOffset } from './ipam.js';
import { isMembershipEvent, type MembershipEvent } from './membership-events.js';
import { evolveMembership } from './evolve-membership.js';
import { evolveData, isDataEvent, type DataEvent } from './data-events.js';
import type { ClusterState, PortConfig, Service, Task } from './model.js';

/** evolve applies one event to the state in place and returns the same state. */
export function evolve(state: ClusterState, event: ClusterEvent): ClusterState {
  state.seq += 1;
  switch (event.type) {
    case 'HostsProvisioned':
      for (const host of event.data.hosts) state.hosts[host.hostname] = structuredCloneJson(host);
      break;
    case 'SwarmInitialized':
      state.swarm = {
        id: event.data.swarmId,
        createdAt: event.data.at,
        updatedAt: event.data.at,
        joinTokens: { ...event.data.joinTokens },
        taskHistoryLimit: event.data.taskHistoryLimit ?? 5,
        nextVxlanId: 4096,
        ...(event.data.config && { config: structuredCloneJson(event.data.config) }),
      };
      break;
    case 'NodeJoined':
      applyNodeJoined(state, event);
      break;
    case 'NodeStateChanged': {
      const node = state.nodes[event.data.nodeId];
      if (node) Object.assign(node, { state: event.data.state, updatedAt: event.data.at, version: node.version + 1 });
      break;
    }
    case 'LeaderChanged':
      for (const node of Object.values(state.nodes)) node.leader = node.id === event.data.nodeId;
      break;
    case 'NodePartitionChanged': {
      const node = state.nodes[event.data.nodeId];
      if (node) node.partitioned = event.data.partitioned;
      break;
    }
    case 'NodeAvailabilityChanged': {
      const node = state.nodes[event.data.nodeId];
      if (node) Object.assign(node, { availability: event.data.availability, updatedAt: event.data.at, version: node.version + 1 });
      break;
    }
    case 'NetworkCreated': {
      const network = structuredCloneJson(event.data.network);
      state.networks[network.id] = network;
      if (state.swarm) state.swarm.nextVxlanId = Math.max(state.swarm.nextVxlanId, network.vxlanId + 1);
      break;
    }
    case 'NetworkRemoved':
      delete state.networks[event.data.networkId];
      break;
    case 'LocalNetworkCreated': {
      const host = state.hosts[event.data.hostname];
      if (host) host.localNetworks.push(structuredCloneJson(event.data.network));
      break;
    }
    case 'LocalNetworkRemoved': {
      const host = state.hosts[event.data.hostname];
      if (host) host.localNetworks = host.localNetworks.filter((n) => n.id !== event.data.networkId);
      break;
    }
    case 'LoadBalancerAttached': {
      const network = state.networks[event.data.networkId];
      if (!network) break;
      network.lbEndpoints[event.data.nodeId] = { ...event.data.endpoint };
      network.ipamLast = hostOffset(network.subnet, event.data.endpoint.ip);
      break;
    }
    case 'ServiceCreated': {
      const service = structuredCloneJson(event.data.service);
      state.services[service.id] = service;
      for (const vip of service.vips) markAllocated(state, vip.networkId, vip.ip);
      break;
    }
    case 'ServiceUpdated': {
      const service = state.services[event.data.serviceId];
      if (!service) break;
      const before = new Set(service.vips.map((v) => `${v.networkId}/${v.ip}`));
      // swarmkit controlapi UpdateService: the old spec becomes PreviousSpec and UpdateStatus is reset.
      const previousSpec = service.spec;
      delete service.updateStatus;
      Object.assign(service, { spec: structuredCloneJson(event.data.spec), previousSpec, vips: event.data.vips.map((v) => ({ ...v })), updatedAt: event.data.at, version: service.version + 1 });
      setEndpointPorts(service, event.data.endpointPorts);
      for (const vip of service.vips) if (!before.has(`${vip.networkId}/${vip.ip}`)) markAllocated(state, vip.networkId, vip.ip);
      break;
    }
    case 'ServiceRollbackStarted':
      applyRollbackStarted(state, event);
      break;
    case 'ServiceRemoved':
      delete state.services[event.data.serviceId];
      break;
    case 'ServiceUpdateStatusChanged':
      applyUpdateStatus(state, event);
      break;
    default:
      if (isMembershipEvent(event)) evolveMembership(state, event);
      else if (isDataEvent(event)) evolveData(state, event);
      else evolveTask(state, event);
  }
  return state;
}

type TaskEvent = Exclude<
  ClusterEvent,
  EventOf<
    | 'HostsProvisioned'
    | 'SwarmInitialized'
    | 'NodeJoined'
    | 'NodeAvailabilityChanged'
    | 'NodeStateChanged'
    | 'LeaderChanged'
    | 'NodePartitionChanged'
    | 'NetworkCreated'
    | 'NetworkRemoved'
    | 'LocalNetworkCreated'
    | 'LocalNetworkRemoved'
    | 'LoadBalancerAttached'
    | 'ServiceCreated'
    | 'ServiceUpdated'
    | 'ServiceRemoved'
    | 'ServiceUpdateStatusChanged'
    | 'ServiceRollbackStarted'
    | MembershipEvent['type']
    | DataEvent['type']
  >
>;

function evolveTask(state: ClusterState, event: TaskEvent): void {
  if (event.type === 'TaskCreated') {
    const task = structuredCloneJson(event.data.task);
    state.tasks[task.id] = task;
    return;
  }
  if (event.type === 'ImagePulled') {
    const host = state.hosts[event.data.hostname];
    if (host && !host.images.includes(event.data.image)) host.images.push(event.data.image);
    return;
  }
  if (event.type === 'RequestServed') {
    applyRequestServed(state, event);
    return;
  }
  const task = state.tasks[event.data.taskId];
  if (!task) return;
  switch (event.type) {
    case 'TaskAllocated':
      task.attachments = event.data.attachments.map((a) => ({ ...a }));
      for (const a of task.attachments) markAllocated(state, a.networkId, a.ip);
      setStatus(task, event.data.at, { state: 'pending', message: 'pending task scheduling' });
      break;
    case 'TaskAssigned': {
      task.nodeId = event.data.nodeId;
      task.gwbridge = { ...event.data.gwbridge };
      const node = state.nodes[event.data.nodeId];
      const host = node ? state.hosts[node.hostname] : undefined;
      const gw = host?.localNetworks.find((n) => n.name === 'docker_gwbridge');
      if (host && gw?.subnet) host.gwbridgeLast = hostOffset(gw.subnet, event.data.gwbridge.ip);
      setStatus(task, event.data.at, { state: 'assigned', message: 'scheduler assigned task to node' });
      break;
    }
    case 'TaskUnschedulable':
      setStatus(task, event.data.at, { state: 'pending', message: 'pending task scheduling', err: event.data.err });
      break;
    case 'TaskStatusChanged': {
      const { state: next, message, err, exitCode } = event.data;
      setStatus(task, event.data.at, { state: next, message, ...(err !== undefined && { err }), ...(exitCode !== undefined && { exitCode }) });
      // The agent creates the container while preparing; `ready` is when it exists (docker ps CREATED).
      if (next === 'ready') task.containerCreatedAt = event.data.at;
      if (next === 'running') task.containerStartedAt = event.data.at;
      if (next === 'running' && task.runningAt === undefined) task.runningAt = event.data.at;
      break;
    }
    case 'TaskDesiredStateChanged':
      task.desiredState = event.data.desiredState;
      task.updatedAt = event.data.at;
      if (event.data.desiredState === 'running') delete task.runAfter;
      break;
    case 'TaskDeleted':
      delete state.tasks[task.id];
      break;
  }
}

function applyUpdateStatus(state: ClusterState, event: EventOf<'ServiceUpdateStatusChanged'>): void {
  const service = state.services[event.data.serviceId];
  if (!service) return;
  const { at, state: next, message } = event.data;
  const startedAt = next === 'updating' || !service.updateStatus ? at : service.updateStatus.startedAt;
  service.updateStatus = { state: next, startedAt, message, ...((next === 'completed' || next === 'rollback_completed') && { completedAt: at }) };
  service.updatedAt = at;
  service.version += 1;
}

/**
 * applyRollbackStarted starts a rollback as swarmkit does: a manual one (controlapi UpdateService
 * with Rollback=previous) swaps Spec and PreviousSpec; the updater's own (updater.go rollbackUpdate)
 * restores PreviousSpec and forgets it. StartedAt is kept when an update turns into its rollback.
 */
function applyRollbackStarted(state: ClusterState, event: EventOf<'ServiceRollbackStarted'>): void {
  const service = state.services[event.data.serviceId];
  if (!service?.previousSpec) return;
  const { at, manual, message } = event.data;
  const current = service.spec;
  service.spec = service.previousSpec;
  if (manual) service.previousSpec = current;
  else delete service.previousSpec;
  const before = new Set(service.vips.map((v) => `${v.networkId}/${v.ip}`));
  service.vips = event.data.vips.map((v) => ({ ...v }));
  setEndpointPorts(service, event.data.endpointPorts);
  for (const vip of service.vips) if (!before.has(`${vip.networkId}/${vip.ip}`)) markAllocated(state, vip.networkId, vip.ip);
  const startedAt = manual || !service.updateStatus ? at : service.updateStatus.startedAt;
  service.updateStatus = { state: 'rollback_started', startedAt, message };
  service.updatedAt = at;
  service.version += 1;
}

function setEndpointPorts(service: Service, ports: PortConfig[] | undefined): void {
  if (ports && ports.length > 0) service.endpointPorts = ports.map((p) => ({ ...p }));
  else delete service.endpointPorts;
}

/** MAX_LOGGED_REQUESTS bounds the access log kept per task (the oldest lines go first). */
const MAX_LOGGED_REQUESTS = 100;

function applyRequestServed(state: ClusterState, event: EventOf<'RequestServed'>): void {
  const task = state.tasks[event.data.taskId];
  if (task) task.requests = [...(task.requests ?? []), { ...event.data.request }].slice(-MAX_LOGGED_REQUESTS);
  const service = event.data.serviceId === undefined ? undefined : state.services[event.data.serviceId];
  if (service) service.lbCursor = (service.lbCursor ?? 0) + 1;
}

function setStatus(task: Task, at: number, status: Omit<Task['status'], 'timestamp'>): void {
  task.status = { ...status, timestamp: at };
  task.updatedAt = at;
}

function markAllocated(state: ClusterState, networkId: string, ip: string): void {
  const network = state.networks[networkId];
  if (network) network.ipamLast = hostOffset(network.subnet, ip);
}

function applyNodeJoined(state: ClusterState, event: EventOf<'NodeJoined'>): void {
  const { at, hostname, nodeId, role, leader, gwbridgeId, advertiseAddr, availability } = event.data;
  state.nodes[nodeId] = {
    id: nodeId,
    hostname,
    role,
    availability: availability ?? 'active',
    state: 'ready',
    leader,
    labels: {},
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...(advertiseAddr !== undefined && { advertiseAddr }),
  };
  const host = state.hosts[hostname];
  if (host) delete host.joining;
  if (host && !host.localNetworks.some((n) => n.name === 'docker_gwbridge')) {
    // libnetwork creates docker_gwbridge when the engine first joins a swarm; it outlives `swarm leave`.
    host.localNetworks.push({ id: gwbridgeId, name: 'docker_gwbridge', driver: 'bridge', createdAt: at, subnet: '172.18.0.0/16', gateway: '172.18.0.1' });
    // The ingress sandbox takes the first address on every node.
    host.gwbridgeLast = 2;
  }
}

/** structuredCloneJson deep-copies plain JSON data (events must never alias live state). */
function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
