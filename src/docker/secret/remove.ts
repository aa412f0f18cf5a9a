// `docker secret rm` (docker/cli v28.2.2 cli/command/secret/remove.go); swarmkit refuses a
// secret a service still uses (controlapi/secret.go RemoveSecret).

import { minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { runDataRemove } from '../data-object/commands.js';

/** secretRemove is `docker secret rm`. */
export const secretRemove: DockerCommand = {
  name: 'rm',
  use: 'rm SECRET [SECRET...]',
  short: 'Remove one or more secrets',
  aliases: ['remove'],
  args: minArgs(1),
  run: (ctx) => runDataRemove(ctx, 'secret'),
};
