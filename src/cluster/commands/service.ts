// Services as the swarm manager accepts them (swarmkit manager/controlapi/service.go and
// common.go validateAnnotations): name rules, the task spec (resources, restart policy,
// placement), update configs and the endpoint, networks, published-port conflicts, uniqueness,
// and one VIP per network in vip endpoint mode, allocated before any task exists (the allocator
// does services first). A manual rollback swaps Spec and PreviousSpec (UpdateService, Rollback).

import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import type { ClusterState, ResourceAmount, Service, ServiceSpec, UpdateConfig } from '../model.js';
import { randomName } from '../names.js';
import { parseConstraints } from '../reconcile/constraint.js';
import { allocatePorts, allocateVips, checkPortConflicts, validateEndpointSpec } from './service-endpoint.js';
import { CONFIG_RULES } from './config.js';
import { checkReferences } from './data-object.js';
import { SECRET_RULES } from './secret.js';

const DNS_NAME = /^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$/;

function invalid(desc: string): ClusterError {
  return new ClusterError('invalid-argument', `rpc error: code = InvalidArgument desc = ${desc}`);
}

// Control characters (other than tab) in labels, env, hostnames or arguments would reach other
// students' terminals through `service inspect`, `docker ps` or `printenv` in a container. Docker
// accepts them; swarmlab refuses them, because its terminals are shared by a class.
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/;

function rejectControlCharacters(spec: ServiceSpec): void {
  const texts = [
    spec.image,
    spec.hostname ?? '',
    ...spec.args,
    ...spec.env,
    ...Object.entries(spec.labels).flat(),
    ...Object.entries(spec.containerLabels ?? {}).flat(),
    ...spec.networks.flatMap((n) => n.aliases),
    ...(spec.placement?.constraints ?? []),
  ];
  if (texts.some((t) => CONTROL.test(t))) {
    throw new ClusterError('invalid-argument', 'swarmlab: control characters are not allowed in service specs (labels, env, hostname, arguments): other students would see them');
  }
}

/** validateResources is controlapi validateResources: at least 0.001 CPU and 4 MiB when set. */
function validateResources(r: ResourceAmount | undefined): void {
  if (!r) return;
  // Go's %g writes a two-digit exponent (1e-09) where JavaScript writes 1e-9.
  const cpus = String(r.nanoCpus / 1e9).replace(/e([+-])(\d)$/, 'e$10$2');
  if (r.nanoCpus !== 0 && r.nanoCpus < 1e6) throw invalid(`invalid cpu value ${cpus}: Must be at least 0.001`);
  if (r.memoryBytes !== 0 && r.memoryBytes < 4 * 1024 * 1024) throw invalid(`invalid memory value ${r.memoryBytes}: Must be at least 4MiB`);
}

function validateUpdate(config: UpdateConfig | undefined): void {
  if (!config) return;
  if (config.delayMs < 0) throw invalid('TaskSpec: update-delay cannot be negative');
  if (config.monitorMs < 0) throw invalid('TaskSpec: update-monitor cannot be negative');
  const ratio = config.maxFailureRatio ?? 0;
  if (ratio < 0 || ratio > 1) throw invalid('TaskSpec: update-maxfailureratio cannot be less than 0 or bigger than 1');
}

/** validateSpec is validateServiceSpec then validateNetworks, in swarmkit's order. */
function validateSpec(state: ClusterState, spec: ServiceSpec): void {
  rejectControlCharacters(spec);
  if (!DNS_NAME.test(spec.name)) throw invalid('name must be valid as a DNS name component');
  if (spec.name.length > 63) throw invalid('name must be 63 characters or fewer');
  validateResources(spec.resources?.limits);
  validateResources(spec.resources?.reservations);
  if (spec.restartDelayMs < 0) throw invalid('TaskSpec: restart-delay cannot be negative');
  if ((spec.restartWindowMs ?? 0) < 0) throw invalid('TaskSpec: restart-window cannot be negative');
  const constraints = parseConstraints(spec.placement?.constraints ?? []);
  // validatePlacement returns constraint.Parse's plain error, which gRPC reports as Unknown.
  if (typeof constraints === 'string') throw new ClusterError('invalid-argument', `rpc error: code = Unknown desc = ${constraints}`);
  validateUpdate(spec.updateConfig);
  // validateSecretRefsSpec, validateConfigRefsSpec, then check*Existence (controlapi/service.go).
  checkReferences(state, SECRET_RULES, spec.secrets ?? []);
  checkReferences(state, CONFIG_RULES, spec.configs ?? []);
  validateEndpointSpec(spec);
  for (const attachment of spec.networks) {
    const network = state.networks[attachment.target];
    if (!network) throw new ClusterError('not-found', `network ${attachment.target} not found`);
    if (network.ingress) {
      throw invalid(`Service cannot be explicitly attached to the ingress network "${network.name}"`);
    }
  }
}

