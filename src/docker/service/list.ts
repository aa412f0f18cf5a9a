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

/**
 * serviceStatuses counts each service's running tasks (any desired state) and its desired count,
 * as ListServiceStatuses does, in one pass over the tasks rather than one per service.
 */
export function serviceStatuses(state: Readonly<ClusterState>, services: readonly Service[]): ServiceRow[] {
  const counts = new Map<string, { running: number; wanted: number }>(services.map((s) => [s.id, { running: 0, wanted: 0 }]));
  for (const t of Object.values(state.tasks)) {
    const c = counts.get(t.serviceId);
    if (!c) continue;
    if (t.status.state === 'running') c.running++;
    if (t.desiredState === 'running') c.wanted++;
  }
  return services.map((service) => {
    const c = counts.get(service.id) ?? { running: 0, wanted: 0 };
    return { service, running: c.running, desired: service.spec.mode.kind === 'replicated' ? service.spec.mode.replicas : c.wanted };
  });
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
    host.io.stdout(formatServices(serviceStatuses(state, services), format));
    return 0;
  },
};
