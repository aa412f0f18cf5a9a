// The system verbs swarmlab implements: `docker info` (also `docker system info`) and `docker version`.

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { systemInfo } from './info.js';
import { systemVersion } from './version.js';

/** SYSTEM_COMMANDS places the system verbs on the tree. */
export const SYSTEM_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: [], spec: systemInfo },
  { parent: ['system'], spec: systemInfo },
  { parent: [], spec: systemVersion },
];
