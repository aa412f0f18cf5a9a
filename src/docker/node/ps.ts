// `docker node ps [OPTIONS] [NODE...]` (docker/cli v28.2.2 cli/command/node/ps.go): the tasks
// assigned to each node (default `self`), printed as one task table; failed lookups are joined on
// stderr after it, and the table is left out when every lookup failed and no task was found.
import { findNode, nodeOfHost, type ClusterState, type Task } from '../../cluster/index.js';
import { minArgs, type Filters } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { daemonText, requireManager } from '../daemon.js';
import { filterTasks } from '../task/filters.js';
import { printOptions, taskListFlags } from '../task/list-flags.js';
import { printTasks } from '../task/print.js';

function nodeTasks(state: Readonly<ClusterState>, hostname: string, ref: string, filters: Filters): Task[] {
  // node.Reference resolves `self` through /info; the inspect that follows needs a manager.
  const self = ref === 'self' ? nodeOfHost(state as ClusterState, hostname) : undefined;
  requireManager(state, hostname);
  const node = self ?? findNode(state as ClusterState, ref);
  const withNode = new Map(filters);
  withNode.set('node', [...(filters.get('node') ?? []), node.id]);
  return filterTasks(state, hostname, Object.values(state.tasks), withNode);
}

/** nodePs is `docker node ps`. */
export const nodePs: DockerCommand = {
  name: 'ps',
  use: 'ps [OPTIONS] [NODE...]',
  short: 'List tasks running on one or more nodes, defaults to current node',
  args: minArgs(0),
  flags: taskListFlags(),
  run: ({ req, host }) => {
    const state = host.cluster.state();
    const refs = req.args.length > 0 ? req.args : ['self'];
    const errors: string[] = [];
    const tasks: Task[] = [];
    for (const ref of refs) {
      try {
        tasks.push(...nodeTasks(state, host.hostname, ref, req.flags.custom<Filters>('filter')));
      } catch (error) {
        if (!(error instanceof Error) || !['DaemonError', 'ClusterError'].includes(error.name)) throw error;
        errors.push(daemonText(error));
      }
    }
    if (errors.length === 0 || tasks.length > 0) host.io.stdout(printTasks(state, host.cluster.now(), tasks, printOptions(req.flags)));
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};
