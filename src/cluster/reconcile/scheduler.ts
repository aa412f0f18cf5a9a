// The scheduler places pending tasks on nodes (swarmkit manager/scheduler/scheduler.go,
// filter.go, nodeinfo.go). Nodes must pass every filter (filters.ts); among those that do, the
// one running the fewest tasks of the same service wins, then the one running the fewest tasks
// overall, and equals are broken at random, which is what spreads replicas like a real swarm does.

import { AddressAllocator } from '../addresses.js';
import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import { hostOffset, nextSerialAddress } from '../ipam.js';
import type { ClusterState, SwarmNode, Task } from '../model.js';
import { isTerminal, stateRank } from '../task-state.js';
import { addTask, nodeInfos, Pipeline, type NodeInfo } from './filters.js';

/** schedule returns the events placing every schedulable pending task. */
export function schedule(state: ClusterState, ctx: DecideContext): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  const pending = Object.values(state.tasks)
    .filter((t) => t.status.state === 'pending' && stateRank(t.desiredState) <= stateRank('running'))
    .sort((a, b) => a.createdAt - b.createdAt || a.slot - b.slot);
  if (pending.length === 0) return events;
  const infos = nodeInfos(state);
  const gw = new Map<string, { last: number; used: Set<string> }>();
  const lbDone = new Set<string>();
  const allocators = new Map<string, AddressAllocator>();
  for (const task of pending) {
    const pipeline = new Pipeline(state, task);
    const node = pickNode(state, ctx, task, infos, pipeline);
    if (!node) {
      const explanation = pipeline.explain();
      const err = explanation === '' ? 'no suitable node' : `no suitable node (${explanation})`;
      if (task.status.err !== err) events.push({ type: 'TaskUnschedulable', data: { at: ctx.now, taskId: task.id, err } });
      continue;
    }
    const info = infos.get(node.id);
    if (info) addTask(info, task);
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

/**
 * pickNode runs every candidate node through the pipeline; among the nodes that pass, the one
 * with the fewest tasks of this service wins, then the fewest tasks overall, then chance.
 */
function pickNode(state: ClusterState, ctx: DecideContext, task: Task, infos: Map<string, NodeInfo>, pipeline: Pipeline): SwarmNode | undefined {
  const candidates = [...infos.values()]
    .filter((i) => task.nodeId === undefined || i.node.id === task.nodeId)
    .sort((a, b) => a.node.hostname.localeCompare(b.node.hostname))
    .filter((i) => pipeline.passes(i));
  let best: SwarmNode[] = [];
  let bestScore: [number, number] = [Infinity, Infinity];
  for (const info of candidates) {
    const s: [number, number] = [info.activeByService.get(task.serviceId) ?? 0, info.active];
    if (s[0] < bestScore[0] || (s[0] === bestScore[0] && s[1] < bestScore[1])) {
      best = [info.node];
      bestScore = s;
    } else if (s[0] === bestScore[0] && s[1] === bestScore[1]) best.push(info.node);
  }
  if (best.length === 0) return undefined;
  return best[Math.floor(ctx.entropy.random() * best.length)];
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
