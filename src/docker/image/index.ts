// The image verbs swarmlab implements (`docker image ls` and its `docker images` spelling).

import type { CommandRegistration } from '../cli/index.js';
import type { DockerRun } from '../command.js';
import { imageList, images } from './list.js';

/** IMAGE_COMMANDS places the image verbs on the tree. */
export const IMAGE_COMMANDS: CommandRegistration<DockerRun>[] = [
  { parent: [], spec: images },
  { parent: ['image'], spec: imageList },
];
