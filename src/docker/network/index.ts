// The `docker network` verbs swarmlab implements.

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { networkCreate } from './create.js';
import { networkInspect } from './inspect.js';
import { networkList } from './list.js';
import { networkRemove } from './remove.js';

/** NETWORK_COMMANDS places the network verbs on the tree. */
export const NETWORK_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: ['network'], spec: networkCreate },
  { parent: ['network'], spec: networkInspect },
  { parent: ['network'], spec: networkList },
  { parent: ['network'], spec: networkRemove },
];
