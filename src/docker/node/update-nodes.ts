// The loop `docker node update`, `promote` and `demote` share (docker/cli v28.2.2
// cli/command/node/update.go updateNodes): inspect each node, change its spec, send it back, print
// success; the first failure stops the loop. The engine converts the spec first (moby
// daemon/cluster/convert/node.go NodeSpecToGRPC: role and availability are case-insensitive).

import { findNode, type ClusterState, type NodeAvailability, type NodeRole, type NodeSpecRequest, type SwarmNode } from '../../cluster/index.js';
import { DaemonError, requireManager } from '../daemon.js';
import type { DockerHost } from '../host.js';

/** NodeSpecDraft is a node's spec as the CLI edits it: role and availability still as typed. */
export interface NodeSpecDraft {
  role: string;
  availability: string;
  labels: Record<string, string>;
}

/** NO_ROLE_CHANGE tells updateNodes to skip a node whose role already is the one asked for. */
export const NO_ROLE_CHANGE = Symbol('role was already set to the requested value');

/** MergeNode edits a node's spec in place, or says to skip it. */
export type MergeNode = (node: SwarmNode, spec: NodeSpecDraft) => typeof NO_ROLE_CHANGE | void;

function toRequest(nodeId: string, spec: NodeSpecDraft): NodeSpecRequest {
  const role = spec.role.toLowerCase();
  if (role !== 'manager' && role !== 'worker') throw new DaemonError(`invalid Role: "${spec.role}"`);
  const availability = spec.availability.toLowerCase();
  if (availability !== 'active' && availability !== 'pause' && availability !== 'drain') {
    throw new DaemonError(`invalid Availability: "${spec.availability}"`);
  }
  return { nodeId, role: role as NodeRole, availability: availability as NodeAvailability, labels: spec.labels };
}

/** updateNodes runs merge over each referenced node and prints success(ref) for each one changed. */
export function updateNodes(host: DockerHost, refs: readonly string[], merge: MergeNode, success: (ref: string) => string): number {
  for (const ref of refs) {
    const state = host.cluster.state() as ClusterState;
    requireManager(state, host.hostname);
    const node = findNode(state, ref);
    const spec: NodeSpecDraft = { role: node.role, availability: node.availability, labels: { ...node.labels } };
    if (merge(node, spec) === NO_ROLE_CHANGE) continue;
    host.cluster.execute({ type: 'UpdateNode', request: toRequest(node.id, spec) });
    host.io.stdout(success(ref));
  }
  return 0;
}
