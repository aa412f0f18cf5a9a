// `docker service rollback [OPTIONS] SERVICE` (docker/cli v28.2.2 cli/command/service/rollback.go
// runRollback): inspect the service, ask the manager to go back to its previous spec
// (ServiceUpdate with Rollback "previous": swarmkit swaps Spec and PreviousSpec and starts a
// rollback, "manually requested rollback"), print the argument, then the progress display.
import { findService } from '../../cluster/index.js';
import { exactArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { detachFlag } from './service-flags.js';
import { waitOnService } from './wait-on-service.js';

/** serviceRollback is `docker service rollback`. */
export const serviceRollback: DockerCommand = {
  name: 'rollback',
  use: 'rollback [OPTIONS] SERVICE',
  short: "Revert changes to a service's configuration",
  args: exactArgs(1),
  annotations: { version: '1.31' },
  flags: [
    { kind: 'bool', name: 'quiet', shorthand: 'q', usage: 'Suppress progress output' },
    detachFlag,
  ],
  run: async ({ req, host }) => {
    const ref = req.args[0] as string;
    const state = host.cluster.state();
    requireManager(state, host.hostname);
    const service = findService(state, ref);
    host.cluster.execute({ type: 'RollbackService', serviceId: service.id });
    host.io.stdout(`${ref}\n`);
    if (!req.flags.bool('detach')) await waitOnService(host, service.id, ref, req.flags.bool('quiet'));
    return 0;
  },
};
