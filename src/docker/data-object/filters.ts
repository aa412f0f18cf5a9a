// `secret ls` / `config ls` filters as moby and swarmkit apply them (moby daemon/cluster/
// filters.go newListSecretsFilters/newListConfigsFilters; swarmkit controlapi ListSecrets):
// `names` (secrets only) exact, `name` and `id` prefixes, any of which may match; every `label`
// must match.

import type { DataKind, DataObject } from '../../cluster/index.js';
import type { Filters } from '../cli/index.js';
import { DaemonError } from '../daemon.js';
import { labelMatches } from '../filters.js';

const ACCEPTED: Record<DataKind, ReadonlySet<string>> = {
  secret: new Set(['names', 'name', 'id', 'label']),
  config: new Set(['name', 'id', 'label']),
};

/** filterDataObjects keeps the objects that pass, or throws the daemon's invalid-filter error. */
export function filterDataObjects(kind: DataKind, objects: readonly DataObject[], filters: Filters | undefined): DataObject[] {
  if (!filters || filters.size === 0) return [...objects];
  for (const key of filters.keys()) if (!ACCEPTED[kind].has(key)) throw new DaemonError(`invalid filter '${key}'`);
  const names = filters.get('names') ?? [];
  const prefixes = filters.get('name') ?? [];
  const ids = filters.get('id') ?? [];
  const labels = filters.get('label') ?? [];
  const anyBy = names.length + prefixes.length + ids.length > 0;
  return objects.filter((o) => {
    const by = !anyBy || names.includes(o.name) || prefixes.some((p) => o.name.startsWith(p)) || ids.some((p) => o.id.startsWith(p));
    return by && labels.every((l) => labelMatches(o.labels, l));
  });
}
