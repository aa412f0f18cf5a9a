// Every implemented docker verb, listed in one place and placed on docker's full command tree
// (the rest of the tree stays as help-only stubs). Shortcuts are registered under both parents,
// as docker serves them (`docker exec` and `docker container exec`).

import { dockerRoot, withCommands, type CommandRegistration } from './cli/index.js';
import type { DockerCommand, DockerRun } from './command.js';
import { CONFIG_COMMANDS } from './config/index.js';
import { CONTAINER_COMMANDS } from './container/index.js';
import { IMAGE_COMMANDS } from './image/index.js';
import { NETWORK_COMMANDS } from './network/index.js';
import { NODE_COMMANDS } from './node/index.js';
import { SECRET_COMMANDS } from './secret/index.js';
import { STACK_COMMANDS } from './stack/index.js';
import { SERVICE_COMMANDS } from './service/index.js';
import { SWARM_COMMANDS } from './swarm/index.js';
import { SYSTEM_COMMANDS } from './system/index.js';

const REGISTRATIONS: CommandRegistration<DockerRun>[] = [...NETWORK_COMMANDS, ...SERVICE_COMMANDS, ...NODE_COMMANDS, ...CONTAINER_COMMANDS, ...SWARM_COMMANDS, ...SYSTEM_COMMANDS, ...SECRET_COMMANDS, ...CONFIG_COMMANDS, ...STACK_COMMANDS, ...IMAGE_COMMANDS];

/** registrations lists every implemented verb with its place on the tree. */
export function registrations(): readonly CommandRegistration<DockerRun>[] {
  return REGISTRATIONS;
}

const roots = new Map<string, DockerCommand>();

/** dockerTree returns the command tree for a user's config directory (cached). */
export function dockerTree(configDir: string): DockerCommand {
  let root = roots.get(configDir);
  if (!root) {
    root = withCommands(dockerRoot<DockerRun>({ configDir }), REGISTRATIONS);
    if (roots.size > 1000) roots.clear();
    roots.set(configDir, root);
  }
  return root;
}
