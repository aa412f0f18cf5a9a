// Changes to the swarm object itself: `docker swarm join-token --rotate` and `docker swarm update`
// (swarmkit manager/controlapi/cluster.go UpdateCluster: a rotation draws a new secret for one
// role's token; an update replaces the spec).

import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import { DEFAULT_SWARM_CONFIG, type ClusterState, type NodeRole, type Swarm, type SwarmConfig } from '../model.js';
import { NOT_IN_SWARM } from '../swarm-messages.js';
import { newUnlockKey, rotatedToken } from './swarm-secrets.js';

function requireSwarm(state: ClusterState): Swarm {
  if (!state.swarm) throw new ClusterError('failed-precondition', NOT_IN_SWARM);
  return state.swarm;
}

/** rotateJoinToken replaces one role's join token; the old one stops working at once. */
export function rotateJoinToken(state: ClusterState, ctx: DecideContext, role: NodeRole): ClusterEvent[] {
  const swarm = requireSwarm(state);
  return [{ type: 'JoinTokenRotated', data: { at: ctx.now, role, token: rotatedToken(ctx, swarm.joinTokens[role]) } }];
}

/**
 * updateSwarm records a new swarm spec. Turning autolock on makes a new unlock key; turning it
 * off forgets the key; leaving it on keeps it.
 */
export function updateSwarm(state: ClusterState, ctx: DecideContext, taskHistoryLimit: number, config: SwarmConfig): ClusterEvent[] {
  const swarm = requireSwarm(state);
  const before = swarm.config ?? DEFAULT_SWARM_CONFIG;
  const next: SwarmConfig = { ...config, defaultAddrPool: [...config.defaultAddrPool] };
  delete next.unlockKey;
  if (config.autolock) {
    const key = before.autolock ? before.unlockKey : undefined;
    next.unlockKey = key ?? newUnlockKey(ctx);
  }
  return [{ type: 'SwarmUpdated', data: { at: ctx.now, taskHistoryLimit, config: next } }];
}
