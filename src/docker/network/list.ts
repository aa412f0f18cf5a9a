// `docker network ls` (docker/cli cli/command/network/list.go): the node's networks sorted by
// name, with --quiet, --no-trunc, --format and the daemon's filters.

import { filterOpt, formatFlag, noArgs, noTruncFlag, quietFlag, type Filters } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { applyFilters, labelMatches } from '../filters.js';
import { formatRows } from '../format/simple-template.js';
import { templateFailure } from '../template-failure.js';
import { formatNetworkTable, type NetworkRow } from './formatter.js';
import { networkRow, visibleNetworks, type VisibleNetwork } from './visible.js';

const PREDEFINED = new Set(['bridge', 'host', 'none', 'ingress', 'docker_gwbridge']);

const matchers = {
  driver: (v: VisibleNetwork, value: string) => networkRow(v).driver === value,
  id: (v: VisibleNetwork, value: string) => v.network.id.startsWith(value),
  name: (v: VisibleNetwork, value: string) => v.network.name.includes(value),
  scope: (v: VisibleNetwork, value: string) => networkRow(v).scope === value,
  type: (v: VisibleNetwork, value: string) => (value === 'builtin') === PREDEFINED.has(v.network.name),
  label: (v: VisibleNetwork, value: string) => labelMatches(v.network.labels ?? {}, value),
  dangling: () => false,
};

/** networkList is `docker network ls`. */
export const networkList: DockerCommand = {
  name: 'ls',
  use: 'ls [OPTIONS]',
  short: 'List networks',
  aliases: ['list'],
  args: noArgs,
  flags: [
    quietFlag('Only display network IDs'),
    noTruncFlag('Do not truncate the output'),
    formatFlag(),
    filterOpt({ name: 'filter', shorthand: 'f', usage: 'Provide filter values (e.g. "driver=bridge")' }),
  ],
  run: ({ req, host }) => {
    const networks = applyFilters(visibleNetworks(host.cluster.state(), host.hostname), req.flags.custom<Filters>('filter'), matchers);
    const rows = networks.map(networkRow);
    const quiet = req.flags.bool('quiet');
    const noTrunc = req.flags.bool('no-trunc');
    const format = req.flags.string('format');
    if (format && !quiet) {
      host.io.stdout(formatTemplate(format, rows.map((r) => templateFields(r, noTrunc))));
    } else {
      host.io.stdout(formatNetworkTable(rows, { quiet, noTrunc }));
    }
    return 0;
  },
};

const HEADERS = { ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6', Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED AT' };

/** formatTemplate renders --format; a bad template is Context.Write's error (cli/command/formatter/formatter.go). */
function formatTemplate(format: string, fields: Record<string, unknown>[]): string {
  try {
    return formatRows(format, fields, HEADERS);
  } catch (error) {
    throw templateFailure(error, '*network.networkContext', () => 'template parsing error: ');
  }
}

function templateFields(r: NetworkRow, noTrunc: boolean): Record<string, unknown> {
  return { ID: noTrunc ? r.id : r.id.slice(0, 12), Name: r.name, Driver: r.driver, Scope: r.scope, IPv6: 'false', Internal: 'false', Labels: '' };
}
