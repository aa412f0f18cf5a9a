// `docker stack ps STACK` (docker/cli v28.2.2 cli/command/stack/ps.go, swarm/ps.go): the tasks
// of the stack's services, printed as `service ps` prints them.

import { exactArgs, type Filters } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { filterTasks } from '../task/filters.js';
import { printOptions, taskListFlags } from '../task/list-flags.js';
import { printTasks } from '../task/print.js';
import { validateStackName } from './deploy-input.js';
import { stackTasks } from './stack-objects.js';

/** stackPs is `docker stack ps`. */
export const stackPs: DockerCommand = {
  name: 'ps',
  use: 'ps [OPTIONS] STACK',
  short: 'List the tasks in the stack',
  args: exactArgs(1),
  flags: taskListFlags(),
  run: ({ req, host }) => {
    const stack = req.args[0] ?? '';
    validateStackName(stack);
    const state = host.cluster.state();
    requireManager(state, host.hostname);
    const tasks = filterTasks(state, host.hostname, stackTasks(state, stack), req.flags.custom<Filters>('filter'));
    if (tasks.length === 0) throw new CliError(`nothing found in stack: ${stack}`);
    host.io.stdout(printTasks(state, host.cluster.now(), tasks, printOptions(req.flags)));
    return 0;
  },
};
