// evolve for membership events (see membership-events.ts): like evolve it decides nothing and
// mutates the state it is given.

import type { MembershipEvent } from './membership-events.js';
import type { ClusterState, SwarmNode } from './model.js';

function touch(node: SwarmNode, at: number): void {
  node.updatedAt = at;
  node.version += 1;
}

/** evolveMembership applies one membership event to the state in place. */
export function evolveMembership(state: ClusterState, event: MembershipEvent): void {
  switch (event.type) {
    case 'JoinTokenRotated':
      if (state.swarm) {
        state.swarm.joinTokens = { ...state.swarm.joinTokens, [event.data.role]: event.data.token };
        state.swarm.updatedAt = event.data.at;
      }
      return;
    case 'SwarmUpdated':
      if (state.swarm) {
        state.swarm.taskHistoryLimit = event.data.taskHistoryLimit;
        state.swarm.config = { ...event.data.config, defaultAddrPool: [...event.data.config.defaultAddrPool] };
        state.swarm.updatedAt = event.data.at;
      }
      return;
    case 'NodeJoinPending': {
      const host = state.hosts[event.data.hostname];
      if (host) host.joining = { remote: event.data.remote, at: event.data.at };
      return;
    }
    case 'NodeJoinAbandoned': {
      const host = state.hosts[event.data.hostname];
      if (host) delete host.joining;
      return;
    }
    case 'NodeLeft': {
      const node = state.nodes[event.data.nodeId];
      if (!node) return;
      Object.assign(node, { left: true, state: 'down', leader: false });
      touch(node, event.data.at);
      return;
    }
    case 'NodeSpecUpdated': {
      const node = state.nodes[event.data.nodeId];
      if (!node) return;
      const { role, availability, labels } = event.data;
      if (role !== node.role) {
        delete node.outOfRaft;
        if (role === 'worker') node.leader = false;
      }
      Object.assign(node, { role, availability, labels: { ...labels } });
      touch(node, event.data.at);
      return;
    }
    case 'NodeRemoved':
      delete state.nodes[event.data.nodeId];
      // swarmkit's allocator frees a deleted node's network attachments (its load-balancer addresses).
      for (const network of Object.values(state.networks)) delete network.lbEndpoints[event.data.nodeId];
      return;
    case 'SwarmForcedNewCluster':
      for (const node of Object.values(state.nodes)) {
        node.leader = node.id === event.data.nodeId;
        if (node.role === 'manager' && !node.leader) node.outOfRaft = true;
        if (node.leader) delete node.outOfRaft;
      }
      return;
    case 'SwarmDissolved':
      Object.assign(state, { swarm: null, nodes: {}, networks: {}, services: {}, tasks: {} });
      for (const host of Object.values(state.hosts)) delete host.joining;
      return;
  }
}
