// The live progress display of `docker service create/update/scale` without --detach
// (docker/cli v28.2.2 cli/command/service/helpers.go WaitOnService and progress/progress.go
// ServiceProgress): poll every 200 ms, draw the rows of the service's up-to-date tasks, then count
// the monitor period down on a `verify` row once every task runs. A rollback shows its reason on
// a `rollback` row and `rolling back update:` in the overall row. Ctrl-C before convergence
// prints two plain lines; during the countdown it just stops (exit 0 either way).

import { isTaskDirty, type Service } from '../../cluster/index.js';
import { CliError } from '../command.js';
import { DaemonError } from '../daemon.js';
import type { DockerHost } from '../host.js';
import { GlobalProgress, ReplicatedProgress, type ProgressUpdater } from './progress-updaters.js';
import { ProgressStream } from './progress-stream.js';

const POLL_MS = 200;
const DEFAULT_MONITOR_MS = 5_000;

function monitorOf(service: Service, previous: number): number {
  const monitor = service.spec.updateConfig?.monitorMs ?? 0;
  return monitor !== 0 ? monitor : previous;
}

/**
 * waitOnService shows the progress display until the service converges or the user presses
 * Ctrl-C; `label` names the service as the CLI was given it (the full ID for create, the argument
 * for update and scale). It throws the engine's error if the service disappears meanwhile, and
 * docker's `service update paused: …` if the updater pauses.
 */
export async function waitOnService(host: DockerHost, serviceId: string, label: string, quiet: boolean): Promise<void> {
  const io = host.io;
  const out = new ProgressStream(quiet ? () => undefined : io.stdout, io.isTTY, () => io.size().columns);
  let updater: ProgressUpdater | undefined;
  let monitor = DEFAULT_MONITOR_MS;
  let converged = false;
  let convergedAt: number | undefined;
  let rollback = false;
  let message: string | undefined;
  for (;;) {
    const state = host.cluster.state();
    const now = host.cluster.now();
    const service = state.services[serviceId];
    if (!service) throw new DaemonError(`service ${label} not found`);
    monitor = monitorOf(service, monitor);
    updater ??= service.spec.mode.kind === 'global' ? new GlobalProgress(out) : new ReplicatedProgress(out);
    const status = service.updateStatus;
    switch (status?.state) {
      case 'updating':
        rollback = false;
        break;
      case 'completed':
        if (!converged) return;
        break;
      case 'paused':
        throw new CliError(`service update paused: ${status.message}`);
      case 'rollback_started':
        if (!rollback && status.message !== '') out.row({ id: 'rollback', action: status.message });
        rollback = true;
        break;
      case 'rollback_paused':
        throw new CliError(`service rollback paused: ${status.message}`);
      case 'rollback_completed':
        if (!converged) message = status.message;
        rollback = true;
        break;
    }
    if (converged && convergedAt !== undefined && now - convergedAt >= monitor) {
      out.row({ id: 'verify', action: `Service ${label} converged` });
      if (message !== undefined) out.status('rollback', message);
      return;
    }
    const tasks = Object.values(state.tasks).filter((t) => t.serviceId === serviceId && !isTaskDirty(service, t, state));
    converged = updater.update(state, service, tasks, rollback);
    if (converged) {
      convergedAt ??= now;
      // Go measures time.Since(convergedAt) a moment after convergence, so a full monitor reads 5, not 6.
      const wait = monitor - (now - convergedAt);
      if (wait >= 0) out.row({ id: 'verify', action: `Waiting ${Math.max(1, Math.ceil(wait / 1000))} seconds to verify that tasks are stable...` });
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
