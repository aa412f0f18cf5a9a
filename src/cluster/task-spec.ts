// Which parts of a service spec a task carries, and so when a task is out of date. Like swarmkit's
// orchestrator.IsTaskDirty (manager/orchestrator/task.go), only the task template and the endpoint
// spec count: the service's name, labels, replica count and update policy never replace a task.
// A change of placement alone leaves a task alone while its node still satisfies the new
// constraints (IsTaskDirtyPlacementConstraintsOnly).

import { hashFraction } from './entropy.js';
import type { ClusterState, PortConfig, Service, ServiceSpec, Task } from './model.js';
import { nodeMatches, parseConstraints } from './reconcile/constraint.js';

const sortedEntries = (map: Record<string, string>): [string, string][] => Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function templateKey(spec: ServiceSpec): unknown[] {
  return [
    spec.image,
    spec.args,
    spec.env,
    spec.hostname ?? '',
    sortedEntries(spec.containerLabels ?? {}),
    spec.networks.map((n) => [n.target, n.aliases]),
    spec.endpointMode,
    spec.stopGracePeriodMs,
    spec.restartDelayMs,
    spec.restartCondition,
    spec.forceUpdate ?? 0,
    spec.resources ?? null,
    spec.restartMaxAttempts ?? 0,
    spec.restartWindowMs ?? 0,
    (spec.ports ?? []).map((p) => [p.protocol, p.targetPort, p.publishedPort, p.publishMode]),
    [spec.secrets ?? [], spec.configs ?? []].map((refs) => refs.map((r) => [r.id, r.name, r.target, r.uid, r.gid, r.mode])),
  ];
}

const placementKey = (spec: ServiceSpec): string => JSON.stringify([spec.placement?.constraints ?? [], spec.placement?.maxReplicas ?? 0]);

/** taskSpecKey is a canonical text of the task-relevant part of a spec (defaults filled in). */
export function taskSpecKey(spec: ServiceSpec): string {
  return JSON.stringify([...templateKey(spec), placementKey(spec)]);
}

/**
 * isTaskDirty reports whether a task was made from an older version of its service's task spec.
 * Given the cluster, a task whose placement alone changed stays clean while its node matches.
 */
export function isTaskDirty(service: Service, task: Task, state?: Readonly<ClusterState>): boolean {
  if (JSON.stringify(templateKey(service.spec)) !== JSON.stringify(templateKey(task.spec))) return true;
  if (placementKey(service.spec) === placementKey(task.spec)) return false;
  const node = state && task.nodeId ? state.nodes[task.nodeId] : undefined;
  if (!state || !node) return true;
  const constraints = parseConstraints(service.spec.placement?.constraints ?? []);
  return typeof constraints === 'string' || !nodeMatches(constraints, node, state.hosts[node.hostname]);
}

/**
 * taskHostPorts is a task's PortStatus: its host-mode ports, with the ephemeral port the engine
 * picks (32768-60999, the kernel's ip_local_port_range) when the spec left the port to it. The
 * pick is a hash of the task ID, so the routing mesh and `service ps` agree and replay alike.
 */
export function taskHostPorts(task: Task): PortConfig[] {
  return (task.spec.ports ?? [])
    .filter((p) => p.publishMode === 'host')
    .map((p, i) => (p.publishedPort !== 0 ? { ...p } : { ...p, publishedPort: 32768 + Math.floor(hashFraction(`${task.id}/${i}`) * 28232) }));
}
