// Services as the swarm manager accepts them (swarmkit manager/controlapi/service.go and
// common.go validateAnnotations): name rules, uniqueness, networks, and one VIP per network in
// vip endpoint mode, allocated before any task exists (the allocator does services first).

import { AddressAllocator } from '../addresses.js';
import type { DecideContext } from '../context.js';
import { ClusterError } from '../errors.js';
import type { ClusterEvent } from '../events.js';
import type { ClusterState, Service, ServiceSpec } from '../model.js';
import { randomName } from '../names.js';

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
  ];
  if (texts.some((t) => CONTROL.test(t))) {
    throw new ClusterError('invalid-argument', 'swarmlab: control characters are not allowed in service specs (labels, env, hostname, arguments): other students would see them');
  }
}

function validateSpec(state: ClusterState, spec: ServiceSpec): void {
  rejectControlCharacters(spec);
  if (!DNS_NAME.test(spec.name)) throw invalid('name must be valid as a DNS name component');
  if (spec.name.length > 63) throw invalid('name must be 63 characters or fewer');
  if (spec.restartDelayMs < 0) throw invalid('TaskSpec: restart-delay cannot be negative');
  if (spec.updateConfig && spec.updateConfig.delayMs < 0) throw invalid('TaskSpec: update-delay cannot be negative');
  if (spec.updateConfig && spec.updateConfig.monitorMs < 0) throw invalid('TaskSpec: update-monitor cannot be negative');
  for (const attachment of spec.networks) {
    const network = state.networks[attachment.target];
    if (!network) throw new ClusterError('not-found', `network ${attachment.target} not found`);
    if (network.ingress) {
      throw invalid(`Service cannot be explicitly attached to the ingress network "${network.name}"`);
    }
  }
}

function allocateVips(state: ClusterState, spec: ServiceSpec, previous: Service['vips'] = []): Service['vips'] {
  if (spec.endpointMode !== 'vip') return [];
  const vips: Service['vips'] = [];
  for (const { target } of spec.networks) {
    const kept = previous.find((v) => v.networkId === target);
    const network = state.networks[target];
    const ip = kept?.ip ?? (network ? new AddressAllocator(network, state).next() : undefined);
    if (ip === undefined) throw invalid(`could not allocate VIP from IP pool for network ${target}`);
    vips.push({ networkId: target, ip });
  }
  return vips;
}

/** createService validates a spec, names it if unnamed, and allocates its VIPs. */
export function createService(state: ClusterState, ctx: DecideContext, requested: ServiceSpec): ClusterEvent[] {
  if (!state.swarm) throw new ClusterError('failed-precondition', 'This node is not part of a swarm');
  const spec: ServiceSpec = { ...requested, name: requested.name || randomName(ctx.entropy) };
  validateSpec(state, spec);
  const lower = spec.name.toLowerCase();
  if (Object.values(state.services).some((s) => s.spec.name.toLowerCase() === lower)) {
    throw new ClusterError(
      'already-exists',
      `rpc error: code = AlreadyExists desc = name conflicts with an existing object: service ${spec.name} already exists`,
    );
  }
  const service: Service = {
    id: ctx.entropy.swarmId(),
    spec,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
    vips: allocateVips(state, spec),
  };
  return [{ type: 'ServiceCreated', data: { service } }];
}

/** updateService replaces a service's spec; renaming is refused as swarmkit refuses it. */
export function updateService(state: ClusterState, ctx: DecideContext, serviceId: string, spec: ServiceSpec): ClusterEvent[] {
  const service = state.services[serviceId];
  if (!service) throw new ClusterError('not-found', `service ${serviceId} not found`);
  if (spec.name !== service.spec.name) {
    throw new ClusterError('invalid-argument', 'rpc error: code = Unimplemented desc = renaming services is not supported');
  }
  validateSpec(state, spec);
  const vips = allocateVips(state, spec, service.vips);
  return [{ type: 'ServiceUpdated', data: { at: ctx.now, serviceId, spec, vips } }];
}

/** removeService deletes a service; the orchestrator then shuts its tasks down. */
export function removeService(state: ClusterState, ctx: DecideContext, serviceId: string): ClusterEvent[] {
  if (!state.services[serviceId]) throw new ClusterError('not-found', `service ${serviceId} not found`);
  return [{ type: 'ServiceRemoved', data: { at: ctx.now, serviceId } }];
}
