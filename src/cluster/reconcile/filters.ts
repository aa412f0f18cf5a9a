// The scheduler's placement filters and the per-node bookkeeping they read, as swarmkit has
// them (manager/scheduler/filter.go, pipeline.go, nodeinfo.go). Each filter is enabled only for
// tasks that need it; a node is counted against the first filter it fails, and the failures,
// most first, make the `no suitable node (…)` explanation.

import type { ClusterState, SwarmNode, Task } from '../model.js';
import { isTerminal, stateRank } from '../task-state.js';
import { nodeMatches, parseConstraints } from './constraint.js';

/** NodeInfo is what the scheduler knows of one node while it places a batch of tasks. */
export interface NodeInfo {
  node: SwarmNode;
  availableNanoCpus: number;
  availableMemory: number;
  activeByService: Map<string, number>;
  active: number;
  usedHostPorts: Set<string>;
}

/** NodeFilter is one placement rule with its explanation. */
interface NodeFilter {
  enabled(task: Task): boolean;
  check(info: NodeInfo, task: Task, state: ClusterState): boolean;
  explain(count: number): string;
}

const nodes = (n: number): string => (n === 1 ? '1 node' : `${n} nodes`);
const reservations = (task: Task) => task.spec.resources?.reservations ?? { nanoCpus: 0, memoryBytes: 0 };
const hostPorts = (task: Task) => (task.spec.ports ?? []).filter((p) => p.publishMode === 'host' && p.publishedPort !== 0);

const FILTERS: readonly NodeFilter[] = [
  {
    // ReadyFilter: paused or drained nodes, and nodes that are down, take no new tasks.
    enabled: () => true,
    check: ({ node }) => node.state === 'ready' && node.availability === 'active',
    explain: (n) => `${nodes(n)} not available for new tasks`,
  },
  {
    enabled: (t) => reservations(t).nanoCpus > 0 || reservations(t).memoryBytes > 0,
    check: (info, t) => reservations(t).nanoCpus <= info.availableNanoCpus && reservations(t).memoryBytes <= info.availableMemory,
    explain: (n) => `insufficient resources on ${nodes(n)}`,
  },
  {
    enabled: (t) => (t.spec.placement?.constraints.length ?? 0) > 0,
    check: (info, t, state) => {
      const parsed = parseConstraints(t.spec.placement?.constraints ?? []);
      return typeof parsed === 'string' || nodeMatches(parsed, info.node, state.hosts[info.node.hostname]);
    },
    explain: (n) => `scheduling constraints not satisfied on ${nodes(n)}`,
  },
  {
    enabled: (t) => hostPorts(t).length > 0,
    check: (info, t) => hostPorts(t).every((p) => !info.usedHostPorts.has(`${p.publishedPort}/${p.protocol}`)),
    explain: (n) => `host-mode port already in use on ${nodes(n)}`,
  },
  {
    enabled: (t) => (t.spec.placement?.maxReplicas ?? 0) > 0,
    check: (info, t) => (info.activeByService.get(t.serviceId) ?? 0) < (t.spec.placement?.maxReplicas ?? 0),
    explain: () => 'max replicas per node limit exceed',
  },
];

/** nodeInfos builds every node's bookkeeping from the tasks assigned to it that have not ended. */
export function nodeInfos(state: ClusterState): Map<string, NodeInfo> {
  const infos = new Map<string, NodeInfo>();
  for (const node of Object.values(state.nodes)) {
    const host = state.hosts[node.hostname];
    infos.set(node.id, {
      node, availableNanoCpus: host?.nanoCpus ?? 0, availableMemory: host?.memoryBytes ?? 0,
      activeByService: new Map(), active: 0, usedHostPorts: new Set(),
    });
  }
  for (const task of Object.values(state.tasks)) {
    const info = task.nodeId ? infos.get(task.nodeId) : undefined;
    if (info && stateRank(task.status.state) >= stateRank('assigned') && !isTerminal(task.status.state)) addTask(info, task);
  }
  return infos;
}

/** addTask takes a task's reservations, host ports and slot from a node (nodeinfo.go addTask). */
export function addTask(info: NodeInfo, task: Task): void {
  info.availableNanoCpus -= reservations(task).nanoCpus;
  info.availableMemory -= reservations(task).memoryBytes;
  for (const p of hostPorts(task)) info.usedHostPorts.add(`${p.publishedPort}/${p.protocol}`);
  if (stateRank(task.desiredState) <= stateRank('complete')) {
    info.active += 1;
    info.activeByService.set(task.serviceId, (info.activeByService.get(task.serviceId) ?? 0) + 1);
  }
}

/** Pipeline runs the filters for one task and remembers why nodes failed. */
export class Pipeline {
  private readonly failures = FILTERS.map(() => 0);
  private readonly active: boolean[];

  constructor(private readonly state: ClusterState, private readonly task: Task) {
    this.active = FILTERS.map((f) => f.enabled(task));
  }

  /** passes runs a node through the enabled filters, stopping at the first failure. */
  passes(info: NodeInfo): boolean {
    for (let i = 0; i < FILTERS.length; i++) {
      if (this.active[i] && !(FILTERS[i] as NodeFilter).check(info, this.task, this.state)) {
        this.failures[i] = (this.failures[i] ?? 0) + 1;
        return false;
      }
    }
    return true;
  }

  /** explain is Pipeline.Explain: the failing filters, most failures first, joined by "; ". */
  explain(): string {
    return FILTERS.map((f, i) => ({ f, n: this.failures[i] ?? 0 }))
      .filter((e) => e.n > 0)
      .sort((a, b) => b.n - a.n)
      .map((e) => e.f.explain(e.n))
      .join('; ');
  }
}

/** globalEligible reports whether a global service's task belongs on a node: ready, active, constraints met. */
export function globalEligible(state: ClusterState, node: SwarmNode, task: Pick<Task, 'spec'>): boolean {
  if (node.state !== 'ready' || node.availability !== 'active') return false;
  const parsed = parseConstraints(task.spec.placement?.constraints ?? []);
  return typeof parsed === 'string' || nodeMatches(parsed, node, state.hosts[node.hostname]);
}
