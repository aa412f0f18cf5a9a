// The daemon's task list filters, in its order: unknown keys are refused, service and node
// references are resolved (not found → the daemon's error), desired states are parsed, then each
// key keeps tasks matching any of its values. Fidelity: moby daemon/cluster/filters.go
// newListTasksFilters, daemon/cluster/tasks.go (filterTransform), swarmkit
// manager/controlapi/task.go ListTasks (name and ID prefixes, service labels).

import { findNode, findService, isTaskDirty, nodeOfHost, type ClusterState, type Task, type TaskState } from '../../cluster/index.js';
import type { Filters } from '../cli/index.js';
import { labelMatches } from '../filters.js';
import { DaemonError } from '../daemon.js';

const ACCEPTED = new Set(['name', 'id', 'label', 'service', 'node', 'desired-state', '_up-to-date', 'runtime']);
const STATES: readonly TaskState[] = [
  'new', 'pending', 'assigned', 'accepted', 'preparing', 'ready', 'starting', 'running', 'complete', 'shutdown',
  'failed', 'rejected', 'remove', 'orphaned',
];

/** swarmTaskName is swarmkit naming.Task: `<service>.<slot or node ID>.<task ID>`. */
function swarmTaskName(task: Task): string {
  return `${task.spec.name}.${task.slot !== 0 ? task.slot : task.nodeId ?? ''}.${task.id}`;
}

/** filterTasks applies `--filter` values to tasks as the manager does; `hostname` resolves node=self. */
export function filterTasks(state: Readonly<ClusterState>, hostname: string, tasks: readonly Task[], filters: Filters): Task[] {
  for (const key of filters.keys()) if (!ACCEPTED.has(key)) throw new DaemonError(`invalid filter '${key}'`);
  const get = (key: string): readonly string[] => filters.get(key) ?? [];
  const services = get('service').map((ref) => findService(state as ClusterState, ref).id);
  const nodes = get('node').map((ref) => (ref === 'self' ? nodeOfHost(state as ClusterState, hostname)?.id ?? ref : findNode(state as ClusterState, ref).id));
  const desired = get('desired-state').filter((s) => s !== '').map((s) => {
    const state = STATES.find((known) => known === s.toLowerCase());
    if (!state) throw new DaemonError(`Invalid desired-state filter: '${s}'`);
    return state;
  });
  const matchesAny = <T>(values: readonly T[], test: (v: T) => boolean): boolean => values.length === 0 || values.some(test);
  return tasks.filter((t) => {
    const service = state.services[t.serviceId];
    return matchesAny(get('name'), (p) => swarmTaskName(t).startsWith(p))
      && matchesAny(get('id'), (p) => t.id.startsWith(p))
      && get('label').every((l) => labelMatches(t.spec.labels, l))
      && matchesAny(services, (id) => t.serviceId === id)
      && matchesAny(nodes, (id) => t.nodeId === id)
      && matchesAny(desired, (s) => t.desiredState === s)
      && matchesAny(get('runtime'), (r) => r === 'container' || r === '')
      && (get('_up-to-date').length === 0 || (service !== undefined && !isTaskDirty(service, t, state)));
  });
}
