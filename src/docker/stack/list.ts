// `docker stack ls` (docker/cli v28.2.2 cli/command/stack/list.go, formatter/formatter.go):
// every stack that has services, NAME and SERVICES, sorted naturally by name.

import { formatFlag, noArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { naturalCompare } from '../format/index.js';
import { renderFormat } from '../format/go-template/index.js';
import { stackNames } from './stack-objects.js';

/** stackList is `docker stack ls`. */
export const stackList: DockerCommand = {
  name: 'ls',
  use: 'ls [OPTIONS]',
  short: 'List stacks',
  aliases: ['list'],
  args: noArgs,
  flags: [formatFlag()],
  run: ({ req, host }) => {
    const state = host.cluster.state();
    requireManager(state, host.hostname);
    const given = req.flags.string('format');
    const format = given === '' || given === 'table' ? 'table {{.Name}}\t{{.Services}}' : given;
    const rows = [...stackNames(state)].sort(([a], [b]) => naturalCompare(a, b)).map(([Name, n]) => ({ Name, Services: String(n) }));
    const out = renderFormat(format, rows, { headers: { Name: 'NAME', Services: 'SERVICES' }, typeName: '*formatter.stackContext' });
    if (typeof out !== 'string') throw new CliError(out.message);
    host.io.stdout(out);
    return 0;
  },
};
