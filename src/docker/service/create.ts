// `docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]` (docker/cli v28.2.2
// cli/command/service/create.go runCreate): build the spec, let the client tag and pin the image,
// create the service, print the registry warning (stderr) and the full ID, then the progress
// display unless --detach.
import { minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { createFlags, SIMULATED_CREATE_FLAGS } from './create-flags.js';
import { createSpec } from './create-spec.js';
import { checkServiceSpec } from './daemon-checks.js';
import { digestWarning, registryDigest, withDefaultTag } from '../image-ref.js';
import { rejectUnsimulated } from './not-simulated.js';
import { waitOnService } from './wait-on-service.js';

/** serviceCreate is `docker service create`. */
export const serviceCreate: DockerCommand = {
  name: 'create',
  use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new service',
  args: minArgs(1),
  interspersed: false,
  flags: createFlags(),
  run: async ({ req, host }) => {
    const { flags, args } = req;
    rejectUnsimulated(flags, SIMULATED_CREATE_FLAGS);
    const state = host.cluster.state();
    const image = withDefaultTag(args[0] as string);
    const requested = createSpec(state, host.hostname, flags, image, args.slice(1));
    const warning = registryDigest(image) === undefined ? digestWarning(image) : '';
    requireManager(state, host.hostname);
    const spec = checkServiceSpec(requested);
    const events = host.cluster.execute({ type: 'CreateService', spec });
    const created = events.find((e) => e.type === 'ServiceCreated');
    const id = created?.type === 'ServiceCreated' ? created.data.service.id : '';
    if (warning) host.io.stderr(`${warning}\n`);
    host.io.stdout(`${id}\n`);
    if (!flags.bool('detach')) await waitOnService(host, id, id, flags.bool('quiet'));
    return 0;
  },
};
