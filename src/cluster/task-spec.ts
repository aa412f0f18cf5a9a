// Which parts of a service spec a task carries, and so when a task is out of date. Like swarmkit's
// orchestrator.IsTaskDirty (manager/orchestrator/task.go), only the task template and the endpoint
// spec count: the service's name, labels, replica count and update policy never replace a task.

import type { Service, ServiceSpec, Task } from './model.js';

/** taskSpecKey is a canonical text of the task-relevant part of a spec (defaults filled in). */
export function taskSpecKey(spec: ServiceSpec): string {
  return JSON.stringify([
    spec.image,
    spec.args,
    spec.env,
    spec.hostname ?? '',
    Object.entries(spec.containerLabels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    spec.networks.map((n) => [n.target, n.aliases]),
    spec.endpointMode,
    spec.stopGracePeriodMs,
    spec.restartDelayMs,
    spec.restartCondition,
    spec.forceUpdate ?? 0,
  ]);
}

/** isTaskDirty reports whether a task was made from an older version of its service's task spec. */
export function isTaskDirty(service: Service, task: Task): boolean {
  return taskSpecKey(service.spec) !== taskSpecKey(task.spec);
}