/** createService validates a spec, names it if unnamed, and allocates its VIPs and published ports. */
export function createService(state: ClusterState, ctx: DecideContext, requested: ServiceSpec): ClusterEvent[] {
  if (!state.swarm) throw new ClusterError('failed-precondition', 'This node is not part of a swarm');
  const spec: ServiceSpec = { ...requested, name: requested.name || randomName(ctx.entropy) };
  validateSpec(state, spec);
  checkPortConflicts(state, spec, '');
  const lower = spec.name.toLowerCase();
  if (Object.values(state.services).some((s) => s.spec.name.toLowerCase() === lower)) {
    throw new ClusterError(
      'already-exists',
      `rpc error: code = AlreadyExists desc = name conflicts with an existing object: service ${spec.name} already exists`,
    );
  }
  const endpointPorts = allocatePorts(state, spec);
  const service: Service = {
    id: ctx.entropy.swarmId(),
    spec,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
    vips: allocateVips(state, spec),
    ...(endpointPorts && { endpointPorts }),
  };
  return [{ type: 'ServiceCreated', data: { service } }];
}

/** updateService replaces a service's spec; renaming is refused as swarmkit refuses it. */
export function updateService(state: ClusterState, ctx: DecideContext, serviceId: string, spec: ServiceSpec): ClusterEvent[] {
  const service = state.services[serviceId];
  validateSpec(state, spec);
  if (!service) throw new ClusterError('not-found', `service ${serviceId} not found`);
  if (JSON.stringify([spec.ports ?? [], spec.endpointMode]) !== JSON.stringify([service.spec.ports ?? [], service.spec.endpointMode])) {
    checkPortConflicts(state, spec, serviceId);
  }
  if (spec.name !== service.spec.name) {
    throw new ClusterError('invalid-argument', 'rpc error: code = Unimplemented desc = renaming services is not supported');
  }
  const vips = allocateVips(state, spec, service.vips);
  const endpointPorts = allocatePorts(state, spec, service.endpointPorts, serviceId);
  return [{ type: 'ServiceUpdated', data: { at: ctx.now, serviceId, spec, vips, ...(endpointPorts && { endpointPorts }) } }];
}

/** rollbackService is `UpdateService` with Rollback=PREVIOUS: back to PreviousSpec, "manually requested rollback". */
export function rollbackService(state: ClusterState, ctx: DecideContext, serviceId: string): ClusterEvent[] {
  const service = state.services[serviceId];
  if (!service) throw new ClusterError('not-found', `service ${serviceId} not found`);
  const previous = service.previousSpec;
  if (!previous) {
    throw new ClusterError('failed-precondition', `rpc error: code = FailedPrecondition desc = service ${serviceId} does not have a previous spec`);
  }
  const vips = allocateVips(state, previous, service.vips);
  const endpointPorts = allocatePorts(state, previous, service.endpointPorts, serviceId);
  return [{
    type: 'ServiceRollbackStarted',
    data: { at: ctx.now, serviceId, manual: true, message: 'manually requested rollback', vips, ...(endpointPorts && { endpointPorts }) },
  }];
}

/** removeService deletes a service; the orchestrator then shuts its tasks down. */
export function removeService(state: ClusterState, ctx: DecideContext, serviceId: string): ClusterEvent[] {
  if (!state.services[serviceId]) throw new ClusterError('not-found', `service ${serviceId} not found`);
  return [{ type: 'ServiceRemoved', data: { at: ctx.now, serviceId } }];
}
