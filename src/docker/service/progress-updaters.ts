// The rows of docker's service progress display for replicated and global services
// (docker/cli v28.2.2 cli/command/service/progress/progress.go replicatedProgressUpdater and
// globalProgressUpdater): one task picked per slot (or node), a state row per task while the
// service has at most 20 of them, and an `overall progress` row until every task runs.

import type { ClusterState, Service, Task, TaskState } from '../../cluster/index.js';
import { truncateId } from '../format/index.js';
import type { ProgressStream } from './progress-stream.js';

const MAX_PROGRESS_BARS = 20;
const MAX_PROGRESS = 9;
// progress.go numberedStates: states the display knows; others (remove, orphaned) are ignored.
const NUMBERED: Partial<Record<TaskState, number>> = {
  new: 1, pending: 3, assigned: 4, accepted: 5, preparing: 6, ready: 7, starting: 8, running: 9,
  complete: 10, shutdown: 11, failed: 12, rejected: 13,
};
// longestState: the longest non-terminal state name ("preparing"), plus "complete" for jobs.
const LONGEST_STATE = 9;
const numbered = (state: TaskState): number => NUMBERED[state] ?? 0;
const terminal = (state: TaskState): boolean => numbered(state) > MAX_PROGRESS;

/** ProgressUpdater redraws the rows of one service for one poll and reports convergence. */
export interface ProgressUpdater {
  update(state: Readonly<ClusterState>, service: Service, tasks: Task[], rollback: boolean): boolean;
}

/** truncateError mirrors progress.go truncError: one line, at most 75 bytes with an ellipsis. */
export function truncateError(err: string): string {
  const flat = err.replace(/\n/g, ' ');
  return Buffer.byteLength(flat) > 75 ? `${Buffer.from(flat).subarray(0, 74).toString()}…` : flat;
}

/** pickTasks keeps one task per key: the lowest desired state, then the lowest observed state. */
function pickTasks(state: Readonly<ClusterState>, tasks: Task[], key: (t: Task) => string, skipInactive: boolean): Map<string, Task> {
  const picked = new Map<string, Task>();
  for (const task of tasks) {
    if (numbered(task.desiredState) === 0 || numbered(task.status.state) === 0) continue;
    const existing = picked.get(key(task));
    if (existing) {
      if (numbered(existing.desiredState) < numbered(task.desiredState)) continue;
      if (numbered(existing.desiredState) === numbered(task.desiredState) && numbered(existing.status.state) <= numbered(task.status.state)) continue;
    }
    if (skipInactive && task.nodeId && !isActive(state, task.nodeId)) continue;
    picked.set(key(task), task);
  }
  return picked;
}

/** isActive is getActiveNodes: every listed node that is not down. */
function isActive(state: Readonly<ClusterState>, nodeId: string): boolean {
  const node = state.nodes[nodeId];
  return node !== undefined && node.state !== 'down';
}

function writeTask(out: ProgressStream, id: string, task: Task): void {
  if (task.status.err) {
    out.row({ id, action: truncateError(task.status.err) });
  } else if (!terminal(task.desiredState) && !terminal(task.status.state)) {
    out.row({ id, action: task.status.state.padEnd(LONGEST_STATE), current: numbered(task.status.state), total: MAX_PROGRESS });
  }
}

/** overall is writeOverallProgress: `rolling back update: ` while a rollback runs. */
function overall(out: ProgressStream, running: number, total: number, rollback: boolean): void {
  out.row({ id: 'overall progress', action: `${rollback ? 'rolling back update: ' : ''}${running} out of ${total} tasks` });
}

/** ReplicatedProgress tracks one replicated service's rows between polls. */
export class ReplicatedProgress implements ProgressUpdater {
  private initialized = false;
  private done = false;
  private readonly slotMap = new Map<number, number>();

  constructor(private readonly out: ProgressStream) {}

  update(state: Readonly<ClusterState>, service: Service, tasks: Task[], rollback: boolean): boolean {
    const replicas = service.spec.mode.kind === 'replicated' ? service.spec.mode.replicas : 0;
    if (!this.initialized) {
      overall(this.out, 0, replicas, rollback);
      if (replicas <= MAX_PROGRESS_BARS) for (let i = 1; i <= replicas; i++) this.out.row({ id: `${i}/${replicas}`, action: ' ' });
      this.initialized = true;
    }
    const bySlot = [...pickTasks(state, tasks, (t) => String(t.slot), true).values()].sort((a, b) => a.slot - b.slot);
    if (this.done && bySlot.some((t) => t.status.state !== 'running')) this.done = false;
    let running = 0;
    for (const task of bySlot) {
      let mapped = this.slotMap.get(task.slot);
      if (mapped === undefined) this.slotMap.set(task.slot, (mapped = this.slotMap.size + 1));
      if (!terminal(task.desiredState) && task.status.state === 'running') running++;
      if (!this.done && replicas <= MAX_PROGRESS_BARS && mapped <= replicas) writeTask(this.out, `${mapped}/${replicas}`, task);
    }
    if (!this.done) {
      overall(this.out, running, replicas, rollback);
      if (running === replicas) this.done = true;
    }
    return running === replicas;
  }
}

/** GlobalProgress tracks one global service's rows (keyed by short node ID) between polls. */
export class GlobalProgress implements ProgressUpdater {
  private initialized = false;
  private done = false;

  constructor(private readonly out: ProgressStream) {}

  update(state: Readonly<ClusterState>, _service: Service, tasks: Task[], rollback: boolean): boolean {
    const byNode = [...pickTasks(state, tasks, (t) => t.nodeId ?? '', false).values()].sort((a, b) => ((a.nodeId ?? '') < (b.nodeId ?? '') ? -1 : 1));
    const nodeCount = byNode.length;
    if (!this.initialized) {
      if (nodeCount === 0) {
        this.out.row({ id: 'overall progress', action: 'waiting for new tasks' });
        return false;
      }
      overall(this.out, 0, nodeCount, rollback);
      this.initialized = true;
    }
    if (this.done && byNode.some((t) => t.status.state !== 'running')) this.done = false;
    let running = 0;
    for (const task of byNode) {
      if (!task.nodeId || !isActive(state, task.nodeId)) continue;
      if (!terminal(task.desiredState) && task.status.state === 'running') running++;
      if (!this.done && nodeCount <= MAX_PROGRESS_BARS) writeTask(this.out, truncateId(task.nodeId), task);
    }
    if (!this.done) {
      overall(this.out, running, nodeCount, rollback);
      if (running === nodeCount) this.done = true;
    }
    return running === nodeCount;
  }
}
