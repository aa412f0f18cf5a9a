// `docker config create [OPTIONS] CONFIG file|-` (docker/cli v28.2.2
// cli/command/config/create.go): read the file (or piped stdin), send it, print the new ID.

import { exactArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { runDataCreate } from '../data-object/commands.js';
import { readData } from '../data-object/read-data.js';
import { notSimulated } from '../service/not-simulated.js';
import { labelListFlag } from '../service/opts.js';

/** configCreate is `docker config create`. */
export const configCreate: DockerCommand = {
  name: 'create',
  use: 'create [OPTIONS] CONFIG file|-',
  short: 'Create a config from a file or STDIN',
  args: exactArgs(2),
  flags: [
    labelListFlag({ name: 'label', shorthand: 'l', usage: 'Config labels' }),
    { kind: 'string', name: 'template-driver', usage: 'Template driver', annotations: { version: ['1.37'] } },
  ],
  run: (ctx) => {
    const file = ctx.req.args[1] ?? '';
    const data = readData(ctx.host, 'config', file);
    if (!data.ok) throw new CliError(`Error reading content from ${JSON.stringify(file)}: ${data.error}`);
    if (ctx.req.flags.string('template-driver') !== '') throw notSimulated('--template-driver');
    return runDataCreate(ctx, 'config', data.text);
  },
};
