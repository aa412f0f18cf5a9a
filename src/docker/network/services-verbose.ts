// `docker network inspect -v` on a swarm network: the `Services` map the engine builds from the
// network's gossiped endpoint table, one entry per service name with its VIP and every task's
// endpoint cluster-wide; the per-node load-balancer endpoints sit under the empty service name
// with VIP "<nil>". Fidelity: moby v28.2.2 libnetwork/agent.go (Network.Services),
// daemon/network.go buildServiceAttachments, libnetwork/drivers/overlay (Info "Host IP").

import { containerName, holdsNetworks, networkInstantiatedOn, type ClusterState, type SwarmNetwork } from '../../cluster/index.js';
import { naturalCompare, sortedMap } from '../format/index.js';

type Json = Record<string, unknown>;

/** serviceAttachments returns the Services map of a swarm network as seen on a node that has it. */
export function serviceAttachments(state: ClusterState, n: SwarmNetwork): Map<string, Json> {
  const services = new Map<string, { vip: string; lbIndex: number; tasks: Json[] }>();
  const hostIp = (nodeId: string | undefined): string => {
    const node = nodeId ? state.nodes[nodeId] : undefined;
    return node ? state.hosts[node.hostname]?.addr ?? '' : '';
  };
  const entry = (name: string, vip: string, lbIndex: number) => {
    let s = services.get(name);
    if (!s) services.set(name, (s = { vip, lbIndex, tasks: [] }));
    return s;
  };
  const ordered = Object.values(state.services).sort((a, b) => a.createdAt - b.createdAt);
  ordered.forEach((service, i) => {
    const tasks = Object.values(state.tasks).filter((t) => t.serviceId === service.id && holdsNetworks(t));
    for (const t of tasks) {
      const a = t.attachments.find((x) => x.networkId === n.id);
      if (!a) continue;
      const vip = service.vips.find((v) => v.networkId === n.id)?.ip ?? '';
      entry(service.spec.name, vip, 257 + i).tasks.push({ Name: containerName(state, t), EndpointID: a.endpointId, EndpointIP: a.ip, Info: sortedMap({ 'Host IP': hostIp(t.nodeId) }) });
    }
  });
  for (const [nodeId, lb] of Object.entries(n.lbEndpoints)) {
    if (!state.nodes[nodeId] || !networkInstantiatedOn(state, n, nodeId)) continue;
    const name = n.ingress ? 'ingress-endpoint' : `${n.name}-endpoint`;
    entry('', '<nil>', 0).tasks.push({ Name: name, EndpointID: lb.endpointId, EndpointIP: lb.ip, Info: sortedMap({ 'Host IP': hostIp(nodeId) }) });
  }
  const out = new Map<string, Json>();
  for (const [name, s] of services) {
    s.tasks.sort((x, y) => naturalCompare(String(x.EndpointIP), String(y.EndpointIP)));
    out.set(name, { VIP: s.vip, Ports: [], LocalLBIndex: s.lbIndex, Tasks: s.tasks });
  }
  return sortedMap(out);
}
