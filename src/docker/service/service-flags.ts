// The flags `service create` and `service update` share (docker/cli v28.2.2
// cli/command/service/opts.go addServiceFlags). create passes the swarmkit defaults, which end
// up in the usage texts as `(default 10s)`; update passes none (a nil flagDefaults map), so its
// usages have no default and its numeric defaults are 0.
import { durationOpt, listOpt, uint64Opt, type CustomFlag, type FlagSpec } from '../cli/index.js';
import { bytesFlag, cpusFlag } from './resource-opts.js';

/** version is the `version` annotation docker sets on flags newer than the first swarm API. */
export const version = (v: string): Record<string, string[]> => ({ version: [v] });

/** opaqueFlag is a repeatable flag of a docker value type swarmlab only records (help type `typeName`). */
export function opaqueFlag(name: string, typeName: string, usage: string, extra: Partial<CustomFlag> = {}): CustomFlag {
  return { ...listOpt({ name, usage }), typeName, ...extra };
}

/** listFlag is a docker `list` flag (opts.ListOpts). */
export function listFlag(name: string, usage: string, v?: string, shorthand?: string): FlagSpec {
  return listOpt({ name, usage, ...(v ? { annotations: version(v) } : {}), ...(shorthand ? { shorthand } : {}) });
}

const str = (name: string, usage: string, v?: string, def?: string): FlagSpec =>
  ({ kind: 'string', name, usage, ...(v ? { annotations: version(v) } : {}), ...(def ? { default: def } : {}) });
const bool = (name: string, usage: string, v?: string, shorthand?: string): FlagSpec =>
  ({ kind: 'bool', name, usage, ...(v ? { annotations: version(v) } : {}), ...(shorthand ? { shorthand } : {}) });
const dur = (name: string, usage: string, v?: string, positive = false): FlagSpec =>
  durationOpt({ name, usage, ...(v ? { annotations: version(v) } : {}) }, positive);
const u64 = (name: string, usage: string, def: number, v?: string): FlagSpec =>
  ({ kind: 'uint64', name, usage, default: def, ...(v ? { annotations: version(v) } : {}) });
const goDur = (name: string, usage: string, v?: string): FlagSpec =>
  ({ kind: 'duration', name, usage, ...(v ? { annotations: version(v) } : {}) });
const ratio = (name: string, usage: string, v: string): FlagSpec =>
  ({ kind: 'float', bits: 32, name, usage, annotations: version(v) });

/** detachFlag is `-d, --detach` (addDetachFlag). */
export const detachFlag: FlagSpec = bool('detach', 'Exit immediately instead of waiting for the service to converge', '1.29', 'd');

