// The JSON `docker network inspect` prints: moby v28.2.2 api/types/network/network.go (Inspect,
// field order with EnableIPv4 after Driver), built like daemon/network.go buildNetworkResource
// for the engine's own networks and daemon/cluster/convert/network.go BasicNetworkFromGRPC for a
// swarm network a manager only knows from the cluster (Containers null, no Peers, Labels null
// when empty, and EnableIPv4 false: v28.2.2 leaves it unset there; moby 6bac5ca833 fixed that in
// v28.3.0). The oracle recordings network-inspect-* show the same layout (20.10 engine).

import {
  containerName,
  hashFraction,
  holdsNetworks,
  macFromIp,
  networkInstantiatedOn,
  nodeOfHost,
  prefixOf,
  type ClusterState,
  type Endpoint,
  type LocalNetwork,
  type SwarmNetwork,
} from '../../cluster/index.js';
import { sortedMap } from '../format/index.js';
import { rfc3339Nano } from '../go-time.js';
import type { NetworkTarget } from './resolve.js';
import { serviceAttachments } from './services-verbose.js';

type Json = Record<string, unknown>;

const DEFAULT_BRIDGE_OPTIONS = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
};
// libnetwork/default_gateway_linux.go createGWNetwork.
const GWBRIDGE_OPTIONS = {
  'com.docker.network.bridge.enable_icc': 'false',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.name': 'docker_gwbridge',
};

/** derivedHex returns a stable 64-hex ID for an object the model does not store (an endpoint). */
export function derivedHex(salt: string): string {
  let hex = '';
  for (let i = 0; hex.length < 64; i++) hex += Math.floor(hashFraction(`${i}:${salt}`) * 2 ** 32).toString(16).padStart(8, '0');
  return hex.slice(0, 64);
}

function endpoint(name: string, ep: Endpoint, subnet: string): Json {
  return { Name: name, EndpointID: ep.endpointId, MacAddress: macFromIp(ep.ip), IPv4Address: `${ep.ip}/${prefixOf(subnet)}`, IPv6Address: '' };
}

function ipamConfig(subnet: string | undefined, gateway: string | undefined): Json[] | null {
  return subnet ? [{ Subnet: subnet, Gateway: gateway }] : null;
}

function resource(base: { name: string; id: string; created: string; scope: string; driver: string; ipv4: boolean }, rest: Json): Json {
  return { Name: base.name, Id: base.id, Created: base.created, Scope: base.scope, Driver: base.driver, EnableIPv4: base.ipv4, EnableIPv6: false, ...rest };
}

function localResource(state: ClusterState, hostname: string, n: LocalNetwork): Json {
  const user = !['bridge', 'docker_gwbridge', 'host', 'none'].includes(n.name);
  const options = n.name === 'bridge' ? DEFAULT_BRIDGE_OPTIONS : n.name === 'docker_gwbridge' ? GWBRIDGE_OPTIONS : n.options ?? {};
  return resource({ name: n.name, id: n.id, created: rfc3339Nano(n.createdAt, n.id), scope: 'local', driver: n.driver, ipv4: true }, {
    IPAM: { Driver: 'default', Options: user ? new Map() : null, Config: ipamConfig(n.subnet, n.gateway) },
    Internal: n.internal ?? false,
    Attachable: n.attachable ?? false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: n.name === 'docker_gwbridge' ? gwbridgeContainers(state, hostname, n) : {},
    Options: sortedMap(options),
    Labels: sortedMap(n.labels ?? {}),
  });
}

function gwbridgeContainers(state: ClusterState, hostname: string, n: LocalNetwork): Map<string, Json> {
  const node = nodeOfHost(state, hostname);
  const subnet = n.subnet ?? '172.18.0.0/16';
  const containers = new Map<string, Json>();
  if (!node) return containers;
  // The ingress sandbox holds the first address on every swarm node.
  containers.set('ingress-sbox', endpoint('gateway_ingress-sbox', { ip: '172.18.0.2', endpointId: derivedHex(`${n.id}/ingress-sbox`) }, subnet));
  for (const task of localTasks(state, node.id)) {
    if (task.gwbridge) containers.set(task.containerId, endpoint(`gateway_${task.containerId.slice(0, 12)}`, task.gwbridge, subnet));
  }
  return sortedMap(containers);
}

