// `docker info` without --format (docker/cli v28.2.2 cli/command/system/info.go prettyPrintInfo,
// prettyPrintServerInfo, printSwarmInfo): Go's Println joins its operands with one space, so an
// empty value still leaves the space after the label.

import { humanDuration } from '../../cluster/index.js';
import { bytesSize } from '../units.js';

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' ? (v as Obj) : {});
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function clusterLines(info: Obj, cluster: Obj): string[] {
  const spec = obj(cluster.Spec);
  const raft = obj(spec.Raft);
  const lines = [`  ClusterID: ${str(cluster.ID)}`, `  Managers: ${str(info.Managers)}`, `  Nodes: ${str(info.Nodes)}`];
  if (Array.isArray(cluster.DefaultAddrPool)) {
    lines.push(`  Default Address Pool: ${cluster.DefaultAddrPool.map((p) => `${str(p)}  `).join('')}`, `  SubnetSize: ${str(cluster.SubnetSize)}`);
  }
  if (Number(cluster.DataPathPort) > 0) lines.push(`  Data Path Port: ${str(cluster.DataPathPort)}`);
  lines.push(
    '  Orchestration:',
    `   Task History Retention Limit: ${str(obj(spec.Orchestration).TaskHistoryRetentionLimit ?? 0)}`,
    '  Raft:',
    `   Snapshot Interval: ${str(raft.SnapshotInterval)}`,
    `   Number of Old Snapshots to Retain: ${str(raft.KeepOldSnapshots)}`,
    `   Heartbeat Tick: ${str(raft.HeartbeatTick)}`,
    `   Election Tick: ${str(raft.ElectionTick)}`,
    '  Dispatcher:',
    `   Heartbeat Period: ${humanDuration(Number(obj(spec.Dispatcher).HeartbeatPeriod) / 1e6)}`,
    '  CA Configuration:',
    `   Expiry Duration: ${humanDuration(Number(obj(spec.CAConfig).NodeCertExpiry) / 1e6)}`,
    '   Force Rotate: 0',
    `  Autolock Managers: ${str(obj(spec.EncryptionConfig).AutoLockManagers)}`,
    `  Root Rotation In Progress: ${str(cluster.RootRotationInProgress)}`,
  );
  return lines;
}

/** swarmLines is printSwarmInfo. */
export function swarmLines(swarm: Obj): string[] {
  const lines = [` Swarm: ${str(swarm.LocalNodeState)}`];
  if (swarm.LocalNodeState === 'inactive' || swarm.LocalNodeState === 'locked') return lines;
  lines.push(`  NodeID: ${str(swarm.NodeID)}`);
  if (str(swarm.Error) !== '') lines.push(`  Error: ${str(swarm.Error)}`);
  lines.push(`  Is Manager: ${str(swarm.ControlAvailable)}`);
  if (swarm.Cluster && swarm.ControlAvailable === true && str(swarm.Error) === '') lines.push(...clusterLines(swarm, obj(swarm.Cluster)));
  lines.push(`  Node Address: ${str(swarm.NodeAddr)}`);
  const managers = list(swarm.RemoteManagers).map((m) => str(obj(m).Addr)).sort();
  if (managers.length > 0) lines.push('  Manager Addresses:', ...managers.map((m) => `   ${m}`));
  return lines;
}

/** serverLines is prettyPrintServerInfo, ending with its empty line. */
export function serverLines(info: Obj): string[] {
  const plugins = obj(info.Plugins);
  const names = (v: unknown): string => list(v).map(str).join(' ');
  const lines = [
    ` Containers: ${str(info.Containers)}`, `  Running: ${str(info.ContainersRunning)}`, `  Paused: ${str(info.ContainersPaused)}`,
    `  Stopped: ${str(info.ContainersStopped)}`, ` Images: ${str(info.Images)}`, ` Server Version: ${str(info.ServerVersion)}`,
    ` Storage Driver: ${str(info.Driver)}`, ...list(info.DriverStatus).map((p) => `  ${str(list(p)[0])}: ${str(list(p)[1])}`),
    ` Logging Driver: ${str(info.LoggingDriver)}`, ` Cgroup Driver: ${str(info.CgroupDriver)}`, ` Cgroup Version: ${str(info.CgroupVersion)}`,
    ' Plugins:', `  Volume: ${names(plugins.Volume)}`, `  Network: ${names(plugins.Network)}`, `  Log: ${names(plugins.Log)}`,
    ' CDI spec directories:', ...list(info.CDISpecDirs).map((d) => `  ${str(d)}`),
    ...swarmLines(obj(info.Swarm)),
    ` Runtimes: ${Object.keys(obj(info.Runtimes)).join(' ')}`, ` Default Runtime: ${str(info.DefaultRuntime)}`,
    ` Init Binary: ${str(info.InitBinary)}`, ` containerd version: ${str(obj(info.ContainerdCommit).ID)}`,
    ` runc version: ${str(obj(info.RuncCommit).ID)}`, ` init version: ${str(obj(info.InitCommit).ID)}`,
    ' Security Options:', '  apparmor', '  seccomp', '   Profile: builtin', '  cgroupns',
    ` Kernel Version: ${str(info.KernelVersion)}`, ` Operating System: ${str(info.OperatingSystem)}`, ` OSType: ${str(info.OSType)}`,
    ` Architecture: ${str(info.Architecture)}`, ` CPUs: ${str(info.NCPU)}`, ` Total Memory: ${bytesSize(Number(info.MemTotal))}`,
    ` Name: ${str(info.Name)}`, ` ID: ${str(info.ID)}`, ` Docker Root Dir: ${str(info.DockerRootDir)}`, ' Debug Mode: false',
    ` Experimental: ${str(info.ExperimentalBuild)}`,
    ' Insecure Registries:', ...list(obj(info.RegistryConfig).InsecureRegistryCIDRs).map((c) => `  ${str(c)}`),
    ` Live Restore Enabled: ${str(info.LiveRestoreEnabled)}`,
    '',
  ];
  return lines;
}

/** TWO_MANAGERS_WARNING is the daemon's warning for a swarm with exactly two managers. */
export const TWO_MANAGERS_WARNING = `WARNING: Running Swarm in a two-manager configuration. This configuration provides
         no fault tolerance, and poses a high risk to lose control over the cluster.
         Refer to https://docs.docker.com/engine/swarm/admin_guide/ to configure the
         Swarm for fault-tolerance.`;