/** serviceFlags returns addServiceFlags' flags; `defaults` adds create's `(default ...)` texts. */
export function serviceFlags(defaults: boolean): FlagSpec[] {
  const d = (usage: string, def: string): string => (defaults ? `${usage} (default ${def})` : usage);
  return [
    detachFlag,
    bool('quiet', 'Suppress progress output', undefined, 'q'),
    { kind: 'string', name: 'workdir', shorthand: 'w', usage: 'Working directory inside the container' },
    { kind: 'string', name: 'user', shorthand: 'u', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
    opaqueFlag('credential-spec', 'credential-spec', 'Credential spec for managed service account (Windows only)', { annotations: version('1.29') }),
    str('hostname', 'Container hostname', '1.25'),
    opaqueFlag('entrypoint', 'command', 'Overwrite the default ENTRYPOINT of the image'),
    listFlag('cap-add', 'Add Linux capabilities', '1.41'),
    listFlag('cap-drop', 'Drop Linux capabilities', '1.41'),
    cpusFlag({ name: 'limit-cpu', usage: 'Limit CPUs' }),
    bytesFlag({ name: 'limit-memory', usage: 'Limit Memory' }),
    cpusFlag({ name: 'reserve-cpu', usage: 'Reserve CPUs' }),
    bytesFlag({ name: 'reserve-memory', usage: 'Reserve Memory' }),
    { kind: 'int', name: 'limit-pids', usage: 'Limit maximum number of processes (default 0 = unlimited)', annotations: version('1.41') },
    dur('stop-grace-period', d('Time to wait before force killing a container (ns|us|ms|s|m|h)', '10s')),
    uint64Opt({ name: 'replicas', usage: 'Number of tasks' }),
    uint64Opt({ name: 'max-concurrent', usage: 'Number of job tasks to run concurrently (default equal to --replicas)', annotations: version('1.41') }),
    u64('replicas-max-per-node', 'Maximum number of tasks per node (default 0 = unlimited)', 0, '1.40'),
    str('restart-condition', d('Restart when condition is met ("none", "on-failure", "any")', '"any"')),
    dur('restart-delay', d('Delay between restart attempts (ns|us|ms|s|m|h)', '5s')),
    uint64Opt({ name: 'restart-max-attempts', usage: 'Maximum number of restarts before giving up' }),
    dur('restart-window', 'Window used to evaluate the restart policy (ns|us|ms|s|m|h)'),
    u64('update-parallelism', 'Maximum number of tasks updated simultaneously (0 to update all at once)', defaults ? 1 : 0),
    goDur('update-delay', d('Delay between updates (ns|us|ms|s|m|h)', '0s')),
    goDur('update-monitor', d('Duration after each task update to monitor for failure (ns|us|ms|s|m|h)', '5s'), '1.25'),
    str('update-failure-action', d('Action on update failure ("pause", "continue", "rollback")', '"pause"')),
    ratio('update-max-failure-ratio', d('Failure rate to tolerate during an update', '0'), '1.25'),
    str('update-order', d('Update order ("start-first", "stop-first")', '"stop-first"'), '1.29'),
    u64('rollback-parallelism', 'Maximum number of tasks rolled back simultaneously (0 to roll back all at once)', defaults ? 1 : 0, '1.28'),
    goDur('rollback-delay', d('Delay between task rollbacks (ns|us|ms|s|m|h)', '0s'), '1.28'),
    goDur('rollback-monitor', d('Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h)', '5s'), '1.28'),
    str('rollback-failure-action', d('Action on rollback failure ("pause", "continue")', '"pause"'), '1.28'),
    ratio('rollback-max-failure-ratio', d('Failure rate to tolerate during a rollback', '0'), '1.28'),
    str('rollback-order', d('Rollback order ("start-first", "stop-first")', '"stop-first"'), '1.29'),
    str('endpoint-mode', 'Endpoint mode (vip or dnsrr)', undefined, defaults ? 'vip' : undefined),
    bool('with-registry-auth', 'Send registry authentication details to swarm agents'),
    bool('no-resolve-image', 'Do not query the registry to resolve image digest and supported platforms', '1.30'),
    str('log-driver', 'Logging driver for service'),
    listFlag('log-opt', 'Logging driver options'),
    str('health-cmd', 'Command to run to check health', '1.25'),
    dur('health-interval', 'Time between running the check (ms|s|m|h)', '1.25', true),
    dur('health-timeout', 'Maximum time to allow one check to run (ms|s|m|h)', '1.25', true),
    { kind: 'int', name: 'health-retries', usage: 'Consecutive failures needed to report unhealthy', annotations: version('1.25') },
    dur('health-start-period', 'Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)', '1.29', true),
    dur('health-start-interval', 'Time between running the check during the start period (ms|s|m|h)', '1.44', true),
    bool('no-healthcheck', 'Disable any container-specified HEALTHCHECK', '1.25'),
    bool('tty', 'Allocate a pseudo-TTY', '1.25', 't'),
    bool('read-only', "Mount the container's root filesystem as read only", '1.28'),
    str('stop-signal', 'Signal to stop the container', '1.28'),
    str('isolation', 'Service container isolation mode', '1.35'),
  ];
}
