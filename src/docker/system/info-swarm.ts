// The Swarm part of `docker info` as the engine reports it (moby v28.2.2 daemon/cluster/swarm.go
// Info, convert/swarm.go SwarmFromGRPC; api/types/swarm Info and ClusterInfo), built from the
// cluster as seen from one machine.

import {
  DEFAULT_SWARM_CONFIG, hasLeader, hasManagerStatus, hostSwarmState, managerAddr, nodeOfHost, raftMembers, type ClusterState,
} from '../../cluster/index.js';
import { NO_LEADER } from '../daemon.js';
import { rfc3339Nano } from '../go-time.js';
import { SWARM_CA_PEM, SWARM_CA_PUBLIC_KEY, SWARM_CA_SUBJECT } from '../node/resource.js';

const MS_NS = 1_000_000;

function clusterInfo(state: Readonly<ClusterState>): Record<string, unknown> | undefined {
  const swarm = state.swarm;
  if (!swarm) return undefined;
  const config = swarm.config ?? DEFAULT_SWARM_CONFIG;
  return {
    ID: swarm.id,
    Version: { Index: 10 + state.seq },
    CreatedAt: rfc3339Nano(swarm.createdAt, swarm.id),
    UpdatedAt: rfc3339Nano(swarm.updatedAt, `${swarm.id}/${swarm.updatedAt}`),
    Spec: {
      Name: 'default',
      Labels: {},
      Orchestration: { TaskHistoryRetentionLimit: swarm.taskHistoryLimit },
      Raft: { SnapshotInterval: config.snapshotInterval, KeepOldSnapshots: config.keepOldSnapshots, LogEntriesForSlowFollowers: 500, ElectionTick: 10, HeartbeatTick: 1 },
      Dispatcher: { HeartbeatPeriod: config.dispatcherHeartbeatMs * MS_NS },
      CAConfig: { NodeCertExpiry: config.certExpiryMs * MS_NS },
      TaskDefaults: {},
      EncryptionConfig: { AutoLockManagers: config.autolock },
    },
    TLSInfo: { TrustRoot: SWARM_CA_PEM, CertIssuerSubject: SWARM_CA_SUBJECT, CertIssuerPublicKey: SWARM_CA_PUBLIC_KEY },
    RootRotationInProgress: false,
    DefaultAddrPool: config.defaultAddrPool,
    SubnetSize: config.subnetSize,
    DataPathPort: config.dataPathPort,
  };
}

/** swarmInfo is the engine's swarm.Info for the machine `hostname`. */
export function swarmInfo(state: Readonly<ClusterState>, hostname: string): Record<string, unknown> {
  const host = state.hosts[hostname];
  const local = hostSwarmState(state, hostname);
  const node = nodeOfHost(state as ClusterState, hostname);
  // GetAdvertiseAddress: the advertised IP when one was given, else the address the engine uses.
  const nodeAddr = local === 'inactive' ? '' : (node?.advertiseAddr?.split(':')[0] ?? host?.addr ?? '');
  const base = { NodeID: node?.id ?? '', NodeAddr: nodeAddr, LocalNodeState: local };
  if (local === 'pending') {
    const remote = host?.joining?.remote ?? '';
    return { ...base, ControlAvailable: false, Error: '', RemoteManagers: [{ NodeID: '', Addr: remote }], Nodes: 0, Managers: 0 };
  }
  if (!node) return { ...base, ControlAvailable: false, Error: '', RemoteManagers: null, Nodes: 0, Managers: 0 };
  const nodes = Object.values(state.nodes);
  const remotes = raftMembers(nodes)
    .filter((m) => !m.left)
    .map((m) => ({ NodeID: m.id, Addr: managerAddr(state, m) }));
  const active = hasManagerStatus(node);
  const leader = hasLeader(state as ClusterState);
  return {
    ...base,
    ControlAvailable: active,
    Error: active && !leader ? NO_LEADER : '',
    RemoteManagers: remotes,
    Nodes: active && leader ? nodes.length : 0,
    Managers: active && leader ? raftMembers(nodes).length : 0,
    ...(active && { Cluster: leader ? clusterInfo(state) : {} }),
  };
}
