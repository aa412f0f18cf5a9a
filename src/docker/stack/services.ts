// `docker stack services STACK` (docker/cli v28.2.2 cli/command/stack/services.go,
// swarm/services.go): the stack's services as `service ls` prints them; none is not an error.

import { exactArgs, filterFlag, formatFlag, quietFlag, type Filters } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { applyFilters, labelMatches } from '../filters.js';
import { naturalCompare } from '../format/index.js';
import { formatServices, serviceListFormat } from '../service/formatter.js';
import { serviceStatuses } from '../service/list.js';
import { validateStackName } from './deploy-input.js';
import { stackServices } from './stack-objects.js';

const matchers = {
  id: (s: { id: string }, v: string) => s.id.startsWith(v),
  name: (s: { spec: { name: string } }, v: string) => s.spec.name.startsWith(v),
  mode: (s: { spec: { mode: { kind: string } } }, v: string) => s.spec.mode.kind === v,
  label: (s: { spec: { labels: Record<string, string> } }, v: string) => labelMatches(s.spec.labels, v),
};

/** stackServicesCommand is `docker stack services`. */
export const stackServicesCommand: DockerCommand = {
  name: 'services',
  use: 'services [OPTIONS] STACK',
  short: 'List the services in the stack',
  args: exactArgs(1),
  flags: [quietFlag(), formatFlag(), filterFlag()],
  run: ({ req, host }) => {
    const stack = req.args[0] ?? '';
    validateStackName(stack);
    const state = host.cluster.state();
    requireManager(state, host.hostname);
    const services = applyFilters(stackServices(state, stack), req.flags.custom<Filters>('filter'), matchers)
      .sort((a, b) => naturalCompare(a.spec.name, b.spec.name));
    if (services.length === 0) {
      host.io.stderr(`Nothing found in stack: ${stack}\n`);
      return 0;
    }
    const format = serviceListFormat(req.flags.string('format'), req.flags.bool('quiet'));
    host.io.stdout(formatServices(serviceStatuses(state, services), format));
    return 0;
  },
};
