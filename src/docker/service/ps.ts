// `docker service ps [OPTIONS] SERVICE [SERVICE...]` (docker/cli v28.2.2 cli/command/service/ps.go):
// each argument matches a service by full ID, then exact name, then unique ID prefix; the tasks of
// the matched services are printed as one table, then `no such service: X` lines on stderr (exit 1).
import type { ClusterState } from '../../cluster/index.js';
import { minArgs, type Filters } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { filterTasks } from '../task/filters.js';
import { printOptions, taskListFlags } from '../task/list-flags.js';
import { printTasks } from '../task/print.js';

/** matchServices is createFilter: the IDs of the services named by args, and the misses. */
export function matchServices(state: Readonly<ClusterState>, refs: readonly string[]): { ids: string[]; notFound: string[] } {
  const services = Object.values(state.services);
  const ids: string[] = [];
  const notFound: string[] = [];
  for (const ref of refs) {
    const exact = services.find((s) => s.id === ref) ?? services.find((s) => s.spec.name === ref);
    if (exact) {
      ids.push(exact.id);
      continue;
    }
    const byPrefix = services.filter((s) => s.id.startsWith(ref));
    if (byPrefix.length > 1) throw new CliError(`multiple services found with provided prefix: ${ref}`);
    if (byPrefix[0]) ids.push(byPrefix[0].id);
    else notFound.push(`no such service: ${ref}`);
  }
  if (ids.length === 0) throw new CliError(notFound.join('\n'));
  return { ids, notFound };
}

/** servicePs is `docker service ps`. */
export const servicePs: DockerCommand = {
  name: 'ps',
  use: 'ps [OPTIONS] SERVICE [SERVICE...]',
  short: 'List the tasks of one or more services',
  args: minArgs(1),
  flags: taskListFlags(),
  run: ({ req, host }) => {
    const state = host.cluster.state();
    requireManager(state, host.hostname);
    const { ids, notFound } = matchServices(state, req.args);
    const filters = new Map(req.flags.custom<Filters>('filter'));
    filters.set('service', [...(filters.get('service') ?? []), ...ids]);
    const tasks = filterTasks(state, host.hostname, Object.values(state.tasks), filters);
    host.io.stdout(printTasks(state, host.cluster.now(), tasks, printOptions(req.flags)));
    if (notFound.length > 0) throw new CliError(notFound.join('\n'));
    return 0;
  },
};
