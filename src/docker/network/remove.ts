// `docker network rm` (docker/cli v28.2.2 cli/command/network/remove.go): for each name, inspect
// it first and ask before removing the routing-mesh network; print each removed name as typed,
// each failure on stderr, keep going, then fail with `exit status 1` (printed since v28.0.1).
// Which network a name means and who removes it: moby network_routes.go deleteNetwork.

import { ClusterError, isManager, nodeOfHost, type ClusterState } from '../../cluster/index.js';
import { minArgs } from '../cli/index.js';
import type { DockerCommand } from '../command.js';
import { DaemonError, NOT_A_MANAGER_WORKER } from '../daemon.js';
import type { DockerHost } from '../host.js';
import { errorText } from '../inspect.js';
import { confirm } from '../prompt.js';
import { resolveForInspect, resolveForRemove } from './resolve.js';

const INGRESS_WARNING =
  'WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. ' +
  'Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.\n' +
  'Are you sure you want to continue?';

function isIngress(host: DockerHost, name: string): boolean {
  try {
    const target = resolveForInspect(host.cluster.state(), host.hostname, name);
    return target.kind !== 'local' && target.network.ingress;
  } catch {
    return false;
  }
}

function removeOne(host: DockerHost, name: string): void {
  const state = host.cluster.state() as ClusterState;
  const target = resolveForRemove(state, host.hostname, name);
  if (target.kind === 'local') {
    host.cluster.execute({ type: 'RemoveLocalNetwork', hostname: host.hostname, networkId: target.network.id });
    return;
  }
  // A swarm network found in a worker's own list still has to be removed through a manager.
  if (!isManager(nodeOfHost(state, host.hostname))) throw new DaemonError(NOT_A_MANAGER_WORKER);
  host.cluster.execute({ type: 'RemoveNetwork', networkId: target.network.id });
}

/** networkRemove is `docker network rm`. */
export const networkRemove: DockerCommand = {
  name: 'rm',
  use: 'rm NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [{ kind: 'bool', name: 'force', shorthand: 'f', usage: 'Do not error if the network does not exist' }],
  run: async ({ req, host }) => {
    const force = req.flags.bool('force');
    let status = 0;
    for (const name of req.args) {
      if (isIngress(host, name)) {
        const answer = await confirm(host.io, INGRESS_WARNING);
        // prompt.ErrTerminated is a cancellation: nothing more is printed and docker exits 0.
        if (answer === 'terminated') return 0;
        if (answer === 'no') continue;
      }
      try {
        removeOne(host, name);
        host.io.stdout(`${name}\n`);
      } catch (error) {
        if (!(error instanceof ClusterError) && !(error instanceof DaemonError)) throw error;
        if (force && error instanceof ClusterError && error.kind === 'not-found') continue;
        host.io.stderr(`${errorText(error)}\n`);
        status = 1;
      }
    }
    if (status !== 0) host.io.stderr('exit status 1\n');
    return status;
  },
};
