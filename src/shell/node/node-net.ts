// What a node's own network stack offers its client programs: name resolution (localhost, the
// classroom's hostnames as the nodes' /etc/hosts lists them, numeric addresses) and HTTP through
// the cluster (published ports answer on every node through the routing mesh).

import { httpFetcher, type HttpCluster, type HttpFetcher } from '../net/http-fetch.js';

/** NodeNet is a node's network as curl and wget see it. */
export interface NodeNet {
  /** resolve returns the IPv4 address of a host name, or undefined when it does not resolve. */
  resolve(name: string): string | undefined;
  fetch: HttpFetcher;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** resolveOnNode handles numeric addresses and localhost before asking the node's resolver. */
export function resolveOnNode(net: NodeNet, host: string): string | undefined {
  const m = IPV4.exec(host);
  if (m) return m.slice(1).every((o) => Number(o) <= 255) ? host : undefined;
  if (host.toLowerCase() === 'localhost') return '127.0.0.1';
  return net.resolve(host.toLowerCase());
}

/** clusterNodeNet is the network of node `hostname`: its classmates' hostnames resolve to their addresses. */
export function clusterNodeNet(cluster: HttpCluster, hostname: string): NodeNet {
  return {
    resolve: (name) => cluster.state().hosts[name]?.addr,
    fetch: httpFetcher(cluster, { kind: 'node', hostname }),
  };
}
