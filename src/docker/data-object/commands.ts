// The run functions `docker secret` and `docker config` share; each verb's file holds its own
// flags, usage and texts (docker/cli v28.2.2 cli/command/secret, cli/command/config).

import { dataObjects, type DataKind } from '../../cluster/index.js';
import type { Filters } from '../cli/index.js';
import { CliError, type CommandContext } from '../command.js';
import { requireManager } from '../daemon.js';
import { naturalCompare } from '../format/index.js';
import { inspectObjects } from '../inspect.js';
import { removeEach } from '../remove-each.js';
import { kvMap } from '../service/opts.js';
import { filterDataObjects } from './filters.js';
import { formatList, formatPretty, listFormat } from './formatter.js';
import { dataObjectJson } from './inspect-json.js';
import { findDataObject } from './resolve.js';

const COMMAND = { secret: { create: 'CreateSecret', remove: 'RemoveSecret' }, config: { create: 'CreateConfig', remove: 'RemoveConfig' } } as const;

/** runDataCreate sends the new object to the swarm and prints its ID. */
export function runDataCreate({ req, host }: CommandContext, kind: DataKind, data: string): number {
  requireManager(host.cluster.state(), host.hostname);
  const request = { name: req.args[0] ?? '', labels: kvMap(req.flags.custom<string[]>('label')), data };
  const events = host.cluster.execute({ type: COMMAND[kind].create, request });
  const created = events.find((e) => e.type === 'SecretCreated' || e.type === 'ConfigCreated');
  if (created?.type === 'SecretCreated' || created?.type === 'ConfigCreated') host.io.stdout(`${created.data.object.id}\n`);
  return 0;
}

/** runDataList is `ls`: filtered, sorted by name naturally, formatted. */
export function runDataList({ req, host }: CommandContext, kind: DataKind): number {
  const state = host.cluster.state();
  requireManager(state, host.hostname);
  const objects = filterDataObjects(kind, dataObjects(state, kind), req.flags.custom<Filters>('filter'))
    .sort((a, b) => naturalCompare(a.name, b.name));
  const format = listFormat(kind, req.flags.string('format'), req.flags.bool('quiet'));
  host.io.stdout(formatList(kind, objects, format, host.cluster.now()));
  return 0;
}

/** runDataInspect is `inspect`: JSON or a template per object, or `--pretty`. */
export function runDataInspect({ req, host }: CommandContext, kind: DataKind): number {
  const format = req.flags.bool('pretty') ? 'pretty' : req.flags.string('format');
  if (format.startsWith('pretty') && format !== 'pretty') throw new CliError('cannot supply extra formatting options to the pretty template');
  const state = host.cluster.state();
  if (format !== 'pretty') {
    return inspectObjects(host, req.args, format, (ref) => {
      requireManager(state, host.hostname);
      return dataObjectJson(kind, findDataObject(state, kind, ref));
    });
  }
  // The pretty writer stops at the first failure and prints nothing before it.
  requireManager(state, host.hostname);
  host.io.stdout(formatPretty(kind, req.args.map((ref) => findDataObject(state, kind, ref))));
  return 0;
}

/** runDataRemove is `rm`: each removed name echoed as typed, failures joined at the end (errors.Join). */
export function runDataRemove({ req, host }: CommandContext, kind: DataKind): number {
  return removeEach(host, req.args, (state, ref) => host.cluster.execute({ type: COMMAND[kind].remove, id: findDataObject(state, kind, ref).id }));
}
