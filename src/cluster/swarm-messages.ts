// The engine's swarm-state messages (moby daemon/cluster/errors.go and cluster.go errNoManager),
// in one place for the cluster commands and the Docker CLI layer.

/** ALREADY_IN_SWARM is errSwarmExists: `swarm init`/`join` on an engine already in (or joining) a swarm. */
export const ALREADY_IN_SWARM =
  'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.';

/** NOT_IN_SWARM is errNoSwarm: `swarm leave` on an engine outside any swarm. */
export const NOT_IN_SWARM = 'This node is not part of a swarm';

/** NOT_A_MANAGER_WORKER is what a worker's engine answers to manager-only requests (errSwarmNotManager). */
export const NOT_A_MANAGER_WORKER =
  "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.";

/** NOT_A_MANAGER_INACTIVE is what an engine outside any swarm answers to manager-only requests. */
export const NOT_A_MANAGER_INACTIVE =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

/** NOT_A_MANAGER_PREPARING is what a manager outside the raft membership answers (errNoManager). */
export const NOT_A_MANAGER_PREPARING =
  'This node is not a swarm manager. Manager is being prepared or has trouble connecting to the cluster.';

/** JOIN_TIMEOUT is errSwarmJoinTimeoutReached: the join keeps trying in the background. */
export const JOIN_TIMEOUT =
  'Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.';

/** ONE_SWARM_PER_TEAM is swarmlab's own limit, said in the daemon's voice like the others in limits.ts. */
export const ONE_SWARM_PER_TEAM =
  'swarmlab limit: a team has one swarm and it already exists; join it instead (run "docker swarm join-token worker" on one of its managers)';
