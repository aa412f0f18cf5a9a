// The `docker node` verbs swarmlab implements.

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';

/** NODE_COMMANDS places the node verbs on the tree. */
export const NODE_COMMANDS: CommandRegistration<DockerRun>[] = [];
