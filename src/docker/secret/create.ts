// `docker secret create [OPTIONS] SECRET [file|-]` (docker/cli v28.2.2
// cli/command/secret/create.go): read the file (or piped stdin), send it, print the new ID.

import { rangeArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { runDataCreate } from '../data-object/commands.js';
import { readData } from '../data-object/read-data.js';
import { notSimulated } from '../service/not-simulated.js';
import { labelListFlag } from '../service/opts.js';

/** secretCreate is `docker secret create`. */
export const secretCreate: DockerCommand = {
  name: 'create',
  use: 'create [OPTIONS] SECRET [file|-]',
  short: 'Create a secret from a file or STDIN as content',
  args: rangeArgs(1, 2),
  flags: [
    { kind: 'string', name: 'driver', shorthand: 'd', usage: 'Secret driver', annotations: { version: ['1.31'] } },
    labelListFlag({ name: 'label', shorthand: 'l', usage: 'Secret labels' }),
    { kind: 'string', name: 'template-driver', usage: 'Template driver', annotations: { version: ['1.37'] } },
  ],
  run: (ctx) => {
    const { flags, args } = ctx.req;
    const file = args[1] ?? '';
    if (flags.string('driver') !== '') {
      if (file !== '') throw new CliError('When using secret driver secret data must be empty');
      throw notSimulated('--driver');
    }
    if (flags.string('template-driver') !== '') throw notSimulated('--template-driver');
    const data = readData(ctx.host, 'secret', file);
    if (!data.ok) throw new CliError(data.error);
    return runDataCreate(ctx, 'secret', data.text);
  },
};
