// How task states look on the dashboard, after docker-swarm-visualizer: running green, on the
// way up yellow, waiting for a node blue/cyan, failed red, finished grey. The states are those of
// swarmkit's TaskState (api/types.proto); counts list running first, then the states closest to
// running, then failures, then finished tasks: `run 4 prep 1 fail 2`.

/** StateLook is a task state's short name and colour. */
export interface StateLook {
  short: string;
  color: string;
}

const LOOKS: Record<string, StateLook> = {
  new: { short: 'new', color: 'blue' },
  pending: { short: 'pend', color: 'blue' },
  assigned: { short: 'asgn', color: 'cyan' },
  accepted: { short: 'acc', color: 'cyan' },
  preparing: { short: 'prep', color: 'yellow' },
  ready: { short: 'ready', color: 'yellow' },
  starting: { short: 'start', color: 'yellow' },
  running: { short: 'run', color: 'green' },
  complete: { short: 'done', color: 'gray' },
  shutdown: { short: 'shut', color: 'gray' },
  failed: { short: 'fail', color: 'red' },
  rejected: { short: 'rej', color: 'red' },
  remove: { short: 'rm', color: 'gray' },
  orphaned: { short: 'orph', color: 'gray' },
};

const ORDER = ['running', 'starting', 'ready', 'preparing', 'accepted', 'assigned', 'pending', 'new', 'failed', 'rejected', 'shutdown', 'complete', 'orphaned', 'remove'];

/** stateLook returns the short name and colour of a task state (unknown states print as is, white). */
export function stateLook(state: string): StateLook {
  return LOOKS[state] ?? { short: state, color: 'white' };
}

/** byDisplayOrder sorts state names running first, finished last, unknown ones at the very end. */
export function byDisplayOrder(a: string, b: string): number {
  const rank = (s: string): number => (ORDER.includes(s) ? ORDER.indexOf(s) : ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
