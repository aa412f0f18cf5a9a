// One HTTP request from a simulated client program (curl, wget) through the team's cluster: the
// connection is routed as the kernel would route it (cluster/http routing.ts), the container's
// server answers, and the request is recorded with a ServeRequest command, which also moves the
// routing mesh's round-robin cursor so the next request reaches the next task.

import { answer, routeConnection, type ClusterCommand, type ClusterState, type HttpRequest, type HttpResponse, type Origin } from '../../cluster/index.js';

/** HttpCluster is the part of a team's cluster a client program needs. */
export interface HttpCluster {
  state(): Readonly<ClusterState>;
  now(): number;
  execute(command: ClusterCommand): unknown;
}

/** FetchOutcome is what the client sees of one request. */
export type FetchOutcome =
  | { kind: 'response'; response: HttpResponse }
  /** closed: something listens but does not speak HTTP; it closes the connection. */
  | { kind: 'closed' }
  | { kind: 'refused' }
  | { kind: 'timeout' }
  | { kind: 'unreachable' };

/** HttpFetcher sends one request to address:port from a fixed origin. */
export type HttpFetcher = (address: string, port: number, request: HttpRequest) => FetchOutcome;

/** httpFetcher binds a fetcher to a cluster and an origin (a node, or a task's container). */
export function httpFetcher(cluster: HttpCluster, origin: Origin): HttpFetcher {
  return (address, port, request) => {
    const state = cluster.state() as ClusterState;
    const route = routeConnection(state, origin, address, port);
    if (route.kind !== 'open') return { kind: route.kind };
    const response = answer(state, route, request, cluster.now());
    if (!response) return { kind: 'closed' };
    cluster.execute({ type: 'ServeRequest', request: { origin, address, port, request } });
    return { kind: 'response', response };
  };
}

/** statusLine is the response's first line as a client prints it. */
export function statusLine(response: HttpResponse): string {
  return `HTTP/1.1 ${response.status} ${response.reason}`;
}

/** headerBlock is the status line and headers, CRLF-separated, with the blank line after them. */
export function headerBlock(response: HttpResponse): string {
  return `${[statusLine(response), ...response.headers.map(([k, v]) => `${k}: ${v}`)].join('\r\n')}\r\n\r\n`;
}

/** parseHttpUrl splits `[http://]host[:port][/path]`; undefined for another scheme or no host. */
export function parseHttpUrl(url: string): { host: string; port: number; path: string; hostHeader: string } | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#:]*)(?::(\d*))?([/?#].*)?$/.exec(url);
  if (!m || (m[1] !== undefined && m[1].toLowerCase() !== 'http') || !m[2]) return undefined;
  const port = m[3] ? Number(m[3]) : 80;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  const path = (m[4] ?? '/').replace(/#.*$/, '') || '/';
  return { host: m[2], port, path: path.startsWith('/') ? path : `/${path}`, hostHeader: m[3] ? `${m[2]}:${m[3]}` : m[2] };
}
