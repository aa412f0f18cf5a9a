// The container verbs swarmlab implements (`docker ps`, `docker exec` and their
// `docker container ...` spellings).

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';

/** CONTAINER_COMMANDS places the container verbs on the tree. */
export const CONTAINER_COMMANDS: CommandRegistration<DockerRun>[] = [];
