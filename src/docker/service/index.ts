// The `docker service` verbs swarmlab implements.

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { serviceCreate } from './create.js';
import { serviceInspect } from './inspect.js';
import { serviceList } from './list.js';
import { serviceLogs } from './logs.js';
import { servicePs } from './ps.js';
import { serviceRemove } from './remove.js';
import { serviceRollback } from './rollback.js';
import { serviceScale } from './scale.js';
import { serviceUpdate } from './update.js';

/** SERVICE_COMMANDS places the service verbs on the tree. */
export const SERVICE_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: ['service'], spec: serviceCreate },
  { parent: ['service'], spec: serviceInspect },
  { parent: ['service'], spec: serviceList },
  { parent: ['service'], spec: serviceLogs },
  { parent: ['service'], spec: servicePs },
  { parent: ['service'], spec: serviceRemove },
  { parent: ['service'], spec: serviceRollback },
  { parent: ['service'], spec: serviceScale },
  { parent: ['service'], spec: serviceUpdate },
];
