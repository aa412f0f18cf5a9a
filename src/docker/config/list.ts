// `docker config ls` (docker/cli v28.2.2 cli/command/config/ls.go).

import { filterFlag, formatFlag, noArgs, quietFlag } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { runDataList } from '../data-object/commands.js';

/** configList is `docker config ls`. */
export const configList: DockerCommand = {
  name: 'ls',
  use: 'ls [OPTIONS]',
  short: 'List configs',
  aliases: ['list'],
  args: noArgs,
  flags: [quietFlag(), formatFlag(), filterFlag()],
  run: (ctx) => runDataList(ctx, 'config'),
};
