// `docker config inspect` (docker/cli v28.2.2 cli/command/config/inspect.go): shows the data, base64-encoded.

import { inspectFormatFlag, minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { runDataInspect } from '../data-object/commands.js';

/** configInspect is `docker config inspect`. */
export const configInspect: DockerCommand = {
  name: 'inspect',
  use: 'inspect [OPTIONS] CONFIG [CONFIG...]',
  short: 'Display detailed information on one or more configs',
  args: minArgs(1),
  flags: [inspectFormatFlag(), { kind: 'bool', name: 'pretty', usage: 'Print the information in a human friendly format' }],
  run: (ctx) => runDataInspect(ctx, 'config'),
};
