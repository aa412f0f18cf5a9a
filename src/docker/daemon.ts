// The engine's side of errors: what `Error response from daemon: …` says, and the swarm-role
// checks every manager-only endpoint makes (moby daemon/cluster/errors.go, cluster.go).

import {
  ClusterError, hasLeader, hasManagerStatus, nodeOfHost, NOT_A_MANAGER_INACTIVE, NOT_A_MANAGER_PREPARING, NOT_A_MANAGER_WORKER,
  type ClusterState, type SwarmNode,
} from '../cluster/index.js';

export { NOT_A_MANAGER_INACTIVE, NOT_A_MANAGER_WORKER } from '../cluster/index.js';

/** NO_LEADER is what a manager answers while the swarm has lost raft quorum (swarmkit, via moby). */
export const NO_LEADER =
  "rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online.";

/** ENGINE_DOWN is what the docker CLI prints when its engine does not answer (a node that is down). */
export const ENGINE_DOWN = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

/** DaemonError is an error the engine returned; the CLI prints it as `Error response from daemon: <message>`. */
export class DaemonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DaemonError';
  }
}

/** daemonText renders an error as the CLI prints it. */
export function daemonText(error: unknown): string {
  if (error instanceof DaemonError || error instanceof ClusterError) return `Error response from daemon: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `Error response from daemon: swarmlab could not save this change (${message}); nothing was changed, try again or tell your instructor`;
}

/** requireManager returns the host's swarm node if it is a manager, or throws the engine's error. */
export function requireManager(state: Readonly<ClusterState>, hostname: string): SwarmNode {
  const node = nodeOfHost(state as ClusterState, hostname);
  // A join still trying in the background runs a worker-side node already (errNoManager).
  if (!node) throw new DaemonError(state.hosts[hostname]?.joining ? NOT_A_MANAGER_WORKER : NOT_A_MANAGER_INACTIVE);
  if (node.role !== 'manager') throw new DaemonError(NOT_A_MANAGER_WORKER);
  if (!hasManagerStatus(node)) throw new DaemonError(NOT_A_MANAGER_PREPARING);
  if (!hasLeader(state as ClusterState)) throw new DaemonError(NO_LEADER);
  return node;
}
