// What belongs to a stack: the services, networks, secrets, configs and tasks labelled
// com.docker.stack.namespace=<stack> (docker/cli v28.2.2 cli/command/stack/swarm/common.go
// getStackFilter; swarmkit matches a task by its service's labels).

import { dataObjects, type ClusterState, type DataObject, type Service, type SwarmNetwork, type Task } from '../../cluster/index.js';
import { LABEL_NAMESPACE } from './convert-service.js';

const inStack = (labels: Readonly<Record<string, string>> | undefined, stack: string): boolean => labels?.[LABEL_NAMESPACE] === stack;

/** stackServices lists a stack's services. */
export function stackServices(state: Readonly<ClusterState>, stack: string): Service[] {
  return Object.values(state.services).filter((s) => inStack(s.spec.labels, stack));
}

/** stackNetworks lists a stack's swarm networks. */
export function stackNetworks(state: Readonly<ClusterState>, stack: string): SwarmNetwork[] {
  return Object.values(state.networks).filter((n) => inStack(n.labels, stack));
}

/** stackData lists a stack's secrets or configs. */
export function stackData(state: Readonly<ClusterState>, kind: 'secret' | 'config', stack: string): DataObject[] {
  return dataObjects(state, kind).filter((o) => inStack(o.labels, stack));
}

/** stackTasks lists the tasks of a stack's services. */
export function stackTasks(state: Readonly<ClusterState>, stack: string): Task[] {
  return Object.values(state.tasks).filter((t) => inStack(t.spec.labels, stack));
}

/** stackNames lists every stack that has a service, with its service count (swarm/list.go GetStacks). */
export function stackNames(state: Readonly<ClusterState>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of Object.values(state.services)) {
    const name = s.spec.labels[LABEL_NAMESPACE];
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
