// A service's endpoint as swarmkit validates and allocates it: the endpoint spec rules
// (controlapi/service.go validateEndpointSpec), published-port conflicts with other services
// (checkPortConflicts), the ingress VIP a routing-mesh service gets (allocator/network.go
// IsIngressNetworkNeeded, ingress first) and ports picked from 30000-32767 when none was given,
// sticky across updates (allocator/portallocator.go reconcilePortConfigs, portSpace.allocate).

import { AddressAllocator } from '../addresses.js';
import { ClusterError } from '../errors.js';
import type { ClusterState, PortConfig, Service, ServiceSpec, SwarmNetwork } from '../model.js';

const DYNAMIC_START = 30000;
const DYNAMIC_END = 32767;

const invalid = (desc: string): ClusterError => new ClusterError('invalid-argument', `rpc error: code = InvalidArgument desc = ${desc}`);

/** ingressNetwork returns the swarm's ingress network, if it exists. */
export function ingressNetwork(state: Readonly<ClusterState>): SwarmNetwork | undefined {
  return Object.values(state.networks).find((n) => n.ingress);
}

/** needsIngress reports whether a spec publishes a port through the routing mesh. */
export function needsIngress(spec: ServiceSpec): boolean {
  return (spec.ports ?? []).some((p) => p.publishMode === 'ingress');
}

/** validateEndpointSpec refuses dnsrr with ingress ports and duplicate published ports. */
export function validateEndpointSpec(spec: ServiceSpec): void {
  const seen = new Set<string>();
  for (const port of spec.ports ?? []) {
    if (spec.endpointMode === 'dnsrr' && port.publishMode === 'ingress') {
      throw invalid("EndpointSpec: port published with ingress mode can't be used with dnsrr mode");
    }
    if (port.publishedPort === 0) continue;
    const key = `${port.publishedPort}/${port.protocol}`;
    if (seen.has(key)) throw invalid('EndpointSpec: duplicate published ports provided');
    seen.add(key);
  }
}

/** checkPortConflicts refuses a published port another service already uses (checkPortConflicts). */
export function checkPortConflicts(state: Readonly<ClusterState>, spec: ServiceSpec, serviceId: string): void {
  const key = (p: PortConfig): string => `${p.publishedPort}/${p.protocol}`;
  const ingress = new Set((spec.ports ?? []).filter((p) => p.publishedPort !== 0 && p.publishMode === 'ingress').map(key));
  const host = new Set((spec.ports ?? []).filter((p) => p.publishedPort !== 0 && p.publishMode === 'host').map(key));
  if (ingress.size === 0 && host.size === 0) return;
  for (const other of Object.values(state.services)) {
    if (other.id === serviceId) continue;
    for (const p of [...(other.spec.ports ?? []), ...(other.endpointPorts ?? [])]) {
      if (p.publishedPort === 0) continue;
      const mine = `port '${p.publishedPort}' is already in use by service '${other.spec.name}' (${other.id})`;
      if (p.publishMode === 'host' && ingress.has(key(p))) throw invalid(`${mine} as a host-published port`);
      if (p.publishMode === 'ingress' && (ingress.has(key(p)) || host.has(key(p)))) throw invalid(`${mine} as an ingress port`);
    }
  }
}

/** allocatePorts fills in swarm-chosen published ports, keeping the ones allocated before. */
export function allocatePorts(state: Readonly<ClusterState>, spec: ServiceSpec, previous: readonly PortConfig[] = [], serviceId = ''): PortConfig[] | undefined {
  const ports = spec.ports ?? [];
  if (ports.length === 0) return undefined;
  const taken = new Set<string>();
  for (const s of Object.values(state.services)) {
    if (s.id === serviceId) continue;
    for (const p of s.endpointPorts ?? []) if (p.publishMode === 'ingress') taken.add(`${p.publishedPort}/${p.protocol}`);
  }
  for (const p of ports) if (p.publishMode === 'ingress' && p.publishedPort !== 0) taken.add(`${p.publishedPort}/${p.protocol}`);
  const sticky = previous.filter((p) => p.publishMode === 'ingress');
  const fixed = ports.filter((p) => p.publishMode !== 'ingress' || p.publishedPort !== 0).map((p) => ({ ...p }));
  const dynamic = ports.filter((p) => p.publishMode === 'ingress' && p.publishedPort === 0).map((p) => {
    const at = sticky.findIndex((s) => s.targetPort === p.targetPort && s.protocol === p.protocol && !taken.has(`${s.publishedPort}/${s.protocol}`));
    const kept = at >= 0 ? sticky.splice(at, 1)[0] : undefined;
    const publishedPort = kept?.publishedPort ?? freePort(taken, p.protocol);
    taken.add(`${publishedPort}/${p.protocol}`);
    return { ...p, publishedPort };
  });
  return [...fixed, ...dynamic];
}

function freePort(taken: ReadonlySet<string>, protocol: string): number {
  for (let port = DYNAMIC_START; port <= DYNAMIC_END; port++) if (!taken.has(`${port}/${protocol}`)) return port;
  throw new ClusterError('failed-precondition', 'rpc error: code = Unknown desc = could not allocate port: no free ports in the dynamic range');
}

/** allocateVips gives a vip-mode service one VIP per network, ingress first when it publishes through the mesh. */
export function allocateVips(state: Readonly<ClusterState>, spec: ServiceSpec, previous: Service['vips'] = []): Service['vips'] {
  if (spec.endpointMode !== 'vip') return [];
  const ingress = needsIngress(spec) ? ingressNetwork(state) : undefined;
  if (needsIngress(spec) && !ingress) {
    throw new ClusterError('failed-precondition', 'rpc error: code = FailedPrecondition desc = service needs ingress network, but no ingress network is present');
  }
  const targets = [...(ingress ? [ingress.id] : []), ...spec.networks.map((n) => n.target)];
  const vips: Service['vips'] = [];
  for (const target of targets) {
    const kept = previous.find((v) => v.networkId === target);
    const network = state.networks[target];
    const ip = kept?.ip ?? (network ? new AddressAllocator(network, state as ClusterState).next() : undefined);
    if (ip === undefined) throw invalid(`could not allocate VIP from IP pool for network ${target}`);
    vips.push({ networkId: target, ip });
  }
  return vips;
}
