// From `service create` flags to a ServiceSpec, in the order the CLI builds and checks it
// (cli/command/service/opts.go ToService, ToServiceMode, updateOptions.updateConfig/rollbackConfig,
// restartPolicyOptions.ToRestartPolicy, resourceOptions, Placement, endpointOptions.ToEndpointSpec).
import type { ClusterState, PortConfig, ServiceMode, ServiceSpec, UpdateConfig } from '../../cluster/index.js';
import type { ParsedFlags } from '../cli/index.js';
import { CliError } from '../command.js';
import { resolveDataRefs, type RequestedRef } from './data-refs.js';
import { resolveAttachments } from './networks.js';
import { notSimulated } from './not-simulated.js';
import { kvMap, makeEnv, type NetworkAttachment } from './opts.js';
import { configOf, placementOf, resourcesOf, restartExtras } from './spec-options.js';

const NS_PER_MS = 1_000_000;

/** nsToMs converts a flag's nanoseconds to the cluster's milliseconds. */
export const nsToMs = (ns: number): number => ns / NS_PER_MS;

/** serviceMode is ToServiceMode for the modes swarmlab simulates. */
export function serviceMode(flags: ParsedFlags): ServiceMode {
  const mode = flags.string('mode');
  const replicas = flags.custom<number | undefined>('replicas');
  switch (mode) {
    case 'global':
      if (replicas !== undefined) throw new CliError('replicas can only be used with replicated or replicated-job mode');
      if (flags.number('replicas-max-per-node') > 0) throw new CliError('replicas-max-per-node can only be used with replicated or replicated-job mode');
      return { kind: 'global' };
    case 'replicated':
      // The API leaves Replicas nil without --replicas; the daemon then asks for one task.
      return { kind: 'replicated', replicas: replicas ?? 1 };
    case 'replicated-job':
    case 'global-job':
      throw notSimulated(`--mode ${mode}`);
    default:
      throw new CliError(`Unknown mode: ${mode}, only replicated and global supported`);
  }
}

/** updateConfigOf applies the --update-* flags the user set on top of `base`, or returns base when none was set. */
export function updateConfigOf(flags: ParsedFlags, base: UpdateConfig | undefined): UpdateConfig | undefined {
  return configOf(flags, 'update', base);
}

/** createSpec builds the spec `service create IMAGE ARGS...` asks for; `image` is already tagged. */
export function createSpec(state: Readonly<ClusterState>, hostname: string, flags: ParsedFlags, image: string, args: readonly string[]): ServiceSpec {
  const env = makeEnv(flags.custom<string[]>('env'));
  const mode = serviceMode(flags);
  const updateConfig = updateConfigOf(flags, undefined);
  const rollbackConfig = configOf(flags, 'rollback', undefined);
  const networks = resolveAttachments(state, hostname, flags.custom<NetworkAttachment[]>('network'));
  const containerLabels = kvMap(flags.custom<string[]>('container-label'));
  const hostnameFlag = flags.string('hostname');
  const grace = flags.custom<number | undefined>('stop-grace-period');
  const delay = flags.custom<number | undefined>('restart-delay');
  const resources = resourcesOf(flags, undefined);
  const placement = placementOf(flags);
  const ports = flags.custom<PortConfig[]>('publish');
  const secrets = resolveDataRefs(state, 'secret', flags.custom<RequestedRef[]>('secret'));
  const configs = resolveDataRefs(state, 'config', flags.custom<RequestedRef[]>('config'));
  const base: ServiceSpec = {
    name: flags.string('name'),
    labels: kvMap(flags.custom<string[]>('label')),
    image,
    args: [...args],
    env,
    ...(hostnameFlag !== '' && { hostname: hostnameFlag }),
    mode,
    networks,
    endpointMode: flags.string('endpoint-mode').toLowerCase() as ServiceSpec['endpointMode'],
    stopGracePeriodMs: grace === undefined ? 10_000 : nsToMs(grace),
    restartDelayMs: delay === undefined ? 5_000 : nsToMs(delay),
    restartCondition: (flags.changed('restart-condition') ? flags.string('restart-condition') : 'any') as ServiceSpec['restartCondition'],
    ...(Object.keys(containerLabels).length > 0 && { containerLabels }),
    ...(updateConfig && { updateConfig }),
    ...(rollbackConfig && { rollbackConfig }),
    ...(placement && { placement }),
    ...(ports.length > 0 && { ports: ports.map((p) => ({ ...p })) }),
    ...(resources && { resources }),
    ...(secrets.length > 0 && { secrets }),
    ...(configs.length > 0 && { configs }),
  };
  return { ...base, ...restartExtras(flags, base) };
}
