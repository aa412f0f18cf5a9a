// The flags `swarm init` and `swarm update` share (docker/cli v28.2.2 cli/command/swarm/opts.go
// addSwarmFlags, addSwarmCAFlags) and how a changed flag overrides the swarm's spec
// (swarmOptions.mergeSwarmSpec: only flags the user set take part).

import { DEFAULT_SWARM_CONFIG, type SwarmConfig } from '../../cluster/index.js';
import type { FlagSpec, ParsedFlags } from '../cli/index.js';
import { externalCaFlag } from './flag-values.js';

const HOUR_NS = 3_600_000_000_000;
const versionAnn = (v: string) => ({ version: [v] });

/** swarmSpecFlags are addSwarmFlags: history limit, dispatcher heartbeat, raft snapshots, CA options. */
export function swarmSpecFlags(): FlagSpec[] {
  return [
    { kind: 'int', name: 'task-history-limit', default: 5, usage: 'Task history retention limit' },
    { kind: 'duration', name: 'dispatcher-heartbeat', default: 5_000_000_000, usage: 'Dispatcher heartbeat period (ns|us|ms|s|m|h)' },
    { kind: 'uint64', name: 'max-snapshots', usage: 'Number of additional Raft snapshots to retain', annotations: versionAnn('1.25') },
    { kind: 'uint64', name: 'snapshot-interval', default: 10_000, usage: 'Number of log entries between Raft snapshots', annotations: versionAnn('1.25') },
    { kind: 'duration', name: 'cert-expiry', default: 2160 * HOUR_NS, usage: 'Validity period for node certificates (ns|us|ms|s|m|h)' },
    externalCaFlag({ name: 'external-ca', usage: 'Specifications of one or more certificate signing endpoints' }),
  ];
}

/** SwarmSpec is the part of the swarm spec these flags set. */
export interface SwarmSpec {
  taskHistoryLimit: number;
  config: SwarmConfig;
}

/** mergeSwarmSpec returns `current` with every flag the user set applied (ns durations become ms). */
export function mergeSwarmSpec(flags: ParsedFlags, current: SwarmSpec): SwarmSpec {
  const config: SwarmConfig = { ...current.config, defaultAddrPool: [...current.config.defaultAddrPool] };
  const ms = (name: string): number => Math.round(flags.duration(name) / 1_000_000);
  if (flags.changed('dispatcher-heartbeat')) config.dispatcherHeartbeatMs = ms('dispatcher-heartbeat');
  if (flags.changed('cert-expiry')) config.certExpiryMs = ms('cert-expiry');
  if (flags.changed('max-snapshots')) config.keepOldSnapshots = flags.number('max-snapshots');
  if (flags.changed('snapshot-interval')) config.snapshotInterval = flags.number('snapshot-interval');
  if (flags.changed('autolock')) config.autolock = flags.bool('autolock');
  const taskHistoryLimit = flags.changed('task-history-limit') ? flags.number('task-history-limit') : current.taskHistoryLimit;
  return { taskHistoryLimit, config };
}

/** DEFAULT_SWARM_SPEC is a new swarm's spec before any flag. */
export const DEFAULT_SWARM_SPEC: SwarmSpec = { taskHistoryLimit: 5, config: DEFAULT_SWARM_CONFIG };
