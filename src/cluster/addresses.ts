// Which addresses of a swarm network are taken right now: service VIPs, the per-node load-balancer
// endpoints and the attachments of tasks that still hold their address (swarmkit's allocator
// releases a task's addresses once the task is dead).

import { hostOffset, nextSerialAddress } from './ipam.js';
import type { ClusterState, SwarmNetwork } from './model.js';
import { isTerminal } from './task-state.js';

/** usedAddresses returns every address of the network that is currently allocated. */
export function usedAddresses(state: ClusterState, network: SwarmNetwork): Set<string> {
  const used = new Set<string>();
  for (const e of Object.values(network.lbEndpoints)) used.add(e.ip);
  for (const s of Object.values(state.services)) for (const v of s.vips) if (v.networkId === network.id) used.add(v.ip);
  for (const t of Object.values(state.tasks)) {
    if (isTerminal(t.status.state)) continue;
    for (const a of t.attachments) if (a.networkId === network.id) used.add(a.ip);
  }
  return used;
}

/**
 * AddressAllocator hands out addresses of one network serially during a single decision, so
 * several addresses chosen in one batch of events never collide.
 */
export class AddressAllocator {
  private readonly used: Set<string>;
  private last: number;

  constructor(private readonly network: SwarmNetwork, state: ClusterState) {
    this.used = usedAddresses(state, network);
    this.last = network.ipamLast;
  }

  /** next returns the next free address, or undefined when the subnet is exhausted. */
  next(): string | undefined {
    const ip = nextSerialAddress(this.network.subnet, this.last, this.used);
    if (ip === undefined) return undefined;
    this.used.add(ip);
    this.last = hostOffset(this.network.subnet, ip);
    return ip;
  }
}
