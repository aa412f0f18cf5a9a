// `docker node inspect` (docker/cli v28.2.2 cli/command/node/inspect.go, cmd.go Reference):
// `self` is this node's ID from /info (on a node outside the swarm the CLI asks NodeList to get
// the engine's error), every lookup is a manager-only request. --pretty prints all nodes or, on
// the first failure, only the error.

import { findNode, nodeOfHost, type ClusterState, type SwarmNode } from '../../cluster/index.js';
import { inspectFormatFlag, minArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { DaemonError, NOT_A_MANAGER_INACTIVE, requireManager } from '../daemon.js';
import type { DockerHost } from '../host.js';
import { inspectObjects } from '../inspect.js';
import { NODE } from '../inspect-types.js';
import { prettyNode } from './pretty.js';
import { nodeResource } from './resource.js';

/** lookupNode resolves a node reference (`self`, ID, hostname or ID prefix) as the manager does. */
export function lookupNode(host: DockerHost, ref: string): SwarmNode {
  const state = host.cluster.state() as ClusterState;
  let id = ref;
  if (ref === 'self') {
    const self = nodeOfHost(state, host.hostname);
    if (!self) throw new DaemonError(NOT_A_MANAGER_INACTIVE);
    id = self.id;
  }
  requireManager(state, host.hostname);
  return findNode(state, id);
}

/** nodeInspect is `docker node inspect`. */
export const nodeInspect: DockerCommand = {
  name: 'inspect',
  use: 'inspect [OPTIONS] self|NODE [NODE...]',
  short: 'Display detailed information on one or more nodes',
  args: minArgs(1),
  flags: [inspectFormatFlag(), { kind: 'bool', name: 'pretty', usage: 'Print the information in a human friendly format' }],
  run: ({ req, host }) => {
    const format = req.flags.bool('pretty') ? 'pretty' : req.flags.string('format');
    if (format.startsWith('pretty') && format !== 'pretty') throw new CliError('cannot supply extra formatting options to the pretty template');
    const state = host.cluster.state();
    if (format === 'pretty') {
      const text = req.args.map((ref) => prettyNode(state, lookupNode(host, ref))).join('');
      host.io.stdout(text);
      return 0;
    }
    return inspectObjects(host, req.args, format, (ref) => nodeResource(state, lookupNode(host, ref)), { goType: NODE });
  },
};