function localTasks(state: ClusterState, nodeId: string) {
  return Object.values(state.tasks).filter((t) => t.nodeId === nodeId && holdsNetworks(t));
}

function swarmLocalResource(state: ClusterState, hostname: string, n: SwarmNetwork, verbose: boolean): Json {
  const node = nodeOfHost(state, hostname);
  const nodeId = node?.id ?? '';
  const tasks = localTasks(state, nodeId).filter((t) => t.attachments.some((a) => a.networkId === n.id));
  // The engine creates its copy of the network when the first local task needs it.
  const since = n.ingress || tasks.length === 0 ? node?.createdAt ?? n.createdAt : Math.min(...tasks.map((t) => t.createdAt));
  const containers = new Map<string, Json>();
  for (const t of tasks) {
    const a = t.attachments.find((x) => x.networkId === n.id);
    if (a) containers.set(t.containerId, endpoint(containerName(state, t), a, n.subnet));
  }
  const lb = n.lbEndpoints[nodeId];
  if (lb) containers.set(n.ingress ? 'ingress-sbox' : `lb-${n.name}`, endpoint(n.ingress ? 'ingress-endpoint' : `${n.name}-endpoint`, lb, n.subnet));
  return resource({ name: n.name, id: n.id, created: rfc3339Nano(since, `${n.id}/${nodeId}`), scope: 'swarm', driver: 'overlay', ipv4: true }, {
    ...swarmCommon(n),
    Containers: sortedMap(containers),
    Options: sortedMap({ 'com.docker.network.driver.overlay.vxlanid_list': String(n.vxlanId) }),
    Labels: sortedMap(n.labels),
    Peers: peers(state, n, nodeId),
    Services: verbose ? serviceAttachments(state, n) : undefined,
  });
}

function swarmCommon(n: SwarmNetwork): Json {
  return {
    IPAM: { Driver: 'default', Options: null, Config: ipamConfig(n.subnet, n.gateway) },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: n.ingress,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
  };
}

function peers(state: ClusterState, n: SwarmNetwork, selfId: string): Json[] {
  // networkdb lists this node first, then the others as they joined the network.
  const nodes = Object.values(state.nodes).filter((x) => networkInstantiatedOn(state, n, x.id));
  nodes.sort((a, b) => Number(b.id === selfId) - Number(a.id === selfId));
  return nodes.map((x) => ({ Name: state.hosts[x.hostname]?.peerName ?? '', IP: state.hosts[x.hostname]?.addr ?? '' }));
}

function clusterResource(n: SwarmNetwork): Json {
  const labels = Object.keys(n.labels).length > 0 ? sortedMap(n.labels) : null;
  return resource({ name: n.name, id: n.id, created: rfc3339Nano(n.createdAt, n.id), scope: 'swarm', driver: 'overlay', ipv4: false }, {
    ...swarmCommon(n),
    Containers: null,
    Options: sortedMap({ 'com.docker.network.driver.overlay.vxlanid_list': String(n.vxlanId) }),
    Labels: labels,
  });
}

/** networkResource builds the inspect object of a resolved network as hostname's engine returns it. */
export function networkResource(state: Readonly<ClusterState>, hostname: string, target: NetworkTarget, verbose = false): Json {
  const s = state as ClusterState;
  switch (target.kind) {
    case 'local':
      return localResource(s, hostname, target.network);
    case 'swarm-local':
      return swarmLocalResource(s, hostname, target.network, verbose);
    case 'swarm-cluster':
      return clusterResource(target.network);
  }
}
