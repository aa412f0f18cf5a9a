// Where a TCP connection goes, seen from a node or from inside a task's container. On a node,
// every published ingress port answers on the loopback and on the node's own address through
// the routing mesh: iptables sends it to the ingress sandbox, whose IPVS picks a running task of
// the service round robin and masquerades the client as the sandbox's ingress address (moby
// libnetwork service_linux.go, ingress chains). Host-mode ports answer only on the node that
// runs the task. Inside a container, a service name resolves to its VIP on a shared overlay,
// balanced the same way; task addresses are reached directly. Overlay addresses are not routed
// from the node itself; a task's docker_gwbridge address is.

import { ipToInt, parseCidr, subnetSize } from '../ipam.js';
import { nodeOfHost } from '../lookup.js';
import type { ClusterState, Service, SwarmNode, Task } from '../model.js';
import { taskHostPorts } from '../task-spec.js';
import { webAppOf, type WebApp } from './web-apps.js';

/** Origin is where a connection starts: a node's own network namespace or a task's container. */
export type Origin = { kind: 'node'; hostname: string } | { kind: 'task'; taskId: string };

/** Route is what a connection to an address and port reaches. */
export type Route =
  | { kind: 'open'; task: Task; app: WebApp; serverIp: string; clientIp: string; serviceId?: string }
  | { kind: 'refused' }
  /** timeout: the SYN is never answered (no route, or a VIP without running tasks). */
  | { kind: 'timeout' }
  /** unreachable: nothing answers ARP for the address (no such host on the link). */
  | { kind: 'unreachable' };

const GWBRIDGE_GATEWAY = '172.18.0.1';

const running = (state: ClusterState, t: Task): boolean =>
  t.status.state === 'running' && t.nodeId !== undefined && state.nodes[t.nodeId]?.state === 'ready';

/** crosses reports whether traffic from one node to another must cross the overlay and cannot. */
function cutOff(state: ClusterState, fromNode: string | undefined, task: Task): boolean {
  if (task.nodeId === fromNode) return false;
  const a = fromNode ? state.nodes[fromNode] : undefined;
  const b = task.nodeId ? state.nodes[task.nodeId] : undefined;
  return a?.partitioned === true || b?.partitioned === true;
}

/** backends lists a service's tasks a client on `fromNode` can reach, in the order IPVS added them. */
export function backends(state: ClusterState, service: Service, fromNode: string | undefined): Task[] {
  return Object.values(state.tasks)
    .filter((t) => t.serviceId === service.id && running(state, t) && !cutOff(state, fromNode, t))
    .sort((a, b) => a.createdAt - b.createdAt || a.slot - b.slot || (a.id < b.id ? -1 : 1));
}

function listening(task: Task, port: number): WebApp | undefined {
  const app = webAppOf(task.spec);
  return app && app.ports.includes(port) ? app : undefined;
}

function direct(task: Task, port: number, serverIp: string, clientIp: string, serviceId?: string): Route {
  const app = listening(task, port);
  if (!app) return { kind: 'refused' };
  return { kind: 'open', task, app, serverIp, clientIp, ...(serviceId !== undefined && { serviceId }) };
}

function balance(state: ClusterState, service: Service, fromNode: string | undefined, port: number, ip: (t: Task) => string, clientIp: string): Route {
  const list = backends(state, service, fromNode);
  if (list.length === 0) return { kind: 'timeout' };
  const task = list[(service.lbCursor ?? 0) % list.length] as Task;
  return direct(task, port, ip(task), clientIp, service.id);
}

const attachmentIp = (task: Task, networkId: string): string => task.attachments.find((a) => a.networkId === networkId)?.ip ?? '';

