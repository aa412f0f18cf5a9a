// One compose service to a ServiceSpec (docker/cli v28.2.2 cli/compose/convert/service.go
// Service, convertDeployMode, convertRestartPolicy, convertUpdateConfig, convertResources,
// convertEndpointSpec, convertServiceNetworks). Names of networks, secrets and configs arrive
// already resolved to IDs through the `resolve` callbacks.

import type { DataReference, PortConfig, ServiceSpec, UpdateConfig } from '../../cluster/index.js';
import { parseGoDuration } from '../cli/index.js';
import { CliError } from '../command.js';
import { withDefaultTag } from '../image-ref.js';
import { parseCpus, parseRamInBytes } from '../service/resource-opts.js';
import type { ComposeFileRef, ComposeService } from './compose/index.js';

/** LABEL_NAMESPACE and LABEL_IMAGE are the labels a stack puts on what it creates (convert/compose.go, service.go). */
export const LABEL_NAMESPACE = 'com.docker.stack.namespace';
export const LABEL_IMAGE = 'com.docker.stack.image';

/** Resolvers turn a stack-scoped object name into the ID the swarm knows. */
export interface Resolvers {
  network(key: string): { id: string; name: string };
  data(kind: 'secret' | 'config', fileKey: string): { id: string; name: string };
}

type Dict = Record<string, unknown>;
const dict = (v: unknown): Dict => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Dict) : {});

function durationMs(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = parseGoDuration(String(value));
  if (!parsed.ok) throw new CliError(parsed.error);
  return parsed.value / 1_000_000;
}

function mode(deploy: Dict): ServiceSpec['mode'] {
  const m = deploy.mode === undefined ? 'replicated' : String(deploy.mode);
  if (m === 'global') {
    if (deploy.replicas !== undefined) throw new CliError('replicas can only be used with replicated or replicated-job mode');
    return { kind: 'global' };
  }
  if (m !== 'replicated') throw new CliError(`Unknown mode: ${m}`);
  return { kind: 'replicated', replicas: typeof deploy.replicas === 'number' ? deploy.replicas : 1 };
}

function updateConfig(raw: unknown): UpdateConfig | undefined {
  if (raw === undefined) return undefined;
  const u = dict(raw);
  const failureAction = u.failure_action === undefined ? undefined : (String(u.failure_action) as UpdateConfig['failureAction']);
  const order = u.order === undefined ? undefined : (String(u.order) as UpdateConfig['order']);
  return {
    parallelism: typeof u.parallelism === 'number' ? u.parallelism : 1,
    delayMs: durationMs(u.delay, 0),
    monitorMs: durationMs(u.monitor, 0),
    ...(failureAction && { failureAction }),
    ...(order && { order }),
    ...(typeof u.max_failure_ratio === 'number' && { maxFailureRatio: u.max_failure_ratio }),
  };
}

function amount(raw: unknown): { nanoCpus: number; memoryBytes: number } {
  const r = dict(raw);
  const cpus = r.cpus === undefined ? { ok: true as const, value: 0 } : parseCpus(String(r.cpus));
  const memory = r.memory === undefined ? { ok: true as const, value: 0 } : parseRamInBytes(String(r.memory));
  if (!cpus.ok) throw new CliError(cpus.error);
  if (!memory.ok) throw new CliError(memory.error);
  return { nanoCpus: cpus.value, memoryBytes: memory.value };
}

function ports(service: ComposeService): PortConfig[] {
  return service.ports.map((p) => ({
    protocol: p.protocol as PortConfig['protocol'], targetPort: p.target, publishedPort: p.published ?? 0, publishMode: p.mode as PortConfig['publishMode'],
  }));
}

function fileRefs(kind: 'secret' | 'config', refs: readonly ComposeFileRef[], resolvers: Resolvers): DataReference[] {
  return refs.map((ref) => {
    const { id, name } = resolvers.data(kind, ref.source);
    return { id, name, target: ref.target ?? ref.source, uid: ref.uid ?? '0', gid: ref.gid ?? '0', mode: ref.mode ?? 0o444 };
  });
}

/** convertService builds the spec `docker stack deploy` sends for one service of stack `stack`. */
export function convertService(stack: string, service: ComposeService, resolvers: Resolvers): ServiceSpec {
  const deploy = service.deploy;
  const restart = dict(deploy.restart_policy);
  const placement = dict(deploy.placement);
  const resources = dict(deploy.resources);
  const networkKeys = Object.keys(service.networks ?? { default: [] });
  const networks = networkKeys
    .map((key) => ({ network: resolvers.network(key), aliases: [...(service.networks?.[key] ?? []), service.name] }))
    // The CLI sorts by the network's name, before the daemon resolves it to an ID.
    .sort((a, b) => (a.network.name < b.network.name ? -1 : a.network.name > b.network.name ? 1 : 0))
    .map(({ network, aliases }) => ({ target: network.id, aliases }));
  const update = updateConfig(deploy.update_config);
  const rollback = updateConfig(deploy.rollback_config);
  const secrets = fileRefs('secret', service.secrets, resolvers);
  const configs = fileRefs('config', service.configs, resolvers);
  const constraints = Array.isArray(placement.constraints) ? placement.constraints.map(String) : [];
  const maxReplicas = typeof placement.max_replicas_per_node === 'number' ? placement.max_replicas_per_node : 0;
  const portList = ports(service);
  return {
    name: `${stack}_${service.name}`,
    labels: { ...labelsOf(deploy.labels), [LABEL_NAMESPACE]: stack, [LABEL_IMAGE]: service.image },
    image: withDefaultTag(service.image),
    args: service.command ?? [],
    env: service.environment,
    ...(service.hostname !== undefined && { hostname: service.hostname }),
    mode: mode(deploy),
    networks,
    endpointMode: (deploy.endpoint_mode === undefined ? 'vip' : String(deploy.endpoint_mode)) as ServiceSpec['endpointMode'],
    stopGracePeriodMs: durationMs(service.stopGracePeriod, 10_000),
    restartDelayMs: durationMs(restart.delay, 5_000),
    restartCondition: (restart.condition === undefined ? 'any' : String(restart.condition)) as ServiceSpec['restartCondition'],
    containerLabels: { ...service.labels, [LABEL_NAMESPACE]: stack },
    ...(update && { updateConfig: update }),
    ...(rollback && { rollbackConfig: rollback }),
    ...((constraints.length > 0 || maxReplicas > 0) && { placement: { constraints, maxReplicas } }),
    ...(portList.length > 0 && { ports: portList }),
    ...(deploy.resources !== undefined && { resources: { limits: amount(resources.limits), reservations: amount(resources.reservations) } }),
    ...(typeof restart.max_attempts === 'number' && { restartMaxAttempts: restart.max_attempts }),
    ...(restart.window !== undefined && { restartWindowMs: durationMs(restart.window, 0) }),
    ...(secrets.length > 0 && { secrets }),
    ...(configs.length > 0 && { configs }),
  };
}

function labelsOf(raw: unknown): Record<string, string> {
  if (Array.isArray(raw)) {
    return Object.fromEntries(raw.map(String).map((e) => (e.includes('=') ? [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] : [e, ''])));
  }
  return Object.fromEntries(Object.entries(dict(raw)).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));
}
