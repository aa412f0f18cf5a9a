// The public surface of the cluster model. Outer layers import from here.

export * from './model.js';
export * from './events.js';
export * from './task-state.js';
export * from './entropy.js';
export * from './errors.js';
export * from './context.js';
export * from './decide.js';
export { checkLimits, userNetworkCount, DEFAULT_CLUSTER_LIMITS, type ClusterLimits } from './limits.js';
export { evolve } from './evolve.js';
export { reconcile, nextWakeup } from './reconcile/index.js';
export * from './lookup.js';
export * from './views.js';
export * from './dns.js';
export * from './ipam.js';
export * from './images.js';
export { processOutcome, sleepDurationMs } from './process-model.js';
export { humanDuration } from './human-duration.js';
export { hostnamesOf, ENGINE_VERSION, type TopologySpec, type HostSpec } from './commands/swarm.js';
export type { CreateNetwork } from './commands/network.js';
export { checkNewNetworkName, PREDEFINED_NETWORKS, type CreateLocalNetwork } from './commands/local-network.js';
export { isTaskDirty, taskSpecKey } from './task-spec.js';
