// The `docker network` verbs swarmlab implements.

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { networkList } from './list.js';

/** NETWORK_COMMANDS places the network verbs on the tree. */
export const NETWORK_COMMANDS: CommandRegistration<DockerRun>[] = [{ parent: ['network'], spec: networkList }];
