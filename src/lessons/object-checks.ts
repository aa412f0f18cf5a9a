// Checks on swarm objects other than services, networks and nodes: secrets, configs and stacks.
// A stack is no object of its own in a swarm: it is the services (and networks) labelled with its
// namespace by `docker stack deploy`, which is how `docker stack ls` finds it too.

import type { ClusterState, DataObject } from '../cluster/index.js';

/** STACK_LABEL is the label `docker stack deploy` puts on every object of a stack (docker/cli cli/compose/convert). */
export const STACK_LABEL = 'com.docker.stack.namespace';

/** dataObjectHolds checks that a secret or config exists, or does not. */
export function dataObjectHolds(c: { name: string; absent?: boolean }, objects: Readonly<Record<string, DataObject>> | undefined): boolean {
  const found = Object.values(objects ?? {}).some((o) => o.name === c.name);
  return c.absent ? !found : found;
}

/** stackHolds checks that a stack's services exist (that many of them), or that none do. */
export function stackHolds(c: { name: string; services?: number; absent?: boolean }, state: Readonly<ClusterState>): boolean {
  const services = Object.values(state.services).filter((s) => s.spec.labels[STACK_LABEL] === c.name);
  if (c.absent) return services.length === 0;
  return services.length > 0 && (c.services === undefined || services.length === c.services);
}
