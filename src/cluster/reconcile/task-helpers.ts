// Small task predicates and event builders the reconcilers share.

import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import type { Task } from '../model.js';
import { stateRank, type TaskState } from '../task-state.js';

/** isRunnable reports whether the orchestrator still wants a task to run (desired state ≤ running). */
export const isRunnable = (t: Task): boolean => stateRank(t.desiredState) <= stateRank('running');

/** desire builds the event that changes a task's desired state. */
export function desire(ctx: DecideContext, task: Task, desiredState: TaskState): ClusterEvent {
  return { type: 'TaskDesiredStateChanged', data: { at: ctx.now, taskId: task.id, desiredState } };
}
