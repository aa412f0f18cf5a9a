// The embedded DNS server (127.0.0.11) as libnetwork implements it (moby libnetwork/network.go
// addSvcRecords/ResolveName, sandbox.go ResolveName, service_common.go): records live per
// network, a container resolves only through networks it is attached to, and ingress holds no
// records. Records exist for running containers only.

import type { ClusterState, SwarmNetwork, Task } from './model.js';
import { containerName, groupByService, isContainerRunning } from './views.js';

interface Attached {
  network: SwarmNetwork;
  ip: string;
}

function sharedNetworks(state: ClusterState, from: Task): SwarmNetwork[] {
  return from.attachments
    .map((a) => state.networks[a.networkId])
    .filter((n): n is SwarmNetwork => n !== undefined && !n.ingress);
}

function runningOn(state: ClusterState, network: SwarmNetwork): { task: Task; ip: string }[] {
  const out: { task: Task; ip: string }[] = [];
  for (const task of Object.values(state.tasks)) {
    if (!isContainerRunning(task)) continue;
    const a = task.attachments.find((x) => x.networkId === network.id);
    if (a) out.push({ task, ip: a.ip });
  }
  return out.sort((x, y) => x.task.createdAt - y.task.createdAt || x.task.slot - y.task.slot);
}

function resolveOn(state: ClusterState, network: SwarmNetwork, name: string): string[] {
  const members = runningOn(state, network);
  const tasksPrefix = name.startsWith('tasks.') ? name.slice('tasks.'.length) : undefined;
  // Grouped once: a network of 50 services × 4 tasks is 200 members, not 50 scans of them.
  const byService = groupByService(members, (m) => m.task.serviceId);
  for (const service of Object.values(state.services)) {
    const mine = byService.get(service.id);
    if (mine === undefined) continue;
    const svc = service.spec.name.toLowerCase();
    if (tasksPrefix === svc) return mine.map((m) => m.ip);
    if (name === svc) {
      const vip = service.vips.find((v) => v.networkId === network.id);
      return service.spec.endpointMode === 'vip' && vip ? [vip.ip] : mine.map((m) => m.ip);
    }
  }
  const hit = members.find(
    (m) =>
      containerName(state, m.task).toLowerCase() === name ||
      m.task.containerId.slice(0, 12) === name ||
      (m.task.spec.hostname !== undefined && m.task.spec.hostname.toLowerCase() === name),
  );
  return hit ? [hit.ip] : [];
}

/**
 * resolveA answers an A query from a task's container: the addresses in a stable order (the
 * caller shuffles multi-record answers as the real resolver does), or [] for NXDOMAIN.
 */
export function resolveA(state: ClusterState, from: Task, query: string): string[] {
  const name = query.toLowerCase().replace(/\.$/, '');
  if (name === '') return [];
  const networks = sharedNetworks(state, from);
  for (const network of networks) {
    const found = resolveOn(state, network, name);
    if (found.length > 0) return found;
  }
  // `name.network` resolves name on that network only (sandbox.ResolveName tries each split).
  for (let dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
    const network = networks.find((n) => n.name.toLowerCase() === name.slice(dot + 1));
    if (!network) continue;
    const found = resolveOn(state, network, name.slice(0, dot));
    if (found.length > 0) return found;
  }
  return [];
}

/** resolvePtr answers a PTR query for a task address on a shared network: `<container>.<network>`. */
export function resolvePtr(state: ClusterState, from: Task, ip: string): string | undefined {
  for (const network of sharedNetworks(state, from)) {
    const hit = runningOn(state, network).find((m) => m.ip === ip);
    if (hit) return `${containerName(state, hit.task)}.${network.name}`;
  }
  return undefined;
}

/** PingReply says who answers an ICMP echo to an address and whether it crosses nodes. */
export interface PingReply {
  sameNode: boolean;
}

/**
 * reachable reports whether a container on one node can reach a task on another over the
 * overlay: not when either node is cut off by a partition, nor when the target's node is down.
 */
function reachable(state: ClusterState, from: Task, to: Task): boolean {
  if (to.nodeId === from.nodeId) return true;
  const a = from.nodeId ? state.nodes[from.nodeId] : undefined;
  const b = to.nodeId ? state.nodes[to.nodeId] : undefined;
  return !a?.partitioned && !b?.partitioned && b?.state === 'ready';
}

/** pingFrom says whether ip answers echo requests from a task's container. */
export function pingFrom(state: ClusterState, from: Task, ip: string): PingReply | undefined {
  if (ip.startsWith('127.') || from.attachments.some((a) => a.ip === ip) || from.gwbridge?.ip === ip) return { sameNode: true };
  for (const network of sharedNetworks(state, from)) {
    const members = runningOn(state, network).filter((m) => reachable(state, from, m.task));
    const member = members.find((m) => m.ip === ip);
    if (member) return { sameNode: member.task.nodeId === from.nodeId };
    const vipOwner = Object.values(state.services).find((s) => s.vips.some((v) => v.networkId === network.id && v.ip === ip));
    if (vipOwner && members.some((m) => m.task.serviceId === vipOwner.id)) return { sameNode: false };
  }
  return undefined;
}

/** attachmentsOf lists a task's addresses with their networks, in join order. */
export function attachmentsOf(state: ClusterState, task: Task): Attached[] {
  return task.attachments
    .map((a) => ({ network: state.networks[a.networkId], ip: a.ip }))
    .filter((x): x is Attached => x.network !== undefined);
}
