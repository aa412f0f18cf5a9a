// The container verbs swarmlab implements (`docker ps`, `docker exec` and their
// `docker container ...` spellings).

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { containerExec } from './exec.js';
import { containerList, containerPs } from './list.js';

/** CONTAINER_COMMANDS places the container verbs on the tree. */
export const CONTAINER_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: [], spec: containerExec },
  { parent: [], spec: containerPs },
  { parent: ['container'], spec: containerExec },
  { parent: ['container'], spec: containerList },
];
