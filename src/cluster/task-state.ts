// Task states in swarmkit's order (swarmkit api/types.proto, enum TaskState). A task only ever
// moves to a higher state, so "which is newer" is a comparison of ranks.

/** TaskState is a task's observed or desired state, as the API spells it. */
export type TaskState =
  | 'new'
  | 'pending'
  | 'assigned'
  | 'accepted'
  | 'preparing'
  | 'ready'
  | 'starting'
  | 'running'
  | 'complete'
  | 'shutdown'
  | 'failed'
  | 'rejected'
  | 'remove'
  | 'orphaned';

const RANK: Record<TaskState, number> = {
  new: 0,
  pending: 64,
  assigned: 192,
  accepted: 256,
  preparing: 320,
  ready: 384,
  starting: 448,
  running: 512,
  complete: 576,
  shutdown: 640,
  failed: 704,
  rejected: 768,
  remove: 800,
  orphaned: 832,
};

/** stateRank returns swarmkit's numeric value for a state. */
export function stateRank(state: TaskState): number {
  return RANK[state];
}

/** isTerminal reports whether a task in this state has finished for good (complete or later). */
export function isTerminal(state: TaskState): boolean {
  return RANK[state] > RANK.running;
}

/** isBefore reports whether state a comes strictly before state b. */
export function isBefore(a: TaskState, b: TaskState): boolean {
  return RANK[a] < RANK[b];
}
