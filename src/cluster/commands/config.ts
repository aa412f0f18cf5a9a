// `docker config create/rm` and a stack's config updates as swarmkit decides them
// (manager/controlapi/config.go MaxConfigSize, validateConfigSpec, RemoveConfig).

import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import type { ClusterState } from '../model.js';
import { createDataObject, removeDataObject, updateDataObject, type DataRequest, type DataRules } from './data-object.js';

/** MAX_CONFIG_BYTES is swarmkit's controlapi.MaxConfigSize (1000 KiB, exclusive). */
export const MAX_CONFIG_BYTES = 1000 * 1024;

/** CONFIG_RULES are the config store's limit and references. */
export const CONFIG_RULES: DataRules = { kind: 'config', maxBytes: MAX_CONFIG_BYTES, refs: (spec) => spec.configs ?? [] };

/** createConfig is CreateConfig. */
export function createConfig(state: ClusterState, ctx: DecideContext, req: DataRequest): ClusterEvent[] {
  return createDataObject(state, ctx, CONFIG_RULES, req);
}

/** updateConfigLabels is UpdateConfig: labels only. */
export function updateConfigLabels(state: ClusterState, ctx: DecideContext, id: string, req: DataRequest): ClusterEvent[] {
  return updateDataObject(state, ctx, CONFIG_RULES, id, req);
}

/** removeConfig is RemoveConfig: refused while a service references the config. */
export function removeConfig(state: ClusterState, ctx: DecideContext, id: string): ClusterEvent[] {
  return removeDataObject(state, ctx, CONFIG_RULES, id);
}
