// `docker service create`'s full v28.2.2 flag set: --mode and --name, the shared service flags
// with swarmkit's defaults in their usage texts, then create's own lists (cli/command/service/
// create.go newCreateCommand). SIMULATED_CREATE_FLAGS names the ones swarmlab models.
import { listOpt, type FlagSpec } from '../cli/index.js';
import { envListFlag, labelListFlag, networkFlag } from './opts.js';
import { dataRefFlag } from './data-refs.js';
import { portFlag } from './port-opt.js';
import { listFlag, opaqueFlag, serviceFlags, version } from './service-flags.js';

/** createFlags returns the flag table of `service create`. */
export function createFlags(): FlagSpec[] {
  return [
    { kind: 'string', name: 'mode', default: 'replicated', usage: 'Service mode ("replicated", "global", "replicated-job", "global-job")' },
    { kind: 'string', name: 'name', usage: 'Service name' },
    ...serviceFlags(true),
    labelListFlag({ name: 'label', shorthand: 'l', usage: 'Service labels' }),
    labelListFlag({ name: 'container-label', usage: 'Container labels' }),
    envListFlag({ name: 'env', shorthand: 'e', usage: 'Set environment variables' }),
    listOpt({ name: 'env-file', usage: 'Read in a file of environment variables' }),
    opaqueFlag('mount', 'mount', 'Attach a filesystem mount to the service'),
    listFlag('constraint', 'Placement constraints'),
    opaqueFlag('placement-pref', 'pref', 'Add a placement preference', { annotations: version('1.28') }),
    networkFlag({ name: 'network', usage: 'Network attachments' }),
    dataRefFlag('secret', 'secret', 'Specify secrets to expose to the service', '1.25'),
    dataRefFlag('config', 'config', 'Specify configurations to expose to the service', '1.30'),
    portFlag({ name: 'publish', shorthand: 'p', usage: 'Publish a port as a node port' }),
    listFlag('group', 'Set one or more supplementary user groups for the container', '1.25'),
    listFlag('dns', 'Set custom DNS servers', '1.25'),
    listFlag('dns-option', 'Set DNS options', '1.25'),
    listFlag('dns-search', 'Set custom DNS search domains', '1.25'),
    listFlag('host', 'Set one or more custom host-to-IP mappings (host:ip)', '1.25'),
    { kind: 'bool', name: 'init', usage: 'Use an init inside each service container to forward signals and reap processes', annotations: version('1.37') },
    listFlag('sysctl', 'Sysctl options', '1.40'),
    opaqueFlag('ulimit', 'ulimit', 'Ulimit options', { defValue: '[]', annotations: version('1.41') }),
    { kind: 'int', name: 'oom-score-adj', usage: "Tune host's OOM preferences (-1000 to 1000) ", annotations: version('1.46') },
    listFlag('generic-resource', 'User defined resources'),
  ];
}

/** SIMULATED_CREATE_FLAGS are the create flags whose effect swarmlab models. */
export const SIMULATED_CREATE_FLAGS: ReadonlySet<string> = new Set([
  'mode', 'name', 'detach', 'quiet', 'hostname', 'stop-grace-period', 'replicas', 'replicas-max-per-node',
  'restart-condition', 'restart-delay', 'restart-max-attempts', 'restart-window', 'endpoint-mode', 'with-registry-auth',
  'update-parallelism', 'update-delay', 'update-monitor', 'update-failure-action', 'update-max-failure-ratio', 'update-order',
  'rollback-parallelism', 'rollback-delay', 'rollback-monitor', 'rollback-failure-action', 'rollback-max-failure-ratio', 'rollback-order',
  'limit-cpu', 'limit-memory', 'reserve-cpu', 'reserve-memory',
  'label', 'container-label', 'env', 'network', 'constraint', 'publish', 'secret', 'config',
]);
