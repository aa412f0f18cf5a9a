// The `docker node` verbs swarmlab implements.

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { nodeInspect } from './inspect.js';
import { nodeList } from './list.js';
import { nodeDemote, nodePromote } from './promote.js';
import { nodePs } from './ps.js';
import { nodeRemove } from './remove.js';
import { nodeUpdate } from './update.js';

/** NODE_COMMANDS places the node verbs on the tree. */
export const NODE_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: ['node'], spec: nodeInspect },
  { parent: ['node'], spec: nodeList },
  { parent: ['node'], spec: nodePs },
  { parent: ['node'], spec: nodeDemote },
  { parent: ['node'], spec: nodePromote },
  { parent: ['node'], spec: nodeRemove },
  { parent: ['node'], spec: nodeUpdate },
];
