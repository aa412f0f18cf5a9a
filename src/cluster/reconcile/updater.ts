// The updater replaces out-of-date tasks, as swarmkit's rolling updater does
// (manager/orchestrator/update/updater.go, Run/worker/updateTask): `parallelism` slots at a time,
// waiting `delay` after each new task runs. Stop-first creates the new task held at `ready` while
// the old one shuts down; start-first runs the new one first and stops the old one once it runs.
// A new task that fails or ends within the monitor period counts as a failure; past the max
// failure ratio the failure action applies: pause, continue, or roll back to the previous spec.
// A rollback (manual or automatic) replaces tasks the same way with the rollback config. When no
// slot is left, the update completes one monitor period after the last new task started.

import { allocatePorts, allocateVips } from '../commands/service-endpoint.js';
import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import { DEFAULT_UPDATE_CONFIG, type ClusterState, type Service, type Task, type UpdateConfig, type UpdateState } from '../model.js';
import { isTaskDirty } from '../task-spec.js';
import { groupByService } from '../views.js';
import { isTerminal, stateRank, type TaskState } from '../task-state.js';
import { newTask } from './orchestrator.js';
import { desire, isRunnable } from './task-helpers.js';

const slotKey = (t: Task): string => (t.slot > 0 ? `slot/${t.slot}` : `node/${t.nodeId ?? ''}`);
// swarmkit watches updated tasks for any state past running; shutdown is what we asked for ourselves.
const ENDED: ReadonlySet<TaskState> = new Set(['complete', 'failed', 'rejected']);
const ACTIVE: ReadonlySet<UpdateState> = new Set(['updating', 'rollback_started']);

/** Policy is an UpdateConfig with swarmkit's defaults filled in. */
type Policy = Required<UpdateConfig>;

/** UpdateView is what the updater sees of one service at a point in time. */
interface UpdateView {
  state: ClusterState;
  service: Service;
  tasks: Task[];
  /** dirty holds the runnable tasks of every slot that still runs an old spec, by slot order. */
  dirty: Task[][];
  /** updated are the up-to-date tasks created since the update started. */
  updated: Task[];
  /** inflight are updated tasks that have not reached `running` yet. */
  inflight: Task[];
  lastRunningAt: number | undefined;
  rollingBack: boolean;
  policy: Policy;
}

function policyOf(service: Service, rollingBack: boolean): Policy {
  const base = (rollingBack ? service.spec.rollbackConfig : service.spec.updateConfig) ?? DEFAULT_UPDATE_CONFIG;
  return { failureAction: 'pause', order: 'stop-first', maxFailureRatio: 0, ...base };
}

function viewOf(state: ClusterState, service: Service, tasks: Task[]): UpdateView {
  const dirtyTask = (t: Task): boolean => isTaskDirty(service, t, state);
  const slots = new Map<string, Task[]>();
  for (const t of tasks.filter(isRunnable)) slots.set(slotKey(t), [...(slots.get(slotKey(t)) ?? []), t]);
  const dirty = [...slots.values()]
    .filter((slot) => slot.some(dirtyTask))
    .sort((a, b) => (a[0]?.slot ?? 0) - (b[0]?.slot ?? 0) || slotKey(a[0] as Task).localeCompare(slotKey(b[0] as Task)));
  const startedAt = service.updateStatus?.startedAt ?? Number.POSITIVE_INFINITY;
  const updated = tasks.filter((t) => !dirtyTask(t) && t.createdAt >= startedAt);
  const inflight = updated.filter((t) => isRunnable(t) && stateRank(t.status.state) < stateRank('running'));
  const times = updated.map((t) => t.runningAt).filter((t): t is number => t !== undefined);
  const rollingBack = service.updateStatus?.state === 'rollback_started';
  return { state, service, tasks, dirty, updated, inflight, lastRunningAt: times.length > 0 ? Math.max(...times) : undefined, rollingBack, policy: policyOf(service, rollingBack) };
}

function status(ctx: DecideContext, serviceId: string, state: UpdateState, message: string): ClusterEvent {
  return { type: 'ServiceUpdateStatusChanged', data: { at: ctx.now, serviceId, state, message } };
}

/** failures returns the updated tasks that ended within their monitor period, oldest first. */
function failures(view: UpdateView): Task[] {
  const { monitorMs } = view.policy;
  return view.updated
    .filter((t) => ENDED.has(t.status.state) && (t.runningAt === undefined || t.status.timestamp - t.runningAt <= monitorMs))
    .sort((a, b) => a.status.timestamp - b.status.timestamp);
}

function slotCount(view: UpdateView): number {
  const { mode } = view.service.spec;
  if (mode.kind === 'replicated') return Math.max(1, mode.replicas);
  return Math.max(1, new Set(view.tasks.filter(isRunnable).map(slotKey)).size);
}

