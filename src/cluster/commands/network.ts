// Swarm-scoped networks: `docker network create -d overlay` and `docker network rm` as the swarm
// manager decides them (swarmkit manager/controlapi/network.go, moby daemon/cluster/networks.go).

import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import { firstFreeSubnetIndex, intToIp, overlaySubnet, parseCidr } from '../ipam.js';
import type { ClusterState, SwarmNetwork, Task } from '../model.js';
import { stateRank } from '../task-state.js';

/** CreateNetwork is the request behind `docker network create -d overlay NAME`. */
export interface CreateNetwork {
  name: string;
  attachable: boolean;
  internal: boolean;
  labels: Record<string, string>;
  /** subnet and gateway are --subnet/--gateway; without them the next free /24 of 10.0.0.0/8 is used. */
  subnet?: string;
  gateway?: string;
}

// swarmkit manager/controlapi/common.go isValidDNSName: the rule every swarm object name follows.
const DNS_NAME = /^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$/;

/** createNetwork allocates a /24 from the default pool and the next VXLAN ID for a new overlay. */
export function createNetwork(state: ClusterState, ctx: DecideContext, req: CreateNetwork): ClusterEvent[] {
  if (!state.swarm) throw new ClusterError('failed-precondition', 'This node is not part of a swarm');
  if (Object.values(state.networks).some((n) => n.name === req.name)) {
    // moby's network router checks swarm networks by name before asking swarmkit.
    throw new ClusterError('already-exists', `network with name ${req.name} already exists`);
  }
  // validateNetworkSpec → validateAnnotations (controlapi/network.go, common.go). It also keeps
  // control sequences out of names every teammate's `docker network ls` prints.
  if (!DNS_NAME.test(req.name)) throw invalid('name must be valid as a DNS name component');
  if (req.name.length > 63) throw invalid('name must be 63 characters or fewer');
  const auto = overlaySubnet(firstFreeSubnetIndex(Object.values(state.networks).map((n) => n.subnet)));
  const subnet = req.subnet ?? auto.subnet;
  const gateway = req.gateway ?? (req.subnet ? intToIp(parseCidr(req.subnet).base + 1) : auto.gateway);
  const network: SwarmNetwork = {
    id: ctx.entropy.swarmId(),
    name: req.name,
    driver: 'overlay',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
    subnet,
    gateway,
    vxlanId: state.swarm.nextVxlanId,
    ingress: false,
    attachable: req.attachable,
    internal: req.internal,
    labels: { ...req.labels },
    ipamLast: 1,
    lbEndpoints: {},
  };
  return [{ type: 'NetworkCreated', data: { network } }];
}

function invalid(desc: string): ClusterError {
  return new ClusterError('invalid-argument', `rpc error: code = InvalidArgument desc = ${desc}`);
}

/** removeNetwork deletes a swarm network that no service uses. */
export function removeNetwork(state: ClusterState, ctx: DecideContext, networkId: string): ClusterEvent[] {
  const network = state.networks[networkId];
  if (!network) throw new ClusterError('not-found', `network ${networkId} not found`);
  const user = Object.values(state.services).find((s) => s.spec.networks.some((n) => n.target === networkId));
  if (user) {
    throw new ClusterError(
      'failed-precondition',
      `rpc error: code = FailedPrecondition desc = network ${networkId} is in use by service ${user.id}`,
    );
  }
  // swarmkit removeNetwork: only a task still meant to run, and not yet past running, holds the network.
  const holds = (t: Task): boolean => stateRank(t.desiredState) <= stateRank('running') && stateRank(t.status.state) <= stateRank('running');
  const task = Object.values(state.tasks).find((t) => holds(t) && t.attachments.some((a) => a.networkId === networkId));
  if (task) {
    throw new ClusterError(
      'failed-precondition',
      `rpc error: code = FailedPrecondition desc = network ${networkId} is in use by task ${task.id}`,
    );
  }
  return [{ type: 'NetworkRemoved', data: { at: ctx.now, networkId } }];
}
