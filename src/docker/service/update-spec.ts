// Applying `service update` flags to the current spec, in the CLI's order (docker/cli v28.2.2
// cli/command/service/update.go updateService, updateLabels, updateEnvironment, updateNetworks,
// updateReplicas, updatePlacementConstraints, updatePorts, the update/rollback configs and
// resources). Flags the user did not set leave their part of the spec alone.
import type { ClusterState, PortConfig, ServiceSpec } from '../../cluster/index.js';
import type { ParsedFlags } from '../cli/index.js';
import { CliError } from '../command.js';
import { nsToMs, updateConfigOf } from './create-spec.js';
import { updatedDataRefs } from './data-refs.js';
import { resolveNetworkId } from './networks.js';
import { kvMap, shlexSplit, type NetworkAttachment } from './opts.js';
import { portKey } from './port-opt.js';
import { configOf, resourcesOf, restartExtras, updatePlacement } from './spec-options.js';

const list = (flags: ParsedFlags, name: string): string[] => flags.custom<string[]>(name);
const envKey = (env: string): string => env.split('=')[0] ?? '';

/** updateMap is updateLabels: remove the -rm keys, then set the -add pairs. */
function updateMap(current: Record<string, string>, remove: readonly string[], add: readonly string[]): Record<string, string> {
  const next = { ...current };
  for (const key of remove) delete next[key];
  return { ...next, ...kvMap(add) };
}

/** updateEnvironment drops --env-rm keys, then adds or replaces --env-add values (first position kept). */
function updateEnvironment(env: readonly string[], remove: readonly string[], add: readonly string[]): string[] {
  const next = env.filter((e) => !remove.includes(envKey(e)));
  for (const value of add) {
    const at = next.findIndex((e) => envKey(e) === envKey(value));
    if (at >= 0) next[at] = value;
    else next.push(value);
  }
  return next;
}

function updateNetworks(state: Readonly<ClusterState>, hostname: string, flags: ParsedFlags, current: ServiceSpec['networks']): ServiceSpec['networks'] {
  const removeIds = new Set(list(flags, 'network-rm').map((ref) => resolveNetworkId(state, hostname, ref)));
  const next = current.filter((n) => !removeIds.has(n.target));
  for (const added of flags.custom<NetworkAttachment[]>('network-add')) {
    const id = resolveNetworkId(state, hostname, added.target);
    if (next.some((n) => n.target === id)) throw new CliError(`service is already attached to network ${added.target}`);
    next.push({ target: id, aliases: [...added.aliases] });
  }
  return next.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
}

/** applyUpdateFlags returns the spec `service update` sends; `image` is the --image value if set. */
export function applyUpdateFlags(state: Readonly<ClusterState>, hostname: string, flags: ParsedFlags, current: ServiceSpec): ServiceSpec {
  const spec: ServiceSpec = { ...current, labels: updateMap(current.labels, list(flags, 'label-rm'), list(flags, 'label-add')) };
  const containerLabels = updateMap(current.containerLabels ?? {}, list(flags, 'container-label-rm'), list(flags, 'container-label-add'));
  if (Object.keys(containerLabels).length > 0 || current.containerLabels) spec.containerLabels = containerLabels;
  if (flags.changed('image')) spec.image = flags.string('image');
  if (flags.changed('args')) spec.args = shlexSplit(list(flags, 'args').at(-1) ?? '');
  spec.env = updateEnvironment(current.env, list(flags, 'env-rm'), list(flags, 'env-add'));
  if (flags.changed('hostname')) spec.hostname = flags.string('hostname');
  const grace = flags.custom<number | undefined>('stop-grace-period');
  if (grace !== undefined) spec.stopGracePeriodMs = nsToMs(grace);
  if (flags.changed('restart-condition')) spec.restartCondition = flags.string('restart-condition') as ServiceSpec['restartCondition'];
  const delay = flags.custom<number | undefined>('restart-delay');
  if (delay !== undefined) spec.restartDelayMs = nsToMs(delay);
  if (flags.changed('network-add') || flags.changed('network-rm')) spec.networks = updateNetworks(state, hostname, flags, current.networks);
  const replicas = flags.custom<number | undefined>('replicas');
  if (replicas !== undefined) {
    if (current.mode.kind !== 'replicated') throw new CliError('replicas can only be used with replicated mode');
    spec.mode = { kind: 'replicated', replicas };
  }
  const updateConfig = updateConfigOf(flags, current.updateConfig);
  if (updateConfig) spec.updateConfig = updateConfig;
  const rollbackConfig = configOf(flags, 'rollback', current.rollbackConfig);
  if (rollbackConfig) spec.rollbackConfig = rollbackConfig;
  if (flags.changed('endpoint-mode')) spec.endpointMode = flags.string('endpoint-mode') as ServiceSpec['endpointMode'];
  if (flags.changed('publish-add') || flags.changed('publish-rm')) spec.ports = updatePorts(flags, current.ports ?? []);
  if (flags.bool('force')) spec.forceUpdate = (current.forceUpdate ?? 0) + 1;
  for (const kind of ['secret', 'config'] as const) {
    const key = kind === 'secret' ? 'secrets' : 'configs';
    const refs = updatedDataRefs(state, kind, flags, current[key] ?? []);
    if (refs.length > 0) spec[key] = refs;
    else delete spec[key];
  }
  return withOptional(spec, resourcesOf(flags, current.resources), updatePlacement(flags, current.placement), restartExtras(flags, current));
}

function withOptional(spec: ServiceSpec, resources: ServiceSpec['resources'], placement: ServiceSpec['placement'], restart: Partial<ServiceSpec>): ServiceSpec {
  const out: ServiceSpec = { ...spec, ...restart };
  delete out.resources;
  delete out.placement;
  if (spec.ports !== undefined && spec.ports.length === 0) delete out.ports;
  return { ...out, ...(resources && { resources }), ...(placement && { placement }) };
}

const sameMode = (a: string, b: string): boolean => a === b;

/** updatePorts is update.go updatePorts: drop --publish-rm matches (target, protocol, mode), add new ones, sort. */
function updatePorts(flags: ParsedFlags, current: readonly PortConfig[]): PortConfig[] {
  const seen = new Map<string, PortConfig>();
  for (const p of current) if (!seen.has(portKey(p))) seen.set(portKey(p), p);
  const remove = flags.custom<PortConfig[]>('publish-rm');
  const next = [...seen.values()].filter((p) => !remove.some((r) => r.protocol === p.protocol && r.targetPort === p.targetPort && sameMode(r.publishMode, p.publishMode)));
  for (const p of flags.custom<PortConfig[]>('publish-add')) if (!seen.has(portKey(p))) next.push({ ...p });
  return next.sort((a, b) => (portKey(a) < portKey(b) ? -1 : portKey(a) > portKey(b) ? 1 : 0));
}
