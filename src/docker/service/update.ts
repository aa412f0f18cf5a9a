// `docker service update [OPTIONS] SERVICE` (docker/cli v28.2.2 cli/command/service/update.go
// runUpdate): inspect the service, apply the flags, let the client tag the image (and ask the
// registry for it when --image changed), update, then print the argument and the progress display.
// Tasks whose spec changed are replaced by the cluster's rolling updater, one slot at a time.
import { findService } from '../../cluster/index.js';
import { exactArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { checkServiceSpec } from './daemon-checks.js';
import { digestWarning, registryDigest, withDefaultTag } from '../image-ref.js';
import { rejectUnsimulated } from './not-simulated.js';
import { applyUpdateFlags } from './update-spec.js';
import { SIMULATED_UPDATE_FLAGS, updateFlags } from './update-flags.js';
import { waitOnService } from './wait-on-service.js';

/** serviceUpdate is `docker service update`. */
export const serviceUpdate: DockerCommand = {
  name: 'update',
  use: 'update [OPTIONS] SERVICE',
  short: 'Update a service',
  args: exactArgs(1),
  flags: updateFlags(),
  run: async ({ req, host }) => {
    const { flags } = req;
    const ref = req.args[0] as string;
    rejectUnsimulated(flags, SIMULATED_UPDATE_FLAGS);
    const state = host.cluster.state();
    requireManager(state, host.hostname);
    const service = findService(state, ref);
    if (flags.bool('rollback')) {
      // Rollback can't be combined with other flags; a v28 client asks the manager to roll back.
      if (flags.changedNames().some((n) => !['rollback', 'detach', 'quiet'].includes(n))) throw new CliError('other flags may not be combined with --rollback');
      host.cluster.execute({ type: 'RollbackService', serviceId: service.id });
      host.io.stdout(`${ref}\n`);
      if (!flags.bool('detach')) await waitOnService(host, service.id, ref, flags.bool('quiet'));
      return 0;
    }
    const spec = applyUpdateFlags(state, host.hostname, flags, service.spec);
    spec.image = withDefaultTag(spec.image);
    const warning = flags.changed('image') && registryDigest(spec.image) === undefined ? digestWarning(spec.image) : '';
    host.cluster.execute({ type: 'UpdateService', serviceId: service.id, spec: checkServiceSpec(spec) });
    if (warning) host.io.stderr(`${warning}\n`);
    host.io.stdout(`${ref}\n`);
    if (!flags.bool('detach')) await waitOnService(host, service.id, ref, flags.bool('quiet'));
    return 0;
  },
};
