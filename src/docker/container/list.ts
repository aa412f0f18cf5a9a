// `docker ps` and `docker container ls|list|ps` (docker/cli v28.2.2 cli/command/container/list.go):
// only the containers of the node the CLI talks to, newest first (moby daemon/list.go walks its
// containers by creation time, newest first); stopped ones with -a, -n or -l.

import { containersOnHost, findContainerOnHost, type ClusterState } from '../../cluster/index.js';
import { filterFlag, formatFlag, noArgs, noTruncFlag, quietFlag, type Filters, type FlagSpec } from '../cli/index.js';
import type { DockerCommand, DockerRun } from '../command.js';
import { DaemonError } from '../daemon.js';
import { checkPsFormat } from './format-check.js';
import { formatContainers } from './formatter.js';
import { psFilters } from './ps-filters.js';
import { containerSummary, type ContainerSummary } from './summary.js';

const FLAGS: FlagSpec[] = [
  quietFlag('Only display container IDs'),
  { kind: 'bool', name: 'size', shorthand: 's', usage: 'Display total file sizes' },
  { kind: 'bool', name: 'all', shorthand: 'a', usage: 'Show all containers (default shows just running)' },
  noTruncFlag("Don't truncate output"),
  { kind: 'bool', name: 'latest', shorthand: 'l', usage: 'Show the latest created container (includes all states)' },
  { kind: 'int', name: 'last', shorthand: 'n', default: -1, usage: 'Show n last created containers (includes all states)' },
  formatFlag(),
  filterFlag(),
];

const run: DockerRun = ({ req, host }) => {
  const { flags } = req;
  const state = host.cluster.state() as ClusterState;
  const now = host.cluster.now();
  const quiet = flags.bool('quiet');
  const format = flags.string('format');
  if (format !== '' && quiet) host.io.stderr('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
  // The template is checked (and .Size detected) before the daemon sees the filters.
  const usesSize = format !== '' && checkPsFormat(format).usesSize;
  const limit = flags.bool('latest') && flags.number('last') === -1 ? 1 : flags.number('last');
  const filter = psFilters(flags.custom<Filters>('filter'));
  const all = flags.bool('all') || filter.all || limit > 0;
  const byRef = (ref: string): ContainerSummary => {
    const task = findContainerOnHost(state, host.hostname, ref);
    if (!task) throw new DaemonError(`No such container: ${ref}`);
    return containerSummary(state, task, now);
  };
  const containers = containersOnHost(state, host.hostname)
    .map((t) => containerSummary(state, t, now))
    .sort((a, b) => b.createdMs - a.createdMs)
    .filter((c) => (all || c.state === 'running') && filter.test(c, byRef));
  const shown = limit > 0 ? containers.slice(0, limit) : containers;
  // The CLI asks for sizes when -s is given or, unless --size=false, when the template uses .Size.
  const size = flags.bool('size') || (!quiet && !flags.changed('size') && usesSize);
  host.io.stdout(formatContainers(shown, { format, quiet, noTrunc: flags.bool('no-trunc'), size, now }));
  return 0;
};

/** containerPs is `docker ps`. */
export const containerPs: DockerCommand = {
  name: 'ps',
  use: 'ps [OPTIONS]',
  short: 'List containers',
  args: noArgs,
  annotations: { 'category-top': '3', aliases: 'docker container ls, docker container list, docker container ps, docker ps' },
  flags: FLAGS,
  run,
};

/** containerList is `docker container ls` (also `list` and `ps`). */
export const containerList: DockerCommand = { ...containerPs, name: 'ls', use: 'ls [OPTIONS]', aliases: ['ps', 'list'] };
