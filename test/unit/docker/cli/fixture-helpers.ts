// Small builders for test command specs.
import { listOpt, type CommandSpec, type CustomFlag, type FlagSpec } from '../../../../src/docker/cli/index.js';

/** opaque is a custom flag of the given help type that simply keeps the raw values. */
export function opaque(name: string, typeName: string, usage: string, extra: Partial<CustomFlag> = {}): CustomFlag {
  return { ...listOpt({ name, usage }), typeName, ...extra };
}

/** v is a `version` annotation. */
export const v = (version: string): Record<string, string[]> => ({ version: [version] });

/** cmd builds a runnable command whose run slot is its name. */
export const cmd = (use: string, short: string, rest: Partial<CommandSpec<string>> = {}): CommandSpec<string> => ({
  name: use.split(' ')[0] as string, use, short, run: use.split(' ')[0] as string, ...rest,
});

/** detachFlag is service create/update/scale's -d, --detach. */
export const detachFlag: FlagSpec = {
  kind: 'bool', name: 'detach', shorthand: 'd', annotations: v('1.29'),
  usage: 'Exit immediately instead of waiting for the service to converge',
};
