// A service as the engine's API returns it (moby v28.2.2 api/types/swarm: Service, ServiceSpec,
// TaskSpec, ContainerSpec, UpdateConfig; field order and omitempty as there). `Spec` is asked for
// with InsertDefaults (swarmkit api/defaults/service.go fills StopGracePeriod, RestartPolicy,
// UpdateConfig and RollbackConfig); `PreviousSpec` is shown as stored, i.e. as the CLI sent it:
// Init, DNSConfig, Resources and Placement always, the rest only when set.
import { DEFAULT_UPDATE_CONFIG, type ClusterState, type PortConfig, type ResourceAmount, type Service, type ServiceSpec, type UpdateConfig } from '../../cluster/index.js';
import { sortedMap } from '../format/index.js';
import { rfc3339Nano } from '../go-time.js';
import { pinnedImage } from '../image-ref.js';

const NS = 1_000_000;
const ns = (ms: number): number => Math.round(ms * NS);
const nonEmpty = <T>(list: readonly T[]): readonly T[] | undefined => (list.length > 0 ? list : undefined);

function updateConfigJson(config: UpdateConfig): Record<string, unknown> {
  return {
    Parallelism: config.parallelism,
    Delay: config.delayMs !== 0 ? ns(config.delayMs) : undefined,
    FailureAction: config.failureAction ?? 'pause',
    Monitor: ns(config.monitorMs),
    MaxFailureRatio: config.maxFailureRatio ?? 0,
    Order: config.order ?? 'stop-first',
  };
}

/** resourceJson is swarm.Limit / swarm.Resources with omitempty fields. */
function resourceJson(r: ResourceAmount | undefined): Record<string, unknown> {
  return { NanoCPUs: r?.nanoCpus || undefined, MemoryBytes: r?.memoryBytes || undefined };
}

/** portJson is swarm.PortConfig: Protocol, TargetPort, PublishedPort (omitempty), PublishMode. */
function portJson(p: PortConfig): Record<string, unknown> {
  return { Protocol: p.protocol, TargetPort: p.targetPort, PublishedPort: p.publishedPort || undefined, PublishMode: p.publishMode };
}

function placementJson(spec: ServiceSpec): Record<string, unknown> {
  const placement = spec.placement;
  return { Constraints: placement && nonEmpty(placement.constraints), MaxReplicas: placement?.maxReplicas || undefined };
}

function containerSpecJson(spec: ServiceSpec, defaults: boolean): Record<string, unknown> {
  const labels = spec.containerLabels ?? {};
  return {
    Image: pinnedImage(spec.image),
    Labels: Object.keys(labels).length > 0 ? sortedMap(labels) : undefined,
    Args: nonEmpty(spec.args),
    Hostname: spec.hostname || undefined,
    Env: nonEmpty(spec.env),
    Init: false,
    StopGracePeriod: defaults || spec.stopGracePeriodMs !== 10_000 ? ns(spec.stopGracePeriodMs) : undefined,
    DNSConfig: {},
    // swarm.SecretReference / ConfigReference: File target, then the ID and name (moby api/types/swarm).
    Secrets: nonEmpty((spec.secrets ?? []).map((r) => ({ File: { Name: r.target, UID: r.uid, GID: r.gid, Mode: r.mode }, SecretID: r.id, SecretName: r.name }))),
    Configs: nonEmpty((spec.configs ?? []).map((r) => ({ File: { Name: r.target, UID: r.uid, GID: r.gid, Mode: r.mode }, ConfigID: r.id, ConfigName: r.name }))),
    Isolation: 'default',
  };
}

/** specJson renders a ServiceSpec; `defaults` is the API's InsertDefaults. */
export function specJson(spec: ServiceSpec, defaults: boolean): Record<string, unknown> {
  const restartSet = spec.restartCondition !== 'any' || spec.restartDelayMs !== 5_000;
  const update = spec.updateConfig ?? (defaults ? DEFAULT_UPDATE_CONFIG : undefined);
  return {
    Name: spec.name,
    Labels: sortedMap(spec.labels),
    TaskTemplate: {
      ContainerSpec: containerSpecJson(spec, defaults),
      Resources: { Limits: resourceJson(spec.resources?.limits), Reservations: resourceJson(spec.resources?.reservations) },
      RestartPolicy: defaults || restartSet ? { Condition: spec.restartCondition, Delay: ns(spec.restartDelayMs), MaxAttempts: 0 } : undefined,
      Placement: placementJson(spec),
      Networks: nonEmpty(spec.networks.map((n) => ({ Target: n.target, Aliases: nonEmpty(n.aliases) }))),
      ForceUpdate: spec.forceUpdate ?? 0,
      Runtime: 'container',
    },
    Mode: spec.mode.kind === 'replicated' ? { Replicated: { Replicas: spec.mode.replicas } } : { Global: {} },
    UpdateConfig: update ? updateConfigJson(update) : undefined,
    RollbackConfig: spec.rollbackConfig ? updateConfigJson(spec.rollbackConfig) : defaults ? updateConfigJson(DEFAULT_UPDATE_CONFIG) : undefined,
    EndpointSpec: { Mode: spec.endpointMode, Ports: spec.ports && nonEmpty(spec.ports.map(portJson)) },
  };
}

function vipJson(state: Readonly<ClusterState>, vip: Service['vips'][number]): Record<string, unknown> {
  const prefix = state.networks[vip.networkId]?.subnet.split('/')[1] ?? '24';
  return { NetworkID: vip.networkId, Addr: `${vip.ip}/${prefix}` };
}

/** serviceJson renders a service as `docker service inspect` prints it. */
export function serviceJson(state: Readonly<ClusterState>, service: Service): Record<string, unknown> {
  const status = service.updateStatus;
  // The allocator writes the VIPs just after creation, so UpdatedAt is never exactly CreatedAt.
  const updatedAt = service.updatedAt === service.createdAt ? service.createdAt + 1 : service.updatedAt;
  return {
    ID: service.id,
    Version: { Index: service.version },
    CreatedAt: rfc3339Nano(service.createdAt, `${service.id}/created`),
    UpdatedAt: rfc3339Nano(updatedAt, `${service.id}/updated/${service.version}`),
    Spec: specJson(service.spec, true),
    PreviousSpec: service.previousSpec ? specJson(service.previousSpec, false) : undefined,
    Endpoint: {
      Spec: { Mode: service.spec.endpointMode, Ports: service.spec.ports && nonEmpty(service.spec.ports.map(portJson)) },
      Ports: service.endpointPorts && nonEmpty(service.endpointPorts.map(portJson)),
      VirtualIPs: nonEmpty(service.vips.map((v) => vipJson(state, v))),
    },
    UpdateStatus: status
      ? {
          State: status.state,
          StartedAt: rfc3339Nano(status.startedAt, `${service.id}/update-started`),
          CompletedAt: status.completedAt !== undefined ? rfc3339Nano(status.completedAt, `${service.id}/update-completed`) : undefined,
          Message: status.message,
        }
      : undefined,
  };
}
