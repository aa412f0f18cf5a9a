// The reconcile loop: small reconcilers, each a pure function from state to events, run in
// swarmkit's order after every command and on every clock tick until nothing changes.

import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import { evolve } from '../evolve.js';
import type { ClusterState } from '../model.js';
import { agentWakeup, runAgents } from './agent.js';
import { allocate } from './allocator.js';
import { orchestrate } from './orchestrator.js';
import { reap } from './reaper.js';
import { schedule } from './scheduler.js';
import { runUpdates, updaterWakeup } from './updater.js';

const RECONCILERS = [orchestrate, runUpdates, allocate, schedule, runAgents, reap];
const MAX_PASSES = 16;

/**
 * reconcile runs the reconcilers until the cluster settles at ctx.now, applying each batch of
 * events to `state` as it goes (so it mutates state), and returns every event it applied, in
 * order, for the caller to record.
 */
export function reconcile(state: ClusterState, ctx: DecideContext): ClusterEvent[] {
  const applied: ClusterEvent[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const reconciler of RECONCILERS) {
      const events = reconciler(state, ctx);
      for (const e of events) evolve(state, e);
      applied.push(...events);
      changed ||= events.length > 0;
    }
    if (!changed) break;
  }
  return applied;
}

/** nextWakeup returns when the cluster next needs a reconcile pass without any command, if ever. */
export function nextWakeup(state: ClusterState): number | undefined {
  const times = [agentWakeup(state), updaterWakeup(state)];
  for (const task of Object.values(state.tasks)) {
    if (task.desiredState === 'ready' && task.runAfter !== undefined) times.push(task.runAfter);
  }
  const defined = times.filter((t): t is number => t !== undefined);
  return defined.length > 0 ? Math.min(...defined) : undefined;
}
