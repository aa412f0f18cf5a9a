// A secret or config as the engine's API returns it (moby v28.2.2 api/types/swarm/secret.go and
// config.go): Meta, then Spec with Name and Labels. A secret's Data is never returned
// (swarmkit clears it); a config's is, base64-encoded as Go marshals []byte.

import type { DataKind, DataObject } from '../../cluster/index.js';
import { sortedMap } from '../format/index.js';
import { rfc3339Nano } from '../go-time.js';

/** dataObjectJson is the inspect object of a secret or config. */
export function dataObjectJson(kind: DataKind, object: DataObject): Record<string, unknown> {
  const labels = Object.keys(object.labels).length > 0 ? sortedMap(object.labels) : {};
  return {
    ID: object.id,
    Version: { Index: object.version },
    // One salt per instant, so a never-updated object shows UpdatedAt equal to CreatedAt.
    CreatedAt: rfc3339Nano(object.createdAt, `${object.id}/${object.createdAt}`),
    UpdatedAt: rfc3339Nano(object.updatedAt, `${object.id}/${object.updatedAt}`),
    Spec: kind === 'secret'
      ? { Name: object.name, Labels: labels }
      : { Name: object.name, Labels: labels, Data: Buffer.from(object.data, 'utf8').toString('base64') },
  };
}
