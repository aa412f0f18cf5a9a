// `docker secret inspect` (docker/cli v28.2.2 cli/command/secret/inspect.go): never shows the data.

import { inspectFormatFlag, minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { runDataInspect } from '../data-object/commands.js';

/** secretInspect is `docker secret inspect`. */
export const secretInspect: DockerCommand = {
  name: 'inspect',
  use: 'inspect [OPTIONS] SECRET [SECRET...]',
  short: 'Display detailed information on one or more secrets',
  args: minArgs(1),
  flags: [inspectFormatFlag(), { kind: 'bool', name: 'pretty', usage: 'Print the information in a human friendly format' }],
  run: (ctx) => runDataInspect(ctx, 'secret'),
};
