// `docker config rm` (docker/cli v28.2.2 cli/command/config/remove.go); swarmkit refuses a
// config a service still uses (controlapi/config.go RemoveConfig).

import { minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { runDataRemove } from '../data-object/commands.js';

/** configRemove is `docker config rm`. */
export const configRemove: DockerCommand = {
  name: 'rm',
  use: 'rm CONFIG [CONFIG...]',
  short: 'Remove one or more configs',
  aliases: ['remove'],
  args: minArgs(1),
  run: (ctx) => runDataRemove(ctx, 'config'),
};
