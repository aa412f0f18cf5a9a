// Per-team bounds on swarm objects, so one team's loop of `docker service create` cannot grow the
// shared server's memory, event log and snapshots without end. They are swarmlab's own rules, not
// Docker's: the error says so ("swarmlab limit: ...") in the daemon's voice. Only decide checks
// them; replaying a log never does, so lowering a limit never breaks a team that is already over.

import type { ClusterCommand } from './decide.js';
import { ClusterError } from './errors.js';
import type { ClusterState, ServiceSpec } from './model.js';

/** ClusterLimits bound the objects one team's cluster may hold. */
export interface ClusterLimits {
  /** maxServices is the most services a team may have. */
  maxServices: number;
  /** maxNetworks is the most user-created networks (overlay and per-node bridge) a team may have. */
  maxNetworks: number;
  /** maxTasks is the most tasks a team may have, history included (replicas × task-history limit). */
  maxTasks: number;
}

/** DEFAULT_CLUSTER_LIMITS are far above any lesson's needs (a lesson uses a handful of each). */
export const DEFAULT_CLUSTER_LIMITS: ClusterLimits = { maxServices: 100, maxNetworks: 50, maxTasks: 1000 };

// Names the engine creates on every host; they are not the team's own networks.
const BUILTIN_LOCAL = new Set(['bridge', 'host', 'none', 'docker_gwbridge']);

function refuse(what: string): ClusterError {
  return new ClusterError('failed-precondition', `swarmlab limit: a team can have at most ${what}`);
}

/** userNetworkCount counts the networks a team created: overlays (not ingress) and bridges on every host. */
export function userNetworkCount(state: Readonly<ClusterState>): number {
  const swarm = Object.values(state.networks).filter((n) => !n.ingress).length;
  const local = Object.values(state.hosts).reduce((sum, h) => sum + h.localNetworks.filter((n) => !BUILTIN_LOCAL.has(n.name)).length, 0);
  return swarm + local;
}

/** slotsOf is how many tasks a spec keeps running: its replicas, or one per node when global. */
function slotsOf(state: Readonly<ClusterState>, spec: ServiceSpec): number {
  return spec.mode.kind === 'replicated' ? spec.mode.replicas : Object.keys(state.nodes).length;
}

/**
 * checkLimits throws a ClusterError when a command would take the team past a limit. Tasks are
 * bounded through the slots the command leaves: the reaper keeps at most the task-history limit
 * (5) tasks per slot, so slots × 5 bounds the team's tasks, history included.
 */
export function checkLimits(state: Readonly<ClusterState>, command: ClusterCommand, limits: ClusterLimits): void {
  if (command.type === 'CreateNetwork' || command.type === 'CreateLocalNetwork') {
    if (userNetworkCount(state) + 1 > limits.maxNetworks) throw refuse(`${limits.maxNetworks} networks`);
    return;
  }
  if (command.type !== 'CreateService' && command.type !== 'UpdateService') return;
  const spec = command.spec;
  const replacing = command.type === 'UpdateService' ? command.serviceId : undefined;
  if (replacing === undefined && Object.keys(state.services).length + 1 > limits.maxServices) {
    throw refuse(`${limits.maxServices} services`);
  }
  const others = Object.values(state.services)
    .filter((s) => s.id !== replacing)
    .reduce((sum, s) => sum + slotsOf(state, s.spec), 0);
  const perSlot = Math.max(1, state.swarm?.taskHistoryLimit ?? 5);
  const maxSlots = Math.floor(limits.maxTasks / perSlot);
  if (others + slotsOf(state, spec) > maxSlots) {
    throw refuse(`${limits.maxTasks} tasks, history included (${perSlot} per replica): ${maxSlots} replicas in all`);
  }
}
