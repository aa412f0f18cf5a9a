// The scheduler places pending tasks on nodes (swarmkit manager/scheduler/scheduler.go,
// filter.go, nodeinfo.go). Nodes must pass every filter; among those that do, the one running
// the fewest tasks of the same service wins, then the one running the fewest tasks overall, and
// equals are broken at random, which is what spreads replicas like a real swarm does.

import { AddressAllocator } from '../addresses.js';
import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import { hostOffset, nextSerialAddress } from '../ipam.js';
import type { ClusterState, SwarmNode, Task } from '../model.js';
import { isTerminal, stateRank } from '../task-state.js';

/** NodeFilter is one placement rule; its explanation builds the "no suitable node" text. */
interface NodeFilter {
  check(node: SwarmNode, task: Task): boolean;
  explain(count: number): string;
}

const plural = (n: number): string => (n === 1 ? `${n} node` : `${n} nodes`);

const FILTERS: NodeFilter[] = [
  {
    // swarmkit ReadyFilter and availability: paused or drained nodes take no new tasks.
    check: (node) => node.state === 'ready' && node.availability === 'active',
    explain: (n) => `${plural(n)} not available for new tasks`,
  },
];

const liveOn = (task: Task): boolean => task.nodeId !== undefined && !isTerminal(task.status.state) && stateRank(task.desiredState) <= stateRank('running');

/** schedule returns the events placing every schedulable pending task. */
export function schedule(state: ClusterState, ctx: DecideContext): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  const pending = Object.values(state.tasks)
    .filter((t) => t.status.state === 'pending' && stateRank(t.desiredState) <= stateRank('running'))
    .sort((a, b) => a.createdAt - b.createdAt || a.slot - b.slot);
  if (pending.length === 0) return events;
  const total = new Map<string, number>();
  const perService = new Map<string, number>();
  for (const t of Object.values(state.tasks)) {
    if (!liveOn(t) || !t.nodeId) continue;
    total.set(t.nodeId, (total.get(t.nodeId) ?? 0) + 1);
    perService.set(`${t.serviceId}/${t.nodeId}`, (perService.get(`${t.serviceId}/${t.nodeId}`) ?? 0) + 1);
  }
  const gw = new Map<string, { last: number; used: Set<string> }>();
  const lbDone = new Set<string>();
  const allocators = new Map<string, AddressAllocator>();
  for (const task of pending) {
    const node = pickNode(state, ctx, task, total, perService);
    if (!node) {
      const err = unsuitableText(state, task);
      if (task.status.err !== err) events.push({ type: 'TaskUnschedulable', data: { at: ctx.now, taskId: task.id, err } });
      continue;
    }
    total.set(node.id, (total.get(node.id) ?? 0) + 1);
    perService.set(`${task.serviceId}/${node.id}`, (perService.get(`${task.serviceId}/${node.id}`) ?? 0) + 1);
    const gwIp = nextGatewayAddress(state, node, gw);
    events.push({ type: 'TaskAssigned', data: { at: ctx.now, taskId: task.id, nodeId: node.id, gwbridge: { ip: gwIp, endpointId: ctx.entropy.hexId() } } });
    for (const a of task.attachments) {
      const network = state.networks[a.networkId];
      const key = `${a.networkId}/${node.id}`;
      if (!network || network.lbEndpoints[node.id] || lbDone.has(key)) continue;
      lbDone.add(key);
      let alloc = allocators.get(network.id);
      if (!alloc) allocators.set(network.id, (alloc = new AddressAllocator(network, state)));
      const ip = alloc.next();
      if (ip) events.push({ type: 'LoadBalancerAttached', data: { at: ctx.now, networkId: network.id, nodeId: node.id, endpoint: { ip, endpointId: ctx.entropy.hexId() } } });
    }
  }
  return events;
}

function pickNode(state: ClusterState, ctx: DecideContext, task: Task, total: Map<string, number>, perService: Map<string, number>): SwarmNode | undefined {
  const candidates = Object.values(state.nodes).filter((n) => (task.nodeId === undefined || n.id === task.nodeId) && FILTERS.every((f) => f.check(n, task)));
  if (candidates.length === 0) return undefined;
  const score = (n: SwarmNode): [number, number] => [perService.get(`${task.serviceId}/${n.id}`) ?? 0, total.get(n.id) ?? 0];
  let best: SwarmNode[] = [];
  let bestScore: [number, number] = [Infinity, Infinity];
  for (const node of candidates.sort((a, b) => a.hostname.localeCompare(b.hostname))) {
    const s = score(node);
    if (s[0] < bestScore[0] || (s[0] === bestScore[0] && s[1] < bestScore[1])) {
      best = [node];
      bestScore = s;
    } else if (s[0] === bestScore[0] && s[1] === bestScore[1]) best.push(node);
  }
  return best[Math.floor(ctx.entropy.random() * best.length)];
}

function unsuitableText(state: ClusterState, task: Task): string {
  const nodes = Object.values(state.nodes).filter((n) => task.nodeId === undefined || n.id === task.nodeId);
  const reasons = FILTERS.map((f) => ({ f, n: nodes.filter((node) => !f.check(node, task)).length }))
    .filter((r) => r.n > 0)
    .map((r) => r.f.explain(r.n));
  return `no suitable node (${reasons.join('; ') || 'no nodes available'})`;
}

const GWBRIDGE_SUBNET = '172.18.0.0/16';

function nextGatewayAddress(state: ClusterState, node: SwarmNode, gw: Map<string, { last: number; used: Set<string> }>): string {
  const host = state.hosts[node.hostname];
  let entry = gw.get(node.id);
  if (!entry) {
    const used = new Set<string>(['172.18.0.2']); // the ingress sandbox
    for (const t of Object.values(state.tasks)) if (t.nodeId === node.id && t.gwbridge && !isTerminal(t.status.state)) used.add(t.gwbridge.ip);
    entry = { last: host?.gwbridgeLast ?? 2, used };
    gw.set(node.id, entry);
  }
  const ip = nextSerialAddress(GWBRIDGE_SUBNET, entry.last, entry.used) ?? '172.18.0.3';
  entry.used.add(ip);
  entry.last = hostOffset(GWBRIDGE_SUBNET, ip);
  return ip;
}
