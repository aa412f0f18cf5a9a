// The task reaper deletes what no one needs to see any more (swarmkit
// manager/orchestrator/taskreaper/task_reaper.go): tasks marked for removal once stopped, and
// history beyond the swarm's task-history limit per slot (default 5, counting the live task).

import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import type { ClusterState, Task } from '../model.js';
import { stateRank } from '../task-state.js';

const stopped = (t: Task): boolean => stateRank(t.status.state) > stateRank('running');
const retired = (t: Task): boolean => stateRank(t.desiredState) > stateRank('running');

/** reap returns TaskDeleted events for removable tasks. */
export function reap(state: ClusterState, ctx: DecideContext): ClusterEvent[] {
  const doomed = new Set<string>();
  const bySlot = new Map<string, Task[]>();
  for (const task of Object.values(state.tasks)) {
    if (task.desiredState === 'remove' && (stopped(task) || stateRank(task.status.state) < stateRank('assigned'))) {
      doomed.add(task.id);
      continue;
    }
    const key = task.slot > 0 ? `${task.serviceId}/${task.slot}` : `${task.serviceId}/node/${task.nodeId ?? ''}`;
    bySlot.set(key, [...(bySlot.get(key) ?? []), task]);
  }
  const limit = state.swarm?.taskHistoryLimit ?? 5;
  for (const tasks of bySlot.values()) {
    if (tasks.length <= limit) continue;
    tasks.sort((a, b) => a.status.timestamp - b.status.timestamp);
    let remaining = tasks.length;
    for (const t of tasks) {
      if (remaining <= limit) break;
      if (!retired(t) || !stopped(t)) continue;
      doomed.add(t.id);
      remaining--;
    }
  }
  return [...doomed].map((taskId) => ({ type: 'TaskDeleted' as const, data: { at: ctx.now, taskId } }));
}
