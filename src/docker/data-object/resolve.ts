// Which secret or config a user's reference names, as moby's daemon resolves it
// (daemon/cluster/helpers.go getSecret/getConfig): full ID, exact name, then unique ID prefix.

import { ClusterError, dataObjects, lookupBy, type ClusterState, type DataKind, type DataObject } from '../../cluster/index.js';

/** findDataObject resolves a reference or throws the daemon's not-found / ambiguous error. */
export function findDataObject(state: Readonly<ClusterState>, kind: DataKind, ref: string): DataObject {
  const found = lookupBy(dataObjects(state, kind), ref, (o) => o.name);
  if (found.kind === 'found') return found.value;
  if (found.kind === 'ambiguous') throw new ClusterError('ambiguous', `${kind} ${ref} is ambiguous (${found.count} matches found)`);
  throw new ClusterError('not-found', `${kind} ${ref} not found`);
}
