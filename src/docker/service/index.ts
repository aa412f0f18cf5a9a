// The `docker service` verbs swarmlab implements.

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';

/** SERVICE_COMMANDS places the service verbs on the tree. */
export const SERVICE_COMMANDS: CommandRegistration<DockerRun>[] = [];
