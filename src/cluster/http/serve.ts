// Serving one HTTP request through the cluster: the command a client program's request becomes.
// Deciding it routes the connection (routing.ts), lets the container's server answer
// (web-apps.ts) and records the request in the task's access log; a load-balanced request also
// moves the service's round-robin cursor, so the next one reaches the next task.

import type { DecideContext } from '../context.js';
import { hashFraction } from '../entropy.js';
import type { ClusterEvent } from '../events.js';
import type { ClusterState, Task } from '../model.js';
import { routeConnection, type Origin, type Route } from './routing.js';
import { serveHttp, utf8Length, type HttpRequest, type HttpResponse, type ServeContext } from './web-apps.js';

/** ServeRequest is the command to send one HTTP request from `origin` to `address:port`. */
export interface ServeRequest {
  origin: Origin;
  address: string;
  port: number;
  request: HttpRequest;
}

/** containerHostname is a task container's hostname: --hostname, else its 12-hex short ID. */
export function containerHostname(task: Task): string {
  return task.spec.hostname ?? task.containerId.slice(0, 12);
}

/** containerAddresses lists a container's IPv4 addresses in interface order: lo, then eth0, eth1… */
export function containerAddresses(state: ClusterState, task: Task): string[] {
  const out = ['127.0.0.1'];
  task.attachments.forEach((a, i) => {
    if (!state.networks[a.networkId]) return;
    out.push(a.ip);
    if (i === 0 && task.gwbridge) out.push(task.gwbridge.ip);
  });
  if (task.attachments.length === 0 && task.gwbridge) out.push(task.gwbridge.ip);
  return out;
}

/** serveContext is what the container's server sees of one request on an open route. */
export function serveContext(state: ClusterState, route: Extract<Route, { kind: 'open' }>, request: HttpRequest, now: number): ServeContext {
  const served = route.task.requests?.length ?? 0;
  const salt = `${route.task.id}/${served}/${now}`;
  let requestId = '';
  for (let i = 0; requestId.length < 32; i++) requestId += Math.floor(hashFraction(`${i}:${salt}`) * 2 ** 32).toString(16).padStart(8, '0');
  return {
    hostname: containerHostname(route.task),
    serverIp: route.serverIp,
    serverPort: route.app.ports[0] ?? 80,
    clientIp: route.clientIp,
    clientPort: 32768 + Math.floor(hashFraction(salt) * 28000),
    now,
    request,
    requestId: requestId.slice(0, 32),
    addresses: containerAddresses(state, route.task),
  };
}

/** answer is the response a request gets on an open route (undefined: the listener is not HTTP). */
export function answer(state: ClusterState, route: Extract<Route, { kind: 'open' }>, request: HttpRequest, now: number): HttpResponse | undefined {
  return serveHttp(route.app, serveContext(state, route, request, now));
}

/** serveRequest decides one request: the RequestServed event, or nothing when no HTTP server answers. */
export function serveRequest(state: ClusterState, ctx: DecideContext, command: ServeRequest): ClusterEvent[] {
  const route = routeConnection(state, command.origin, command.address, command.port);
  if (route.kind !== 'open') return [];
  const response = answer(state, route, command.request, ctx.now);
  if (!response) return [];
  const userAgent = command.request.headers.find(([k]) => k.toLowerCase() === 'user-agent')?.[1] ?? '-';
  const bytes = command.request.method === 'HEAD' ? 0 : utf8Length(response.body);
  return [{
    type: 'RequestServed',
    data: {
      ...(route.serviceId !== undefined && { serviceId: route.serviceId }),
      taskId: route.task.id,
      request: { at: ctx.now, client: route.clientIp, method: command.request.method, path: command.request.path, status: response.status, bytes, userAgent },
    },
  }];
}
