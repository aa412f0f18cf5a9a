// `docker service ls` (docker/cli v28.2.2 cli/command/service/list.go): the manager's services
// with the daemon's filters (moby daemon/cluster/services.go GetServices: name and ID prefixes,
// labels, mode) and statuses (swarmkit controlapi ListServiceStatuses), sorted by name naturally.
import type { ClusterState, Service } from '../../cluster/index.js';
import { filterFlag, formatFlag, noArgs, quietFlag, type Filters } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { applyFilters, labelMatches } from '../filters.js';
import { naturalCompare } from '../format/index.js';
import { formatServices, serviceListFormat, type ServiceRow } from './formatter.js';

const matchers = {
  id: (s: Service, v: string) => s.id.startsWith(v),
  name: (s: Service, v: string) => s.spec.name.startsWith(v),
  mode: (s: Service, v: string) => s.spec.mode.kind === v,
  runtime: (_s: Service, v: string) => v === 'container',
};

/** serviceStatus counts running tasks (any desired state) and the desired count, as ListServiceStatuses does. */
export function serviceStatus(state: Readonly<ClusterState>, service: Service): ServiceRow {
  const tasks = Object.values(state.tasks).filter((t) => t.serviceId === service.id);
  const running = tasks.filter((t) => t.status.state === 'running').length;
  const desired = service.spec.mode.kind === 'replicated' ? service.spec.mode.replicas : tasks.filter((t) => t.desiredState === 'running').length;
  return { service, running, desired };
}

function filtered(services: Service[], filters: Filters): Service[] {
  // swarmkit requires every label filter to match; the other keys match any of their values.
  const labels = filters.get('label') ?? [];
  return applyFilters(services, filters, { ...matchers, label: () => true }).filter((s) => labels.every((l) => labelMatches(s.spec.labels, l)));
}

/** serviceList is `docker service ls`. */
export const serviceList: DockerCommand = {
  name: 'ls',
  use: 'ls [OPTIONS]',
  short: 'List services',
  aliases: ['list'],
  args: noArgs,
  flags: [quietFlag(), formatFlag(), filterFlag()],
  run: ({ req, host }) => {
    const state = host.cluster.state();
    requireManager(state, host.hostname);
    const services = filtered(Object.values(state.services), req.flags.custom<Filters>('filter'))
      .sort((a, b) => naturalCompare(a.spec.name, b.spec.name));
    const format = serviceListFormat(req.flags.string('format'), req.flags.bool('quiet'));
    host.io.stdout(formatServices(services.map((s) => serviceStatus(state, s)), format));
    return 0;
  },
};
