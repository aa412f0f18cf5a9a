// `docker network inspect` (docker/cli cli/command/network/inspect.go): each name is resolved by
// this node's engine (resolve.ts) and printed as moby's network.Inspect (resource.ts); the found
// ones first, then every failure on stderr, exit 1.

import { inspectFormatFlag, minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { inspectObjects } from '../inspect.js';
import { NETWORK } from '../inspect-types.js';
import { resolveForInspect } from './resolve.js';
import { networkResource } from './resource.js';

/** networkInspect is `docker network inspect`. */
export const networkInspect: DockerCommand = {
  name: 'inspect',
  use: 'inspect [OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: minArgs(1),
  flags: [inspectFormatFlag(), { kind: 'bool', name: 'verbose', shorthand: 'v', usage: 'Verbose output for diagnostics' }],
  run: ({ req, host }) => {
    const state = host.cluster.state();
    // --verbose adds the Services map (the gossiped endpoint table) to swarm networks this node has.
    const verbose = req.flags.bool('verbose');
    const lookup = (ref: string) => networkResource(state, host.hostname, resolveForInspect(state, host.hostname, ref), verbose);
    return inspectObjects(host, req.args, req.flags.string('format'), lookup, { raw: true, goType: NETWORK });
  },
};
