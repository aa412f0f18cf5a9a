// The `docker stack` verbs swarmlab implements (`stack config` stays a help-only stub).

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { stackDeploy } from './deploy.js';
import { stackList } from './list.js';
import { stackPs } from './ps.js';
import { stackRemove } from './remove.js';
import { stackServicesCommand } from './services.js';

/** STACK_COMMANDS places the stack verbs on the tree. */
export const STACK_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: ['stack'], spec: stackDeploy },
  { parent: ['stack'], spec: stackList },
  { parent: ['stack'], spec: stackPs },
  { parent: ['stack'], spec: stackRemove },
  { parent: ['stack'], spec: stackServicesCommand },
];
