// The agent on each node moves its tasks through their lifecycle on the clock, like swarmkit's
// agent/exec/controller.go Do(): assigned → accepted → preparing (image pull) → ready →
// starting → running, then complete or failed when the process ends; shutdown when asked.
// Each step takes a believable time with per-task jitter derived from the task ID, so a replay
// and a live run agree.

import type { DecideContext } from '../context.js';
import { hashFraction } from '../entropy.js';
import type { ClusterEvent } from '../events.js';
import { imageInfo, parseImageRef } from '../images.js';
import type { ClusterState, Task } from '../model.js';
import { processOutcome } from '../process-model.js';
import { isTerminal, stateRank, type TaskState } from '../task-state.js';

/** AgentStep is the next transition of one task and when it is due. */
interface AgentStep {
  due: number;
  events(ctx: DecideContext): ClusterEvent[];
}

const jitter = (task: Task, base: number): number => Math.round(base * (0.8 + 0.4 * hashFraction(`${task.id}/${task.status.state}`)));

function change(task: Task, state: TaskState, message: string, extra: { err?: string; exitCode?: number } = {}) {
  return (ctx: DecideContext): ClusterEvent[] => [{ type: 'TaskStatusChanged', data: { at: ctx.now, taskId: task.id, state, message, ...extra } }];
}

/** nextStep returns the task's next agent transition, or undefined when it waits on something else. */
export function nextStep(state: ClusterState, task: Task): AgentStep | undefined {
  const s = task.status.state;
  if (isTerminal(s)) return undefined;
  const t0 = task.status.timestamp;
  const node = task.nodeId ? state.nodes[task.nodeId] : undefined;
  // A node that is down reports nothing: its tasks keep their last state until it is back.
  if (node && node.state !== 'ready') return undefined;
  if (stateRank(task.desiredState) > stateRank('running')) {
    if (stateRank(s) < stateRank('running')) return { due: Math.max(t0, task.updatedAt), events: change(task, 'shutdown', 'shutdown') };
    const outcome = processOutcome(task.spec);
    const stop = outcome.stopsOnSigterm ? jitter(task, 300) : task.spec.stopGracePeriodMs;
    return { due: task.updatedAt + stop, events: change(task, 'shutdown', 'shutdown') };
  }
  if (!node || stateRank(s) < stateRank('assigned')) return undefined;
  switch (s) {
    case 'assigned':
      return { due: t0 + jitter(task, 60), events: change(task, 'accepted', 'accepted') };
    case 'accepted':
      return { due: t0 + jitter(task, 60), events: change(task, 'preparing', 'preparing') };
    case 'preparing':
      return prepare(state, task, node.hostname);
    case 'ready':
      if (task.desiredState !== 'running') return undefined;
      return { due: Math.max(t0, task.runAfter ?? 0) + jitter(task, 50), events: change(task, 'starting', 'starting') };
    case 'starting': {
      const outcome = processOutcome(task.spec);
      if (outcome.startError) return { due: t0 + jitter(task, 300), events: change(task, 'failed', 'starting', { err: outcome.startError }) };
      return { due: t0 + jitter(task, 500), events: change(task, 'running', 'started') };
    }
    case 'running': {
      const outcome = processOutcome(task.spec);
      if (outcome.lifetimeMs === undefined) return undefined;
      const due = t0 + outcome.lifetimeMs;
      if (outcome.exitCode === 0) return { due, events: change(task, 'complete', 'finished', { exitCode: 0 }) };
      return { due, events: change(task, 'failed', 'started', { err: `task: non-zero exit (${outcome.exitCode})`, exitCode: outcome.exitCode }) };
    }
    default:
      return undefined;
  }
}

function prepare(state: ClusterState, task: Task, hostname: string): AgentStep {
  const t0 = task.status.timestamp;
  const ref = parseImageRef(task.spec.image);
  if (!ref || !imageInfo(ref.repository)) {
    return { due: t0 + jitter(task, 1200), events: change(task, 'rejected', 'preparing', { err: `No such image: ${task.spec.image}` }) };
  }
  const pulled = state.hosts[hostname]?.images.includes(task.spec.image) ?? false;
  return {
    due: t0 + jitter(task, pulled ? 250 : 1800),
    events: (ctx) => [
      ...(pulled ? [] : [{ type: 'ImagePulled' as const, data: { at: ctx.now, hostname, image: task.spec.image } }]),
      ...change(task, 'ready', 'prepared')(ctx),
    ],
  };
}

/** runAgents returns the transitions of every task that is due at ctx.now. */
export function runAgents(state: ClusterState, ctx: DecideContext): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  for (const task of Object.values(state.tasks)) {
    const step = nextStep(state, task);
    if (step && step.due <= ctx.now) events.push(...step.events(ctx));
  }
  return events;
}

/** agentWakeup returns the earliest time a task transition is due, if any. */
export function agentWakeup(state: ClusterState): number | undefined {
  let earliest: number | undefined;
  for (const task of Object.values(state.tasks)) {
    const step = nextStep(state, task);
    if (step && (earliest === undefined || step.due < earliest)) earliest = step.due;
  }
  return earliest;
}
