// `docker service create` with its full v28.2.2 flag set (cli/command/service/create.go and
// addServiceFlags in opts.go; flagDesc defaults are part of the usage text there too).
import {
  durationOpt, listOpt, minArgs, uint64Opt, type CommandSpec, type FlagSpec,
} from '../../../../src/docker/cli/index.js';
import { cmd, detachFlag, opaque, v } from './fixture-helpers.js';

const list = (name: string, usage: string, version?: string, shorthand?: string): FlagSpec =>
  listOpt({ name, usage, ...(version ? { annotations: v(version) } : {}), ...(shorthand ? { shorthand } : {}) });
const dur = (name: string, usage: string, version?: string, positive = false): FlagSpec =>
  durationOpt({ name, usage, ...(version ? { annotations: v(version) } : {}) }, positive);
const str = (name: string, usage: string, version?: string, def?: string): FlagSpec =>
  ({ kind: 'string', name, usage, ...(version ? { annotations: v(version) } : {}), ...(def !== undefined ? { default: def } : {}) });
const bool = (name: string, usage: string, version?: string, shorthand?: string): FlagSpec =>
  ({ kind: 'bool', name, usage, ...(version ? { annotations: v(version) } : {}), ...(shorthand ? { shorthand } : {}) });
const u64 = (name: string, usage: string, def: number, version?: string): FlagSpec =>
  ({ kind: 'uint64', name, usage, default: def, ...(version ? { annotations: v(version) } : {}) });

