// The commands that create, relabel and remove secrets and configs, decided by
// commands/secret.ts and commands/config.ts. decide.ts hands them here.

import { createConfig, removeConfig, updateConfigLabels } from './commands/config.js';
import type { DataRequest } from './commands/data-object.js';
import { createSecret, removeSecret, updateSecretLabels } from './commands/secret.js';
import type { DecideContext } from './context.js';
import type { ClusterEvent } from './events.js';
import type { ClusterState } from './model.js';

/** DataCommand asks for a change to the swarm's secrets or configs. */
export type DataCommand =
  | { type: 'CreateSecret'; request: DataRequest }
  | { type: 'UpdateSecret'; id: string; request: DataRequest }
  | { type: 'RemoveSecret'; id: string }
  | { type: 'CreateConfig'; request: DataRequest }
  | { type: 'UpdateConfig'; id: string; request: DataRequest }
  | { type: 'RemoveConfig'; id: string };

const TYPES: ReadonlySet<string> = new Set<DataCommand['type']>([
  'CreateSecret', 'UpdateSecret', 'RemoveSecret', 'CreateConfig', 'UpdateConfig', 'RemoveConfig',
]);

/** isDataCommand narrows a command to a DataCommand. */
export function isDataCommand<C extends { type: string }>(command: C): command is Extract<C, DataCommand> {
  return TYPES.has(command.type);
}

/** decideData returns the events of a secret or config command, or throws a ClusterError. */
export function decideData(state: ClusterState, command: DataCommand, ctx: DecideContext): ClusterEvent[] {
  switch (command.type) {
    case 'CreateSecret':
      return createSecret(state, ctx, command.request);
    case 'UpdateSecret':
      return updateSecretLabels(state, ctx, command.id, command.request);
    case 'RemoveSecret':
      return removeSecret(state, ctx, command.id);
    case 'CreateConfig':
      return createConfig(state, ctx, command.request);
    case 'UpdateConfig':
      return updateConfigLabels(state, ctx, command.id, command.request);
    case 'RemoveConfig':
      return removeConfig(state, ctx, command.id);
  }
}
