// The orchestrator turns each service's mode into task slots, as swarmkit's does
// (manager/orchestrator/replicated/services.go reconcile, global/global.go, restart/restart.go):
// it fills missing slots, removes surplus ones (crowded nodes first), replaces tasks whose process
// ended (restart policy, delayed by the restart delay), and retires tasks of deleted services.

import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import type { ClusterState, Service, SwarmNode, Task } from '../model.js';
import { isTerminal, stateRank } from '../task-state.js';
import { isTaskDirty } from '../task-spec.js';
import { groupByService } from '../views.js';
import { globalEligible } from './filters.js';
import { desire, isRunnable } from './task-helpers.js';

/** newTask builds a fresh task for a service slot (or node, for global services). */
export function newTask(ctx: DecideContext, service: Service, slot: number, nodeId?: string, runAfter?: number): Task {
  return {
    id: ctx.entropy.swarmId(),
    serviceId: service.id,
    slot,
    ...(nodeId !== undefined && { nodeId }),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    desiredState: runAfter === undefined ? 'running' : 'ready',
    status: { state: 'new', timestamp: ctx.now, message: 'created' },
    spec: JSON.parse(JSON.stringify(service.spec)) as Service['spec'],
    serviceVersion: service.version,
    containerId: ctx.entropy.hexId(),
    attachments: [],
    ...(runAfter !== undefined && { runAfter }),
  };
}


/**
 * shouldRestart applies the restart policy to a task whose process has ended: the condition,
 * then MaxAttempts counted over the window before the task ended (swarmkit restart.go shouldRestart).
 */
export function shouldRestart(task: Task): boolean {
  const condition = task.spec.restartCondition;
  if (condition === 'none') return false;
  if (condition === 'on-failure' && task.status.state === 'complete') return false;
  const max = task.spec.restartMaxAttempts ?? 0;
  if (max === 0) return true;
  const window = task.spec.restartWindowMs ?? 0;
  const counted = (task.restartHistory ?? []).filter((at) => window === 0 || at > task.status.timestamp - window);
  return counted.length < max;
}

/** endedForGood reports whether a task's process ended by itself and its restart policy says no more. */
function endedForGood(t: Task): boolean {
  return t.desiredState === 'shutdown' && ['complete', 'failed', 'rejected'].includes(t.status.state) && !shouldRestart(t);
}

/** orchestrate returns the events that bring every service's tasks in line with its spec. */
export function orchestrate(state: ClusterState, ctx: DecideContext): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  const orphans = Object.values(state.tasks).filter((t) => !state.services[t.serviceId]);
  for (const task of orphans) if (stateRank(task.desiredState) < stateRank('remove')) events.push(desire(ctx, task, 'remove'));
  const tasksByService = groupByService(Object.values(state.tasks), (t) => t.serviceId);
  for (const service of Object.values(state.services)) {
    const tasks = tasksByService.get(service.id) ?? [];
    events.push(...restartEnded(ctx, service, tasks), ...relocate(state, ctx, service, tasks), ...releaseDelayed(ctx, tasks));
    if (service.spec.mode.kind === 'replicated') events.push(...reconcileReplicated(ctx, service, tasks, service.spec.mode.replicas));
    else events.push(...reconcileGlobal(state, ctx, service, tasks));
  }
  return events;
}

/** restartEnded shuts down runnable tasks whose process ended and starts their replacements. */
function restartEnded(ctx: DecideContext, service: Service, tasks: Task[]): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  for (const task of tasks) {
    if (!isRunnable(task) || !isTerminal(task.status.state)) continue;
    events.push(desire(ctx, task, 'shutdown'));
    if (!shouldRestart(task)) continue;
    const replacement = newTask(ctx, service, task.slot, service.spec.mode.kind === 'global' ? task.nodeId : undefined, ctx.now + service.spec.restartDelayMs);
    if ((task.spec.restartMaxAttempts ?? 0) > 0) replacement.restartHistory = [...(task.restartHistory ?? []), ctx.now];
    events.push({ type: 'TaskCreated', data: { task: replacement } });
  }
  return events;
}

/**
 * relocate moves replicated tasks off nodes that went down or were drained, through the restart
 * path as swarmkit's restartTasksByNodeID does: the old task is asked to shut down (a down node
 * cannot report it, so it keeps its last state) and the slot gets a new task after the restart delay.
 */
function relocate(state: ClusterState, ctx: DecideContext, service: Service, tasks: Task[]): ClusterEvent[] {
  if (service.spec.mode.kind !== 'replicated') return [];
  const events: ClusterEvent[] = [];
  for (const task of tasks) {
    if (task.nodeId === undefined || !isRunnable(task) || isTerminal(task.status.state)) continue;
    const node = state.nodes[task.nodeId];
    // A node that left the swarm (or was removed) takes its tasks with it, like one that is down.
    if (node && node.state !== 'down' && node.availability !== 'drain') continue;
    events.push(desire(ctx, task, 'shutdown'));
    events.push({ type: 'TaskCreated', data: { task: newTask(ctx, service, task.slot, undefined, ctx.now + service.spec.restartDelayMs) } });
  }
  return events;
}

