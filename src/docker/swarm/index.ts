// The `docker swarm` verbs swarmlab implements (unlock stays a help-only stub: managers never
// restart locked here).

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { swarmCa } from './ca.js';
import { swarmInit } from './init.js';
import { swarmJoinToken } from './join-token.js';
import { swarmJoin } from './join.js';
import { swarmLeave } from './leave.js';
import { swarmUnlockKey } from './unlock-key.js';
import { swarmUpdate } from './update.js';

/** SWARM_COMMANDS places the swarm verbs on the tree. */
export const SWARM_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: ['swarm'], spec: swarmInit },
  { parent: ['swarm'], spec: swarmJoin },
  { parent: ['swarm'], spec: swarmJoinToken },
  { parent: ['swarm'], spec: swarmUnlockKey },
  { parent: ['swarm'], spec: swarmUpdate },
  { parent: ['swarm'], spec: swarmLeave },
  { parent: ['swarm'], spec: swarmCa },
];
