// `docker secret ls` (docker/cli v28.2.2 cli/command/secret/ls.go).

import { filterFlag, formatFlag, noArgs, quietFlag } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { runDataList } from '../data-object/commands.js';

/** secretList is `docker secret ls`. */
export const secretList: DockerCommand = {
  name: 'ls',
  use: 'ls [OPTIONS]',
  short: 'List secrets',
  aliases: ['list'],
  args: noArgs,
  flags: [quietFlag(), formatFlag(), filterFlag()],
  run: (ctx) => runDataList(ctx, 'secret'),
};
