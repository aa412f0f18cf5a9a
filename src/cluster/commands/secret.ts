// `docker secret create/rm` and a stack's secret updates as swarmkit decides them
// (manager/controlapi/secret.go; api/validation/secrets.go MaxSecretSize).

import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import type { ClusterState } from '../model.js';
import { createDataObject, removeDataObject, updateDataObject, type DataRequest, type DataRules } from './data-object.js';

/** MAX_SECRET_BYTES is swarmkit's validation.MaxSecretSize (500 KiB, exclusive). */
export const MAX_SECRET_BYTES = 500 * 1024;

/** SECRET_RULES are the secret store's limit and references. */
export const SECRET_RULES: DataRules = { kind: 'secret', maxBytes: MAX_SECRET_BYTES, refs: (spec) => spec.secrets ?? [] };

/** createSecret is CreateSecret. */
export function createSecret(state: ClusterState, ctx: DecideContext, req: DataRequest): ClusterEvent[] {
  return createDataObject(state, ctx, SECRET_RULES, req);
}

/** updateSecretLabels is UpdateSecret: labels only. */
export function updateSecretLabels(state: ClusterState, ctx: DecideContext, id: string, req: DataRequest): ClusterEvent[] {
  return updateDataObject(state, ctx, SECRET_RULES, id, req);
}

/** removeSecret is RemoveSecret: refused while a service references the secret. */
export function removeSecret(state: ClusterState, ctx: DecideContext, id: string): ClusterEvent[] {
  return removeDataObject(state, ctx, SECRET_RULES, id);
}
