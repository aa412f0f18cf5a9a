// Events record decisions already made: every ID, address, node choice and timestamp travels
// inside the event, so applying the same events to an empty cluster always rebuilds the same
// cluster. Names are past tense; `at` is the team clock's time when the decision was made.

import type {
  Endpoint,
  Host,
  LocalNetwork,
  NodeAvailability,
  NodeRole,
  NodeState,
  PortConfig,
  ServedRequest,
  Service,
  ServiceSpec,
  SwarmConfig,
  SwarmNetwork,
  Task,
  TaskAttachment,
  UpdateState,
} from './model.js';
import type { MembershipEvent } from './membership-events.js';
import type { DataEvent } from './data-events.js';
import type { TaskState } from './task-state.js';

/** ClusterEvent is one recorded change to a team's cluster. */
export type ClusterEvent =
  | { type: 'HostsProvisioned'; data: { at: number; hosts: Host[] } }
  | {
      type: 'SwarmInitialized';
      data: {
        at: number;
        swarmId: string;
        joinTokens: { worker: string; manager: string };
        hostname: string;
        nodeId: string;
        /** taskHistoryLimit and config are `swarm init`'s options; absent means swarmkit's defaults. */
        taskHistoryLimit?: number;
        config?: SwarmConfig;
      };
    }
  | {
      type: 'NodeJoined';
      data: {
        at: number; hostname: string; nodeId: string; role: NodeRole; leader: boolean; gwbridgeId: string;
        /** advertiseAddr and availability are set when the node asked for them (`--advertise-addr`, `--availability`). */
        advertiseAddr?: string; availability?: NodeAvailability;
      };
    }
  | MembershipEvent
  | DataEvent
  | { type: 'NodeAvailabilityChanged'; data: { at: number; nodeId: string; availability: NodeAvailability } }
  | { type: 'NodeStateChanged'; data: { at: number; nodeId: string; state: NodeState } }
  | { type: 'LeaderChanged'; data: { at: number; nodeId: string | null } }
  | { type: 'NodePartitionChanged'; data: { at: number; nodeId: string; partitioned: boolean } }
  | { type: 'NetworkCreated'; data: { network: SwarmNetwork } }
  | { type: 'NetworkRemoved'; data: { at: number; networkId: string } }
  | { type: 'LocalNetworkCreated'; data: { at: number; hostname: string; network: LocalNetwork } }
  | { type: 'LocalNetworkRemoved'; data: { at: number; hostname: string; networkId: string } }
  | { type: 'LoadBalancerAttached'; data: { at: number; networkId: string; nodeId: string; endpoint: Endpoint } }
  | { type: 'ServiceCreated'; data: { service: Service } }
  | {
      type: 'ServiceUpdated';
      data: { at: number; serviceId: string; spec: ServiceSpec; vips: Service['vips']; endpointPorts?: PortConfig[] };
    }
  | {
      type: 'ServiceRollbackStarted';
      data: { at: number; serviceId: string; manual: boolean; message: string; vips: Service['vips']; endpointPorts?: PortConfig[] };
    }
  | { type: 'ServiceRemoved'; data: { at: number; serviceId: string } }
  | { type: 'ServiceUpdateStatusChanged'; data: { at: number; serviceId: string; state: UpdateState; message: string } }
  | { type: 'TaskCreated'; data: { task: Task } }
  | { type: 'TaskAllocated'; data: { at: number; taskId: string; attachments: TaskAttachment[] } }
  | { type: 'TaskAssigned'; data: { at: number; taskId: string; nodeId: string; gwbridge: Endpoint } }
  | { type: 'TaskUnschedulable'; data: { at: number; taskId: string; err: string } }
  | {
      type: 'TaskStatusChanged';
      data: { at: number; taskId: string; state: TaskState; message: string; err?: string; exitCode?: number };
    }
  | { type: 'TaskDesiredStateChanged'; data: { at: number; taskId: string; desiredState: TaskState } }
  | { type: 'TaskDeleted'; data: { at: number; taskId: string } }
  | { type: 'ImagePulled'; data: { at: number; hostname: string; image: string } }
  | { type: 'RequestServed'; data: { serviceId?: string; taskId: string; request: ServedRequest } };

/** ClusterEventType is the name of one kind of event. */
export type ClusterEventType = ClusterEvent['type'];

/** EventOf picks the event with the given type out of the union. */
export type EventOf<T extends ClusterEventType> = Extract<ClusterEvent, { type: T }>;
