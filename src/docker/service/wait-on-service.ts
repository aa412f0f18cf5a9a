// The live progress display of `docker service create/update/scale` without --detach
// (docker/cli cli/command/service/progress/progress.go ServiceProgress and
// replicatedProgressUpdater): poll every 200 ms, one row per slot with the task's state, an
// `overall progress` row, then a `verify` countdown of the monitor period once every task runs.

import type { ClusterState, Service, Task, TaskState } from '../../cluster/index.js';
import type { DockerHost } from '../host.js';
import { ProgressStream } from './progress-stream.js';

const POLL_MS = 200;
const MAX_PROGRESS_BARS = 20;
const DEFAULT_MONITOR_MS = 5_000;

// progress.go numberedStates: states the display knows; others (remove, orphaned) are ignored.
const NUMBERED: Partial<Record<TaskState, number>> = {
  new: 1,
  pending: 3,
  assigned: 4,
  accepted: 5,
  preparing: 6,
  ready: 7,
  starting: 8,
  running: 9,
  complete: 10,
  shutdown: 11,
  failed: 12,
  rejected: 13,
};
const MAX_PROGRESS = 9;
const terminal = (state: TaskState): boolean => (NUMBERED[state] ?? 0) > MAX_PROGRESS;

/** isUpToDate reports whether a task was made from the service's current spec (ignoring replicas). */
export function isUpToDate(service: Service, task: Task): boolean {
  const strip = (spec: Service['spec']): string => JSON.stringify({ ...spec, mode: spec.mode.kind });
  return strip(service.spec) === strip(task.spec);
}

function tasksBySlot(state: Readonly<ClusterState>, tasks: Task[]): Map<number, Task> {
  const bySlot = new Map<number, Task>();
  for (const task of tasks) {
    const desired = NUMBERED[task.desiredState] ?? 0;
    const observed = NUMBERED[task.status.state] ?? 0;
    if (desired === 0 || observed === 0) continue;
    const existing = bySlot.get(task.slot);
    if (existing) {
      const existingDesired = NUMBERED[existing.desiredState] ?? 0;
      if (existingDesired < desired) continue;
      if (existingDesired === desired && (NUMBERED[existing.status.state] ?? 0) <= observed) continue;
    }
    if (task.nodeId && state.nodes[task.nodeId]?.state === 'down') continue;
    bySlot.set(task.slot, task);
  }
  return new Map([...bySlot.entries()].sort((a, b) => a[0] - b[0]));
}

/** ReplicatedProgress tracks one replicated service's rows between polls. */
class ReplicatedProgress {
  private initialized = false;
  private done = false;
  private readonly slotMap = new Map<number, number>();

  constructor(private readonly out: ProgressStream) {}

  update(state: Readonly<ClusterState>, service: Service, tasks: Task[]): boolean {
    const replicas = service.spec.mode.kind === 'replicated' ? service.spec.mode.replicas : 0;
    if (!this.initialized) {
      this.overall(0, replicas);
      if (replicas <= MAX_PROGRESS_BARS) for (let i = 1; i <= replicas; i++) this.out.row({ id: `${i}/${replicas}`, action: ' ' });
      this.initialized = true;
    }
    const bySlot = tasksBySlot(state, tasks);
    if (this.done && [...bySlot.values()].some((t) => t.status.state !== 'running')) this.done = false;
    let running = 0;
    for (const task of bySlot.values()) {
      let mapped = this.slotMap.get(task.slot);
      if (mapped === undefined) this.slotMap.set(task.slot, (mapped = this.slotMap.size + 1));
      if (!terminal(task.desiredState) && task.status.state === 'running') running++;
      this.taskRow(task, mapped, replicas);
    }
    if (!this.done) {
      this.overall(running, replicas);
      if (running === replicas) this.done = true;
    }
    return running === replicas;
  }

  private overall(running: number, replicas: number): void {
    this.out.row({ id: 'overall progress', action: `${running} out of ${replicas} tasks` });
  }

  private taskRow(task: Task, slot: number, replicas: number): void {
    if (this.done || replicas > MAX_PROGRESS_BARS || slot > replicas) return;
    const id = `${slot}/${replicas}`;
    if (task.status.err) {
      this.out.row({ id, action: truncateError(task.status.err) });
      return;
    }
    if (!terminal(task.desiredState) && !terminal(task.status.state)) {
      this.out.row({ id, action: task.status.state.padEnd(9), current: NUMBERED[task.status.state] ?? 0, total: MAX_PROGRESS });
    }
  }
}

/** truncateError mirrors progress.go truncError: one line, at most 75 bytes with an ellipsis. */
export function truncateError(err: string): string {
  const flat = err.replace(/\n/g, ' ');
  return Buffer.byteLength(flat) > 75 ? `${Buffer.from(flat).subarray(0, 74).toString()}…` : flat;
}

/**
 * waitOnService shows the progress display until the service converges or the user presses
 * Ctrl-C; `label` is the service as the verify line names it (full ID for create, the argument
 * for update and scale). It throws the engine's error if the service disappears meanwhile.
 */
export async function waitOnService(host: DockerHost, serviceId: string, label: string, quiet: boolean): Promise<void> {
  const io = host.io;
  const out = new ProgressStream(quiet ? () => undefined : io.stdout, io.isTTY, () => io.size().columns);
  const progress = new ReplicatedProgress(out);
  let convergedAt: number | undefined;
  let converged = false;
  for (;;) {
    const now = host.cluster.now();
    if (converged && convergedAt !== undefined && now - convergedAt >= DEFAULT_MONITOR_MS) {
      out.row({ id: 'verify', action: `Service ${label} converged` });
      return;
    }
    const state = host.cluster.state();
    const service = state.services[serviceId];
    if (!service) throw new Error(`service ${serviceId} not found`);
    const tasks = Object.values(state.tasks).filter((t) => t.serviceId === serviceId && isUpToDate(service, t));
    converged = progress.update(state, service, tasks);
    if (converged) {
      convergedAt ??= now;
      const wait = DEFAULT_MONITOR_MS - (now - convergedAt);
      if (wait >= 0) out.row({ id: 'verify', action: `Waiting ${Math.trunc(wait / 1000) + 1} seconds to verify that tasks are stable...` });
    } else {
      if (convergedAt !== undefined) out.row({ id: 'verify', action: 'Detected task failure' });
      convergedAt = undefined;
    }
    if (!(await io.sleep(POLL_MS))) {
      if (!converged) {
        out.message('Operation continuing in background.');
        out.message(`Use \`docker service ps ${label}\` to check progress.`);
      }
      return;
    }
  }
}
