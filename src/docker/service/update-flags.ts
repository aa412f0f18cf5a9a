// `docker service update`'s full v28.2.2 flag set (docker/cli cli/command/service/update.go
// newUpdateCommand): its own flags, the shared service flags without defaults, then the -add/-rm
// pairs. SIMULATED_UPDATE_FLAGS names the ones swarmlab models.
import type { FlagSpec } from '../cli/index.js';
import { envListFlag, labelListFlag, networkFlag } from './opts.js';
import { dataRefFlag } from './data-refs.js';
import { portFlag } from './port-opt.js';
import { listFlag, opaqueFlag, serviceFlags, version } from './service-flags.js';

const bool = (name: string, usage: string, v: string): FlagSpec => ({ kind: 'bool', name, usage, annotations: version(v) });

/** updateFlags returns the flag table of `service update`. */
export function updateFlags(): FlagSpec[] {
  return [
    { kind: 'string', name: 'image', usage: 'Service image tag' },
    opaqueFlag('args', 'command', 'Service command args'),
    bool('rollback', 'Rollback to previous specification', '1.25'),
    bool('force', 'Force update even if no changes require it', '1.25'),
    ...serviceFlags(false),
    listFlag('env-rm', 'Remove an environment variable'),
    listFlag('group-rm', 'Remove a previously added supplementary user group from the container', '1.25'),
    listFlag('label-rm', 'Remove a label by its key'),
    listFlag('container-label-rm', 'Remove a container label by its key'),
    listFlag('mount-rm', 'Remove a mount by its target path'),
    portFlag({ name: 'publish-rm', usage: 'Remove a published port by its target port' }),
    listFlag('constraint-rm', 'Remove a constraint'),
    listFlag('dns-rm', 'Remove a custom DNS server', '1.25'),
    listFlag('dns-option-rm', 'Remove a DNS option', '1.25'),
    listFlag('dns-search-rm', 'Remove a DNS search domain', '1.25'),
    listFlag('host-rm', 'Remove a custom host-to-IP mapping ("host:ip")', '1.25'),
    labelListFlag({ name: 'label-add', usage: 'Add or update a service label' }),
    labelListFlag({ name: 'container-label-add', usage: 'Add or update a container label' }),
    envListFlag({ name: 'env-add', usage: 'Add or update an environment variable' }),
    listFlag('secret-rm', 'Remove a secret', '1.25'),
    dataRefFlag('secret', 'secret-add', 'Add or update a secret on a service', '1.25'),
    listFlag('config-rm', 'Remove a configuration file', '1.30'),
    dataRefFlag('config', 'config-add', 'Add or update a config file on a service', '1.30'),
    opaqueFlag('mount-add', 'mount', 'Add or update a mount on a service'),
    listFlag('constraint-add', 'Add or update a placement constraint'),
    opaqueFlag('placement-pref-add', 'pref', 'Add a placement preference', { annotations: version('1.28') }),
    opaqueFlag('placement-pref-rm', 'pref', 'Remove a placement preference', { annotations: version('1.28') }),
    networkFlag({ name: 'network-add', usage: 'Add a network', annotations: version('1.29') }),
    listFlag('network-rm', 'Remove a network', '1.29'),
    portFlag({ name: 'publish-add', usage: 'Add or update a published port' }),
    listFlag('group-add', 'Add an additional supplementary user group to the container', '1.25'),
    listFlag('dns-add', 'Add or update a custom DNS server', '1.25'),
    listFlag('dns-option-add', 'Add or update a DNS option', '1.25'),
    listFlag('dns-search-add', 'Add or update a custom DNS search domain', '1.25'),
    listFlag('host-add', 'Add a custom host-to-IP mapping ("host:ip")', '1.32'),
    bool('init', 'Use an init inside each service container to forward signals and reap processes', '1.37'),
    listFlag('sysctl-add', 'Add or update a Sysctl option', '1.40'),
    listFlag('sysctl-rm', 'Remove a Sysctl option', '1.40'),
    opaqueFlag('ulimit-add', 'ulimit', 'Add or update a ulimit option', { defValue: '[]', annotations: version('1.41') }),
    listFlag('ulimit-rm', 'Remove a ulimit option', '1.41'),
    { kind: 'int', name: 'oom-score-adj', usage: "Tune host's OOM preferences (-1000 to 1000) ", annotations: version('1.46') },
    listFlag('generic-resource-rm', 'Remove a Generic resource'),
    listFlag('generic-resource-add', 'Add a Generic resource'),
  ];
}

/** SIMULATED_UPDATE_FLAGS are the update flags whose effect swarmlab models. */
export const SIMULATED_UPDATE_FLAGS: ReadonlySet<string> = new Set([
  'image', 'args', 'force', 'rollback', 'detach', 'quiet', 'hostname', 'stop-grace-period', 'replicas', 'replicas-max-per-node',
  'restart-condition', 'restart-delay', 'restart-max-attempts', 'restart-window', 'endpoint-mode', 'with-registry-auth',
  'update-parallelism', 'update-delay', 'update-monitor', 'update-failure-action', 'update-max-failure-ratio', 'update-order',
  'rollback-parallelism', 'rollback-delay', 'rollback-monitor', 'rollback-failure-action', 'rollback-max-failure-ratio', 'rollback-order',
  'limit-cpu', 'limit-memory', 'reserve-cpu', 'reserve-memory',
  'env-rm', 'label-rm', 'container-label-rm', 'label-add', 'container-label-add', 'env-add', 'network-add', 'network-rm',
  'constraint-add', 'constraint-rm', 'publish-add', 'publish-rm', 'secret-add', 'secret-rm', 'config-add', 'config-rm',
]);
