// Events of swarm membership beyond init and join: join tokens, `swarm update`, a join that keeps
// trying in the background, leaving, node updates and removal, `--force-new-cluster`, and the end of
// a swarm whose last manager left. Like every event they carry decisions already made.

import type { NodeAvailability, NodeRole, SwarmConfig } from './model.js';

/** MembershipEvent is one recorded change to who is in the swarm and how the swarm is configured. */
export type MembershipEvent =
  | { type: 'JoinTokenRotated'; data: { at: number; role: NodeRole; token: string } }
  | { type: 'SwarmUpdated'; data: { at: number; taskHistoryLimit: number; config: SwarmConfig } }
  | { type: 'NodeJoinPending'; data: { at: number; hostname: string; remote: string } }
  | { type: 'NodeJoinAbandoned'; data: { at: number; hostname: string } }
  | { type: 'NodeLeft'; data: { at: number; nodeId: string } }
  | {
      type: 'NodeSpecUpdated';
      data: { at: number; nodeId: string; role: NodeRole; availability: NodeAvailability; labels: Record<string, string> };
    }
  | { type: 'NodeRemoved'; data: { at: number; nodeId: string } }
  | { type: 'SwarmForcedNewCluster'; data: { at: number; nodeId: string } }
  | { type: 'SwarmDissolved'; data: { at: number } };

/** MEMBERSHIP_EVENT_TYPES lists the MembershipEvent type names, for dispatch in evolve. */
export const MEMBERSHIP_EVENT_TYPES: ReadonlySet<string> = new Set<MembershipEvent['type']>([
  'JoinTokenRotated',
  'SwarmUpdated',
  'NodeJoinPending',
  'NodeJoinAbandoned',
  'NodeLeft',
  'NodeSpecUpdated',
  'NodeRemoved',
  'SwarmForcedNewCluster',
  'SwarmDissolved',
]);

/** isMembershipEvent narrows an event to a MembershipEvent. */
export function isMembershipEvent<E extends { type: string }>(event: E): event is Extract<E, MembershipEvent> {
  return MEMBERSHIP_EVENT_TYPES.has(event.type);
}