/** meshOn is a connection to a node's own address on `port`: the routing mesh, then host-mode ports. */
export function meshOn(state: ClusterState, node: SwarmNode | undefined, port: number): Route {
  if (!node || node.state !== 'ready') return { kind: 'refused' };
  for (const service of Object.values(state.services)) {
    const published = (service.endpointPorts ?? []).find((p) => p.publishMode === 'ingress' && p.protocol === 'tcp' && p.publishedPort === port);
    if (!published) continue;
    const ingressId = Object.values(state.networks).find((n) => n.ingress)?.id ?? '';
    const clientIp = state.networks[ingressId]?.lbEndpoints[node.id]?.ip ?? '';
    return balance(state, service, node.id, published.targetPort, (t) => attachmentIp(t, ingressId), clientIp);
  }
  for (const task of Object.values(state.tasks)) {
    if (task.nodeId !== node.id || !running(state, task)) continue;
    const host = taskHostPorts(task).find((p) => p.protocol === 'tcp' && p.publishedPort === port);
    if (host) return direct(task, host.targetPort, task.gwbridge?.ip ?? '', GWBRIDGE_GATEWAY);
  }
  return { kind: 'refused' };
}

function fromNode(state: ClusterState, hostname: string, address: string, port: number): Route {
  const host = state.hosts[hostname];
  const self = nodeOfHost(state, hostname);
  if (address.startsWith('127.') || address === '0.0.0.0' || address === host?.addr) return self ? meshOn(state, self, port) : { kind: 'refused' };
  const other = Object.values(state.hosts).find((h) => h.addr === address);
  if (other) {
    const node = nodeOfHost(state, other.hostname);
    if (node?.state === 'down') return { kind: 'unreachable' };
    return node ? meshOn(state, node, port) : { kind: 'refused' };
  }
  if (address.startsWith('172.18.') && self) {
    const task = Object.values(state.tasks).find((t) => t.nodeId === self.id && t.gwbridge?.ip === address && running(state, t));
    return task ? direct(task, port, address, GWBRIDGE_GATEWAY) : { kind: 'unreachable' };
  }
  return { kind: 'timeout' };
}

function fromTask(state: ClusterState, me: Task, address: string, port: number): Route {
  const own = [...me.attachments.map((a) => a.ip), me.gwbridge?.ip ?? ''];
  if (address.startsWith('127.') || own.includes(address)) return direct(me, port, address, address.startsWith('127.') ? '127.0.0.1' : address);
  if (address === GWBRIDGE_GATEWAY) return meshOn(state, me.nodeId ? state.nodes[me.nodeId] : undefined, port);
  for (const mine of me.attachments) {
    const network = state.networks[mine.networkId];
    if (!network || network.ingress) continue;
    const peer = Object.values(state.tasks).find((t) => t !== me && running(state, t) && t.attachments.some((a) => a.networkId === network.id && a.ip === address));
    if (peer) return cutOff(state, me.nodeId, peer) ? { kind: 'unreachable' } : direct(peer, port, address, mine.ip);
    const owner = Object.values(state.services).find((s) => s.vips.some((v) => v.networkId === network.id && v.ip === address));
    if (owner) return balance(state, owner, me.nodeId, port, (t) => attachmentIp(t, network.id), mine.ip);
  }
  // An address on one of the container's own links that nobody holds fails ARP; anything else is routed away and lost.
  const onLink = me.attachments.some((a) => inSubnet(state.networks[a.networkId]?.subnet, address)) || inSubnet('172.18.0.0/16', address);
  return onLink ? { kind: 'unreachable' } : { kind: 'timeout' };
}

function inSubnet(cidr: string | undefined, address: string): boolean {
  if (cidr === undefined || !/^\d+\.\d+\.\d+\.\d+$/.test(address)) return false;
  const subnet = parseCidr(cidr);
  const offset = ipToInt(address) - subnet.base;
  return offset >= 0 && offset < subnetSize(subnet);
}

/** routeConnection says what a TCP connection from `origin` to `address:port` reaches right now. */
export function routeConnection(state: ClusterState, origin: Origin, address: string, port: number): Route {
  if (origin.kind === 'node') return fromNode(state, origin.hostname, address, port);
  const me = state.tasks[origin.taskId];
  return me ? fromTask(state, me, address, port) : { kind: 'unreachable' };
}
