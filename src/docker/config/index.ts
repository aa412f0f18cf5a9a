// The `docker config` verbs swarmlab implements.

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { configCreate } from './create.js';
import { configInspect } from './inspect.js';
import { configList } from './list.js';
import { configRemove } from './remove.js';

/** CONFIG_COMMANDS places the config verbs on the tree. */
export const CONFIG_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: ['config'], spec: configCreate },
  { parent: ['config'], spec: configInspect },
  { parent: ['config'], spec: configList },
  { parent: ['config'], spec: configRemove },
];
