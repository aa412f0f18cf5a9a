// The allocator gives each new task an address on every network of its spec (ingress first when
// the service publishes through the routing mesh) and moves it to `pending` (swarmkit
// manager/allocator/network.go: "pending task scheduling").

import { AddressAllocator } from '../addresses.js';
import { ingressNetwork, needsIngress } from '../commands/service-endpoint.js';
import type { DecideContext } from '../context.js';
import type { ClusterEvent } from '../events.js';
import type { ClusterState, SwarmNetwork, TaskAttachment } from '../model.js';
import { stateRank } from '../task-state.js';

/** allocate returns TaskAllocated events for every task still in state `new`. */
export function allocate(state: ClusterState, ctx: DecideContext): ClusterEvent[] {
  const allocators = new Map<string, AddressAllocator>();
  const allocatorFor = (network: SwarmNetwork): AddressAllocator => {
    let a = allocators.get(network.id);
    if (!a) allocators.set(network.id, (a = new AddressAllocator(network, state)));
    return a;
  };
  const events: ClusterEvent[] = [];
  const fresh = Object.values(state.tasks)
    .filter((t) => t.status.state === 'new' && stateRank(t.desiredState) <= stateRank('running'))
    .sort((a, b) => a.createdAt - b.createdAt || a.slot - b.slot);
  for (const task of fresh) {
    const attachments: TaskAttachment[] = [];
    // A task of a service publishing through the routing mesh joins ingress first (taskCreateNetworkAttachments).
    const ingress = needsIngress(task.spec) ? ingressNetwork(state) : undefined;
    const targets = [...(ingress ? [ingress.id] : []), ...task.spec.networks.map((n) => n.target)];
    for (const target of targets) {
      const network = state.networks[target];
      const ip = network ? allocatorFor(network).next() : undefined;
      if (network && ip) attachments.push({ networkId: network.id, ip, endpointId: ctx.entropy.hexId() });
    }
    events.push({ type: 'TaskAllocated', data: { at: ctx.now, taskId: task.id, attachments } });
  }
  return events;
}
