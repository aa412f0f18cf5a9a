// The command tree the CLI kit's tests parse against: the production tree with every verb
// swarmlab implements (src/docker/registry.ts), so each recorded help text and usage error is
// checked against the real command specs rather than a copy of them.
import type { CommandSpec } from '../../../../src/docker/cli/index.js';
import { dockerTree } from '../../../../src/docker/registry.js';

/** fixtureRoot is the production docker command tree for root's home. */
export function fixtureRoot(): CommandSpec<unknown> {
  return dockerTree('/root/.docker');
}