/** failureAction applies the policy's failure action once too many updated tasks failed (failureTriggersAction). */
function failureAction(ctx: DecideContext, view: UpdateView): ClusterEvent[] | undefined {
  const { failureAction: action, maxFailureRatio } = view.policy;
  if (action === 'continue') return undefined;
  const failed = failures(view);
  const last = failed.at(-1);
  if (!last || failed.length / slotCount(view) <= maxFailureRatio) return undefined;
  const id = view.service.id;
  if (action === 'pause') return [status(ctx, id, view.rollingBack ? 'rollback_paused' : 'paused', `update paused due to failure or early termination of task ${last.id}`)];
  if (view.rollingBack) return [status(ctx, id, 'rollback_paused', `rollback paused due to failure or early termination of task ${last.id}`)];
  const previous = view.service.previousSpec;
  if (!previous) return [status(ctx, id, 'paused', `update paused due to failure or early termination of task ${last.id}`)];
  const endpointPorts = allocatePorts(view.state, previous, view.service.endpointPorts, id);
  return [{
    type: 'ServiceRollbackStarted',
    data: {
      at: ctx.now, serviceId: id, manual: false, message: `update rolled back due to failure or early termination of task ${last.id}`,
      vips: allocateVips(view.state, previous, view.service.vips), ...(endpointPorts && { endpointPorts }),
    },
  }];
}

/** stopped reports whether an old task no longer runs (or sits on a node that cannot say). */
function stopped(view: UpdateView, t: Task): boolean {
  const node = t.nodeId ? view.state.nodes[t.nodeId] : undefined;
  return isTerminal(t.status.state) || !node || node.state !== 'ready';
}

/** releaseStarted lets a stop-first task run once every older task of its slot has stopped. */
function releaseStarted(ctx: DecideContext, view: UpdateView): ClusterEvent[] {
  return view.inflight
    .filter((t) => t.desiredState === 'ready' && t.runAfter === undefined)
    .filter((t) => !view.tasks.some((o) => o !== t && slotKey(o) === slotKey(t) && !isRunnable(o) && !stopped(view, o)))
    .map((t) => desire(ctx, t, 'running'));
}

/** startSlots replaces the next out-of-date slots, as many as parallelism and the delay allow. */
function startSlots(ctx: DecideContext, view: UpdateView): ClusterEvent[] {
  const { parallelism, delayMs, order } = view.policy;
  const limit = parallelism === 0 ? Number.POSITIVE_INFINITY : parallelism;
  const delaying = delayMs > 0 && view.lastRunningAt !== undefined && ctx.now < view.lastRunningAt + delayMs;
  const events: ClusterEvent[] = [];
  let busy = view.inflight.length;
  for (const slot of view.dirty) {
    const clean = slot.find((t) => !isTaskDirty(view.service, t, view.state));
    if (clean) {
      // start-first: the old task stops only once its replacement runs.
      if (order === 'start-first' && clean.status.state !== 'running') continue;
      for (const old of slot) if (old !== clean) events.push(desire(ctx, old, 'shutdown'));
      continue;
    }
    if (delaying || busy >= limit) continue;
    const first = slot[0] as Task;
    const fresh = newTask(ctx, view.service, first.slot, first.slot > 0 ? undefined : first.nodeId);
    events.push({ type: 'TaskCreated', data: { task: { ...fresh, desiredState: order === 'start-first' ? 'running' : 'ready' } } });
    busy++;
    if (order !== 'start-first') for (const old of slot) events.push(desire(ctx, old, 'shutdown'));
  }
  return events;
}

/** finalMonitorMs is how long the updater watches after the last slot (longer than the delay). */
function finalMonitorMs(policy: Policy): number {
  return policy.delayMs >= policy.monitorMs ? policy.delayMs + 1_000 : policy.monitorMs;
}

function updateService(ctx: DecideContext, view: UpdateView): ClusterEvent[] {
  const { service } = view;
  const current = service.updateStatus;
  if (current?.state === 'paused' || current?.state === 'rollback_paused') return [];
  const active = current !== undefined && ACTIVE.has(current.state);
  if (active) {
    const acted = failureAction(ctx, view);
    if (acted) return acted;
  }
  if (view.dirty.length === 0 && view.inflight.length === 0) {
    if (!active) return [];
    const doneAt = (view.lastRunningAt ?? ctx.now) + finalMonitorMs(view.policy);
    if (view.lastRunningAt !== undefined && ctx.now < doneAt) return [];
    return view.rollingBack ? [status(ctx, service.id, 'rollback_completed', 'rollback completed')] : [status(ctx, service.id, 'completed', 'update completed')];
  }
  const events: ClusterEvent[] = [];
  if (!current && view.dirty.length > 0) events.push(status(ctx, service.id, 'updating', 'update in progress'));
  return [...events, ...releaseStarted(ctx, view), ...startSlots(ctx, view)];
}

function views(state: ClusterState): UpdateView[] {
  const byService = groupByService(Object.values(state.tasks), (t) => t.serviceId);
  return Object.values(state.services).map((s) => viewOf(state, s, byService.get(s.id) ?? []));
}

/** runUpdates returns the events that move every service's rolling update one step forward. */
export function runUpdates(state: ClusterState, ctx: DecideContext): ClusterEvent[] {
  return views(state).flatMap((view) => updateService(ctx, view));
}

/** updaterWakeup returns when an update next needs the clock: the end of a delay or of the final monitor period. */
export function updaterWakeup(state: ClusterState): number | undefined {
  const times: number[] = [];
  for (const view of views(state)) {
    const current = view.service.updateStatus;
    if (!current || !ACTIVE.has(current.state) || view.lastRunningAt === undefined) continue;
    const { delayMs, parallelism } = view.policy;
    if (view.dirty.length === 0 && view.inflight.length === 0) times.push(view.lastRunningAt + finalMonitorMs(view.policy));
    else if (delayMs > 0 && (parallelism === 0 || view.inflight.length < parallelism)) times.push(view.lastRunningAt + delayMs);
  }
  return times.length > 0 ? Math.min(...times) : undefined;
}
