// `docker swarm join --token TOKEN HOST:PORT` as the joining engine lives it (moby
// daemon/cluster/swarm.go Join, swarmkit ca/config.go DownloadRootCA and ca/server.go
// IssueNodeCertificate): a malformed token fails at once; a manager that cannot be reached (wrong
// address, down, no raft leader to issue certificates) leaves the node trying in the background;
// a reachable manager checks the root CA digest, then the secret, which picks the role.

import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import { nodeOfHost } from '../lookup.js';
import { hasManagerStatus, managerAddr } from '../membership.js';
import type { ClusterState, NodeAvailability, NodeRole, SwarmNode } from '../model.js';
import { ALREADY_IN_SWARM } from '../swarm-messages.js';
import { hasLeader } from '../views.js';
import { digestHex, tokenParts } from './swarm-secrets.js';
import { nodeJoinEvents } from './swarm.js';

/** JoinRequest is what `docker swarm join` sends to the engine of `hostname`. */
export interface JoinRequest {
  hostname: string;
  token: string;
  /** remote is the manager address to join, `ip:port` (the port defaults to 2377 before this). */
  remote: string;
  advertiseAddr?: string;
  availability?: NodeAvailability;
}

const invalid = (desc: string): ClusterError => new ClusterError('invalid-argument', desc);

/** reachableManager returns the up raft member listening at remote that the joiner can reach. */
function reachableManager(state: ClusterState, hostname: string, remote: string): SwarmNode | undefined {
  return Object.values(state.nodes).find((n) => {
    const host = state.hosts[n.hostname];
    if (!host || n.left || n.state !== 'ready' || !hasManagerStatus(n) || n.hostname === hostname) return false;
    // It listens on every address, on its advertised port, but other machines reach it only on its
    // LAN address; the rest of the swarm uses its advertised address, so that must be the LAN one too.
    const [ip = '', port = ''] = remote.split(':');
    return ip === host.addr && managerAddr(state, n) === `${host.addr}:${port}`;
  });
}

/**
 * joinSwarmWithToken returns the events of a join: NodeJoined (and the ingress sandbox address)
 * when the manager accepts the token, or NodeJoinPending when no manager answers in time.
 */
export function joinSwarmWithToken(state: ClusterState, ctx: DecideContext, request: JoinRequest): ClusterEvent[] {
  const { hostname, token, remote } = request;
  if (!state.hosts[hostname]) throw new ClusterError('not-found', `host ${hostname} not found`);
  if (nodeOfHost(state, hostname) || state.hosts[hostname]?.joining) throw new ClusterError('failed-precondition', ALREADY_IN_SWARM);
  const parts = token === '' ? undefined : tokenParts(token);
  if (token !== '' && !parts) throw invalid('invalid join token');
  const manager = state.swarm && hasLeader(state) ? reachableManager(state, hostname, remote) : undefined;
  if (!state.swarm || !manager) return [{ type: 'NodeJoinPending', data: { at: ctx.now, hostname, remote } }];
  const tokens = state.swarm.joinTokens;
  const ours = tokenParts(tokens.worker)?.digest ?? '';
  if (parts && parts.digest !== ours) {
    throw invalid(`remote CA does not match fingerprint. Expected: ${digestHex(parts.digest)}`);
  }
  const role: NodeRole | undefined = token === tokens.manager ? 'manager' : token === tokens.worker ? 'worker' : undefined;
  if (!role) throw invalid('rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster');
  const ingress = Object.values(state.networks).find((n) => n.ingress);
  const { advertiseAddr, availability } = request;
  return nodeJoinEvents(ctx, ingress, { hostname, nodeId: ctx.entropy.swarmId(), role, leader: false, advertiseAddr, availability }, state);
}