/** serviceCreate is the service create spec. */
export function serviceCreate(): CommandSpec<string> {
  return cmd('create [OPTIONS] IMAGE [COMMAND] [ARG...]', 'Create a new service', {
    args: minArgs(1),
    interspersed: false,
    flags: [
      str('mode', 'Service mode ("replicated", "global", "replicated-job", "global-job")', undefined, 'replicated'),
      str('name', 'Service name'),
      detachFlag,
      bool('quiet', 'Suppress progress output', undefined, 'q'),
      { kind: 'string', name: 'workdir', shorthand: 'w', usage: 'Working directory inside the container' },
      { kind: 'string', name: 'user', shorthand: 'u', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
      opaque('credential-spec', 'credential-spec', 'Credential spec for managed service account (Windows only)', { annotations: v('1.29') }),
      str('hostname', 'Container hostname', '1.25'),
      opaque('entrypoint', 'command', 'Overwrite the default ENTRYPOINT of the image'),
      list('cap-add', 'Add Linux capabilities', '1.41'),
      list('cap-drop', 'Drop Linux capabilities', '1.41'),
      opaque('limit-cpu', 'decimal', 'Limit CPUs'),
      opaque('limit-memory', 'bytes', 'Limit Memory'),
      opaque('reserve-cpu', 'decimal', 'Reserve CPUs'),
      opaque('reserve-memory', 'bytes', 'Reserve Memory'),
      { kind: 'int', name: 'limit-pids', usage: 'Limit maximum number of processes (default 0 = unlimited)', annotations: v('1.41') },
      dur('stop-grace-period', 'Time to wait before force killing a container (ns|us|ms|s|m|h) (default 10s)'),
      uint64Opt({ name: 'replicas', usage: 'Number of tasks' }),
      uint64Opt({ name: 'max-concurrent', usage: 'Number of job tasks to run concurrently (default equal to --replicas)', annotations: v('1.41') }),
      u64('replicas-max-per-node', 'Maximum number of tasks per node (default 0 = unlimited)', 0, '1.40'),
      str('restart-condition', 'Restart when condition is met ("none", "on-failure", "any") (default "any")'),
      dur('restart-delay', 'Delay between restart attempts (ns|us|ms|s|m|h) (default 5s)'),
      uint64Opt({ name: 'restart-max-attempts', usage: 'Maximum number of restarts before giving up' }),
      dur('restart-window', 'Window used to evaluate the restart policy (ns|us|ms|s|m|h)'),
      u64('update-parallelism', 'Maximum number of tasks updated simultaneously (0 to update all at once)', 1),
      { kind: 'duration', name: 'update-delay', usage: 'Delay between updates (ns|us|ms|s|m|h) (default 0s)' },
      { kind: 'duration', name: 'update-monitor', usage: 'Duration after each task update to monitor for failure (ns|us|ms|s|m|h) (default 5s)', annotations: v('1.25') },
      str('update-failure-action', 'Action on update failure ("pause", "continue", "rollback") (default "pause")'),
      { kind: 'float', bits: 32, name: 'update-max-failure-ratio', usage: 'Failure rate to tolerate during an update (default 0)', annotations: v('1.25') },
      str('update-order', 'Update order ("start-first", "stop-first") (default "stop-first")', '1.29'),
      u64('rollback-parallelism', 'Maximum number of tasks rolled back simultaneously (0 to roll back all at once)', 1, '1.28'),
      { kind: 'duration', name: 'rollback-delay', usage: 'Delay between task rollbacks (ns|us|ms|s|m|h) (default 0s)', annotations: v('1.28') },
      { kind: 'duration', name: 'rollback-monitor', usage: 'Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h) (default 5s)', annotations: v('1.28') },
      str('rollback-failure-action', 'Action on rollback failure ("pause", "continue") (default "pause")', '1.28'),
      { kind: 'float', bits: 32, name: 'rollback-max-failure-ratio', usage: 'Failure rate to tolerate during a rollback (default 0)', annotations: v('1.28') },
      str('rollback-order', 'Rollback order ("start-first", "stop-first") (default "stop-first")', '1.29'),
      str('endpoint-mode', 'Endpoint mode (vip or dnsrr)', undefined, 'vip'),
      bool('with-registry-auth', 'Send registry authentication details to swarm agents'),
      bool('no-resolve-image', 'Do not query the registry to resolve image digest and supported platforms', '1.30'),
      str('log-driver', 'Logging driver for service'),
      list('log-opt', 'Logging driver options'),
      str('health-cmd', 'Command to run to check health', '1.25'),
      dur('health-interval', 'Time between running the check (ms|s|m|h)', '1.25', true),
      dur('health-timeout', 'Maximum time to allow one check to run (ms|s|m|h)', '1.25', true),
      { kind: 'int', name: 'health-retries', usage: 'Consecutive failures needed to report unhealthy', annotations: v('1.25') },
      dur('health-start-period', 'Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)', '1.29', true),
      dur('health-start-interval', 'Time between running the check during the start period (ms|s|m|h)', '1.44', true),
      bool('no-healthcheck', 'Disable any container-specified HEALTHCHECK', '1.25'),
      bool('tty', 'Allocate a pseudo-TTY', '1.25', 't'),
      bool('read-only', "Mount the container's root filesystem as read only", '1.28'),
      str('stop-signal', 'Signal to stop the container', '1.28'),
      str('isolation', 'Service container isolation mode', '1.35'),
      list('label', 'Service labels', undefined, 'l'),
      list('container-label', 'Container labels'),
      list('env', 'Set environment variables', undefined, 'e'),
      list('env-file', 'Read in a file of environment variables'),
      opaque('mount', 'mount', 'Attach a filesystem mount to the service'),
      list('constraint', 'Placement constraints'),
      opaque('placement-pref', 'pref', 'Add a placement preference', { annotations: v('1.28') }),
      opaque('network', 'network', 'Network attachments'),
      opaque('secret', 'secret', 'Specify secrets to expose to the service', { annotations: v('1.25') }),
      opaque('config', 'config', 'Specify configurations to expose to the service', { annotations: v('1.30') }),
      opaque('publish', 'port', 'Publish a port as a node port', { shorthand: 'p' }),
      list('group', 'Set one or more supplementary user groups for the container', '1.25'),
      list('dns', 'Set custom DNS servers', '1.25'),
      list('dns-option', 'Set DNS options', '1.25'),
      list('dns-search', 'Set custom DNS search domains', '1.25'),
      list('host', 'Set one or more custom host-to-IP mappings (host:ip)', '1.25'),
      bool('init', 'Use an init inside each service container to forward signals and reap processes', '1.37'),
      list('sysctl', 'Sysctl options', '1.40'),
      opaque('ulimit', 'ulimit', 'Ulimit options', { defValue: '[]', annotations: v('1.41') }),
      { kind: 'int', name: 'oom-score-adj', usage: "Tune host's OOM preferences (-1000 to 1000) ", annotations: v('1.46') },
      list('generic-resource', 'User defined resources'),
    ],
  });
}
