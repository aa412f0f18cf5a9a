// Which containers' lines `docker service logs` receives, as swarmkit's log broker gathers them
// (manager/logbroker/subscription.go match, broker.go registerSubscription): a service's tasks
// that have reached `running` (every task when following), a task named alone whatever its
// state; nodes that are down contribute nothing and are named in the stream's final warning.
// `--tail` counts per container (each agent tails its own); `--since` keeps lines at or after it.

import { containerName, isBefore, type ClusterState, type Task } from '../../cluster/index.js';
import { containerLines, type ContainerLine } from './logs-images.js';

/** LogSelector is what the logs request names: a service's tasks or one task. */
export type LogSelector = { kind: 'service'; serviceId: string } | { kind: 'task'; taskId: string };

/** LogRecord is one container line with the task that wrote it. */
export interface LogRecord {
  task: Task;
  line: ContainerLine;
  /** ordinal numbers the task's lines written in the same millisecond (a stable identity). */
  ordinal: number;
}

/** LogQuery bounds which lines are wanted. */
export interface LogQuery {
  follow: boolean;
  /** tail is the number of last lines per container; undefined means all. */
  tail?: number;
  /** sinceMs drops lines written before it. */
  sinceMs?: number;
}

/** LogBatch is the lines selected, oldest first, and the reasons some could not be read. */
export interface LogBatch {
  records: LogRecord[];
  warnings: string[];
}

function selectedTasks(state: ClusterState, selector: LogSelector, follow: boolean): Task[] {
  if (selector.kind === 'task') {
    const task = state.tasks[selector.taskId];
    return task ? [task] : [];
  }
  // Not following, the broker skips tasks that have not reached `running` yet.
  return Object.values(state.tasks).filter((t) => t.serviceId === selector.serviceId && (follow || !isBefore(t.status.state, 'running')));
}

/** nodeAvailable is whether the node's agent is connected to the managers (it can publish logs). */
function nodeAvailable(state: ClusterState, nodeId: string): boolean {
  const node = state.nodes[nodeId];
  return node !== undefined && node.state === 'ready' && node.left !== true;
}

/** recordsOf numbers a task's lines and keeps those the query wants. */
export function recordsOf(task: Task, now: number, query: LogQuery): LogRecord[] {
  let lastAt = Number.NaN;
  let ordinal = 0;
  const all = containerLines(task, now).map((line): LogRecord => {
    ordinal = line.at === lastAt ? ordinal + 1 : 0;
    lastAt = line.at;
    return { task, line, ordinal };
  });
  const since = query.sinceMs;
  const kept = since === undefined ? all : all.filter((r) => r.line.at >= since);
  return query.tail === undefined ? kept : kept.slice(Math.max(0, kept.length - query.tail));
}

/** byTime orders records from several containers by when they were written (stable within one). */
export function byTime(records: LogRecord[]): LogRecord[] {
  return records.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => a.line.at - b.line.at || i - j).map(([r]) => r);
}

/** selectLogs gathers the lines a non-following request prints, and the broker's warnings. */
export function selectLogs(state: ClusterState, selector: LogSelector, now: number, query: LogQuery): LogBatch {
  const records: LogRecord[] = [];
  const down = new Set<string>();
  const pending: string[] = [];
  for (const task of selectedTasks(state, selector, query.follow)) {
    if (task.nodeId === undefined) {
      pending.push(`task ${task.id} has not been scheduled`);
      continue;
    }
    if (!nodeAvailable(state, task.nodeId)) {
      down.add(task.nodeId);
      continue;
    }
    records.push(...recordsOf(task, now, query));
  }
  const warnings = [...[...down].sort().map((id) => `node ${id} is not available`), ...pending];
  return { records: byTime(records), warnings };
}

/** followedTasks lists the tasks a following request watches right now (on available nodes). */
export function followedTasks(state: ClusterState, selector: LogSelector): Task[] {
  return selectedTasks(state, selector, true).filter((t) => t.nodeId !== undefined && nodeAvailable(state, t.nodeId));
}

/** findTaskByName finds a task by its full name `<service>.<slot>.<id>` (moby getTask's name filter). */
export function findTaskByName(state: ClusterState, name: string): Task | undefined {
  const hits = Object.values(state.tasks).filter((t) => containerName(state, t) === name);
  return hits.length === 1 ? hits[0] : undefined;
}
