// The `docker secret` verbs swarmlab implements.

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { secretCreate } from './create.js';
import { secretInspect } from './inspect.js';
import { secretList } from './list.js';
import { secretRemove } from './remove.js';

/** SECRET_COMMANDS places the secret verbs on the tree. */
export const SECRET_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: ['secret'], spec: secretCreate },
  { parent: ['secret'], spec: secretInspect },
  { parent: ['secret'], spec: secretList },
  { parent: ['secret'], spec: secretRemove },
];
