// The updater replaces out-of-date tasks, as swarmkit's rolling updater does
// (manager/orchestrator/update/updater.go, Run/worker/updateTask) in its default stop-first order:
// per slot, a new task is created held at `ready` while the old one is shut down; once the old one
// has stopped the new one may run. When it runs, the next slot starts (after the update delay).
// When no slot is out of date, the update completes one monitor period after the last new task
// started. A new task that fails or ends within its monitor period pauses the update (failure
// action `pause`, max failure ratio 0).

import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import { DEFAULT_UPDATE_CONFIG, type ClusterState, type Service, type Task } from '../model.js';
import { isTaskDirty } from '../task-spec.js';
import { isTerminal, stateRank, type TaskState } from '../task-state.js';
import { newTask } from './orchestrator.js';
import { desire, isRunnable } from './task-helpers.js';

const slotKey = (t: Task): string => (t.slot > 0 ? `slot/${t.slot}` : `node/${t.nodeId ?? ''}`);
// swarmkit watches updated tasks for any state past running; shutdown is what we asked for ourselves.
const ENDED: ReadonlySet<TaskState> = new Set(['complete', 'failed', 'rejected']);

/** UpdateView is what the updater sees of one service at a point in time. */
interface UpdateView {
  service: Service;
  tasks: Task[];
  /** dirty holds the runnable tasks of every slot that still runs an old spec, by slot order. */
  dirty: Task[][];
  /** updated are the up-to-date tasks created since the update started. */
  updated: Task[];
  /** inflight are updated tasks that have not reached `running` yet. */
  inflight: Task[];
  lastRunningAt: number | undefined;
}

function viewOf(service: Service, tasks: Task[]): UpdateView {
  const slots = new Map<string, Task[]>();
  for (const t of tasks.filter(isRunnable)) slots.set(slotKey(t), [...(slots.get(slotKey(t)) ?? []), t]);
  const dirty = [...slots.values()]
    .filter((slot) => slot.some((t) => isTaskDirty(service, t)))
    .sort((a, b) => (a[0]?.slot ?? 0) - (b[0]?.slot ?? 0) || slotKey(a[0] as Task).localeCompare(slotKey(b[0] as Task)));
  const startedAt = service.updateStatus?.startedAt ?? Number.POSITIVE_INFINITY;
  const updated = tasks.filter((t) => !isTaskDirty(service, t) && t.createdAt >= startedAt);
  const inflight = updated.filter((t) => isRunnable(t) && stateRank(t.status.state) < stateRank('running'));
  const times = updated.map((t) => t.runningAt).filter((t): t is number => t !== undefined);
  return { service, tasks, dirty, updated, inflight, lastRunningAt: times.length > 0 ? Math.max(...times) : undefined };
}

function config(service: Service) {
  return service.spec.updateConfig ?? DEFAULT_UPDATE_CONFIG;
}

function status(ctx: DecideContext, serviceId: string, state: 'updating' | 'paused' | 'completed', message: string): ClusterEvent {
  return { type: 'ServiceUpdateStatusChanged', data: { at: ctx.now, serviceId, state, message } };
}

/** failedTask returns the first updated task that ended within its monitor period, if any. */
function failedTask(view: UpdateView): Task | undefined {
  const monitor = config(view.service).monitorMs;
  return view.updated
    .filter((t) => ENDED.has(t.status.state) && (t.runningAt === undefined || t.status.timestamp - t.runningAt <= monitor))
    .sort((a, b) => a.status.timestamp - b.status.timestamp)[0];
}

/** releaseStarted lets a new task run once every older task of its slot has stopped. */
function releaseStarted(ctx: DecideContext, view: UpdateView): ClusterEvent[] {
  return view.inflight
    .filter((t) => t.desiredState === 'ready' && t.runAfter === undefined)
    .filter((t) => !view.tasks.some((o) => o !== t && slotKey(o) === slotKey(t) && !isRunnable(o) && !isTerminal(o.status.state)))
    .map((t) => desire(ctx, t, 'running'));
}

/** startSlots replaces the next out-of-date slots, as many as parallelism and the delay allow. */
function startSlots(ctx: DecideContext, view: UpdateView): ClusterEvent[] {
  const { parallelism, delayMs } = config(view.service);
  const limit = parallelism === 0 ? Number.POSITIVE_INFINITY : parallelism;
  if (delayMs > 0 && view.lastRunningAt !== undefined && ctx.now < view.lastRunningAt + delayMs) return [];
  const events: ClusterEvent[] = [];
  let busy = view.inflight.length;
  for (const slot of view.dirty) {
    if (busy >= limit) break;
    const clean = slot.find((t) => !isTaskDirty(view.service, t));
    if (!clean) {
      const first = slot[0] as Task;
      const fresh = newTask(ctx, view.service, first.slot, first.slot > 0 ? undefined : first.nodeId);
      events.push({ type: 'TaskCreated', data: { task: { ...fresh, desiredState: 'ready' } } });
      busy++;
    }
    for (const old of slot) if (old !== clean) events.push(desire(ctx, old, 'shutdown'));
  }
  return events;
}

function updateService(ctx: DecideContext, view: UpdateView): ClusterEvent[] {
  const { service } = view;
  const current = service.updateStatus;
  if (current?.state === 'paused') return [];
  if (current?.state === 'updating') {
    const failed = failedTask(view);
    if (failed) return [status(ctx, service.id, 'paused', `update paused due to failure or early termination of task ${failed.id}`)];
  }
  if (view.dirty.length === 0 && view.inflight.length === 0) {
    if (current?.state !== 'updating') return [];
    const doneAt = (view.lastRunningAt ?? ctx.now) + config(service).monitorMs;
    return view.lastRunningAt === undefined || ctx.now >= doneAt ? [status(ctx, service.id, 'completed', 'update completed')] : [];
  }
  const events: ClusterEvent[] = [];
  if (!current && view.dirty.length > 0) events.push(status(ctx, service.id, 'updating', 'update in progress'));
  return [...events, ...releaseStarted(ctx, view), ...startSlots(ctx, view)];
}

function views(state: ClusterState): UpdateView[] {
  const byService = new Map<string, Task[]>();
  for (const task of Object.values(state.tasks)) byService.set(task.serviceId, [...(byService.get(task.serviceId) ?? []), task]);
  return Object.values(state.services).map((s) => viewOf(s, byService.get(s.id) ?? []));
}

/** runUpdates returns the events that move every service's rolling update one step forward. */
export function runUpdates(state: ClusterState, ctx: DecideContext): ClusterEvent[] {
  return views(state).flatMap((view) => updateService(ctx, view));
}

/** updaterWakeup returns when an update next needs the clock: the end of a delay or of the final monitor period. */
export function updaterWakeup(state: ClusterState): number | undefined {
  const times: number[] = [];
  for (const view of views(state)) {
    if (view.service.updateStatus?.state !== 'updating' || view.lastRunningAt === undefined) continue;
    const { delayMs, monitorMs, parallelism } = config(view.service);
    if (view.dirty.length === 0 && view.inflight.length === 0) times.push(view.lastRunningAt + monitorMs);
    else if (delayMs > 0 && (parallelism === 0 || view.inflight.length < parallelism)) times.push(view.lastRunningAt + delayMs);
  }
  return times.length > 0 ? Math.min(...times) : undefined;
}
