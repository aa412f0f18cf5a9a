// Turns an instructor's fault into a cluster command on a team: nodes are named by hostname,
// tasks by ID (or unique prefix) or by `<service>.<slot>`. Returns what happened, in one line.

import { findTask, nodeOfHost, type ClusterCommand, type ClusterState } from '../cluster/index.js';
import type { Team } from '../lab/team.js';
import type { Fault } from './instructor-api.js';

/** applyFault runs a fault on a team and describes it; unknown nodes or tasks throw an Error. */
export function applyFault(team: Team, fault: Fault, instructor: string): string {
  const state = team.state as ClusterState;
  const command = faultCommand(state, fault);
  team.execute(command, { user: instructor, instructor: true });
  return describe(fault, team.name);
}

function faultCommand(state: ClusterState, fault: Fault): ClusterCommand {
  if (fault.kind === 'kill-task') return { type: 'KillTask', taskId: taskId(state, fault.task) };
  const nodeId = nodeIdOf(state, fault.node);
  switch (fault.kind) {
    case 'node-down':
      return { type: 'SetNodeState', nodeId, state: 'down' };
    case 'node-up':
      return { type: 'SetNodeState', nodeId, state: 'ready' };
    case 'drain':
      return { type: 'SetNodeAvailability', nodeId, availability: 'drain' };
    case 'active':
      return { type: 'SetNodeAvailability', nodeId, availability: 'active' };
    case 'partition':
      return { type: 'SetPartitioned', nodeId, partitioned: true };
    case 'heal':
      return { type: 'SetPartitioned', nodeId, partitioned: false };
  }
}

function nodeIdOf(state: ClusterState, hostname: string): string {
  // A host that left and joined again has a new node; the old one is listed down until `node rm`.
  const node = nodeOfHost(state, hostname);
  if (!node) {
    const known = Object.values(state.nodes).map((n) => n.hostname).join(', ');
    throw new Error(`no swarm node ${hostname} in this team (nodes: ${known || 'none, the swarm is not initialised'})`);
  }
  return node.id;
}

function taskId(state: ClusterState, ref: string): string {
  const byName = /^(.+)\.(\d+)$/.exec(ref);
  if (byName) {
    const service = Object.values(state.services).find((s) => s.spec.name === byName[1]);
    const task = Object.values(state.tasks).find((t) => t.serviceId === service?.id && t.slot === Number(byName[2]) && t.status.state === 'running');
    if (task) return task.id;
  }
  try {
    return findTask(state, ref).id;
  } catch {
    throw new Error(`no running task ${ref} in this team (use a task ID or <service>.<slot>)`);
  }
}

function describe(fault: Fault, team: string): string {
  const target = fault.kind === 'kill-task' ? fault.task : fault.node;
  const what = { 'node-down': 'is down', 'node-up': 'is back up', drain: 'is draining', active: 'is active again', 'kill-task': 'was killed', partition: 'is cut off from the overlay networks', heal: 'is reconnected to the overlay networks' }[fault.kind];
  return `${team}: ${target} ${what}`;
}