/** releaseDelayed lets restarted tasks held at `ready` run once their restart delay has passed. */
function releaseDelayed(ctx: DecideContext, tasks: Task[]): ClusterEvent[] {
  return tasks
    .filter((t) => t.desiredState === 'ready' && t.runAfter !== undefined && t.runAfter <= ctx.now)
    .map((t) => desire(ctx, t, 'running'));
}

function reconcileReplicated(ctx: DecideContext, service: Service, tasks: Task[], replicas: number): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  const runnable = new Map<number, Task[]>();
  const settled = new Set<number>();
  for (const t of tasks) {
    if (isRunnable(t)) runnable.set(t.slot, [...(runnable.get(t.slot) ?? []), t]);
    else if (endedForGood(t)) settled.add(t.slot);
  }
  // A slot whose process ended and may not restart stays empty until the service changes, as in swarmkit.
  for (const slot of settled) if (runnable.has(slot) || slot > replicas) settled.delete(slot);
  const occupied = runnable.size + settled.size;
  if (occupied < replicas) {
    let slot = 0;
    for (let i = 0; i < replicas - occupied; i++) {
      do slot++; while (runnable.has(slot) || settled.has(slot));
      events.push({ type: 'TaskCreated', data: { task: newTask(ctx, service, slot) } });
    }
  } else if (runnable.size > replicas) {
    for (const slotTasks of pickSurplusSlots([...runnable.values()], runnable.size - replicas)) {
      for (const t of slotTasks) events.push(desire(ctx, t, 'remove'));
    }
  }
  return events;
}

/**
 * pickSurplusSlots chooses which slots a scale-down removes: unscheduled slots first, then the
 * copies on the nodes that hold the most of this service, preferring tasks that are not running
 * (swarmkit replicated/services.go, slotsByRunningState and slotsByIndex).
 */
function pickSurplusSlots(slots: Task[][], count: number): Task[][] {
  const running = (s: Task[]): boolean => s.some((t) => t.status.state === 'running');
  const ordered = [...slots].sort((a, b) => Number(running(b)) - Number(running(a)) || (a[0]?.slot ?? 0) - (b[0]?.slot ?? 0));
  const perNode = new Map<string, number>();
  const indexed = ordered.map((slot) => {
    const nodeId = slot.length === 1 ? slot[0]?.nodeId : undefined;
    if (nodeId === undefined) return { slot, index: Number.POSITIVE_INFINITY };
    const index = (perNode.get(nodeId) ?? 0) + 1;
    perNode.set(nodeId, index);
    return { slot, index };
  });
  indexed.sort((a, b) => a.index - b.index);
  return indexed.slice(indexed.length - count).map((e) => e.slot);
}

/** eligibleForGlobal reports whether a node should run a global service's task (ready, active, constraints met). */
export function eligibleForGlobal(state: ClusterState, node: SwarmNode, service: Service): boolean {
  return globalEligible(state, node, service);
}

/**
 * reconcileGlobal keeps one task per eligible node (swarmkit orchestrator/global/global.go): new
 * and reactivated nodes get one; drained nodes, nodes that are down (or left) and nodes the
 * constraints no longer match have theirs shut down (reconcileOneNode, updateNode); a paused node
 * keeps what it runs; tasks of nodes removed from the swarm are removed (EventDeleteNode). A node
 * that comes back up gets a new task: the one shut down while it was away never restarts.
 */
function reconcileGlobal(state: ClusterState, ctx: DecideContext, service: Service, tasks: Task[]): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  for (const node of Object.values(state.nodes)) {
    const mine = tasks.filter((t) => t.nodeId === node.id && isRunnable(t));
    if (eligibleForGlobal(state, node, service) && mine.length === 0 && !tasks.some((t) => t.nodeId === node.id && endedForGood(t) && !isTaskDirty(service, t, state))) {
      events.push({ type: 'TaskCreated', data: { task: newTask(ctx, service, 0, node.id) } });
    }
    const gone = node.state === 'down' || node.left === true;
    const unwanted = gone || node.availability === 'drain' || !globalEligible(state, { ...node, state: 'ready', availability: 'active' }, service);
    if (unwanted) for (const t of mine) events.push(desire(ctx, t, 'shutdown'));
  }
  for (const t of tasks) if (t.nodeId !== undefined && !state.nodes[t.nodeId] && isRunnable(t)) events.push(desire(ctx, t, 'remove'));
  return events;
}
