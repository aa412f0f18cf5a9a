// What listens inside a task's container and how it answers an HTTP request: nginx, Apache
// httpd, traefik/whoami (app.go whoamiHandler: hostname, every interface address, RemoteAddr,
// then the request as received), nginxdemos/hello (its page or, with the plain-text tag, the
// text of hello-plain-text.conf) and, for every other server image, a non-HTTP listener on its
// exposed ports. A container serves only while it runs the image's own server command.

import { imageInfo, parseImageRef } from '../images.js';
import type { ServiceSpec } from '../model.js';
import { HTTPD_404, HTTPD_VERSION, HTTPD_WELCOME, NGINX_404, NGINX_VERSION, NGINX_WELCOME, helloHtml, helloPlainText } from './pages.js';
import { httpDate, timeLocal } from './times.js';

/** HttpRequest is a request as the client sent it; headers keep the client's order. */
export interface HttpRequest {
  method: string;
  path: string;
  headers: [string, string][];
}

/** HttpResponse is a server's answer; a HEAD answer keeps the headers of the GET. */
export interface HttpResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
}

/** ServeContext is one request reaching one container. */
export interface ServeContext {
  hostname: string;
  serverIp: string;
  serverPort: number;
  clientIp: string;
  clientPort: number;
  now: number;
  request: HttpRequest;
  requestId: string;
  /** addresses are the container's IPv4 addresses in interface order (whoami lists them). */
  addresses: string[];
}

/** AppKind names the server a container runs. */
export type AppKind = 'nginx' | 'httpd' | 'whoami' | 'hello' | 'hello-text' | 'tcp';

/** WebApp is what listens in a container: its kind and ports. */
export interface WebApp {
  kind: AppKind;
  ports: number[];
}

const SERVER_BINARIES = new Set(['nginx', 'httpd', 'httpd-foreground', 'whoami', 'redis-server', 'docker-entrypoint.sh']);

/** webAppOf returns the server a task's container runs, or undefined when nothing listens. */
export function webAppOf(spec: ServiceSpec): WebApp | undefined {
  const ref = parseImageRef(spec.image);
  const info = ref ? imageInfo(ref.repository) : undefined;
  if (!ref || !info?.server) return undefined;
  const binary = (spec.args[0] ?? '').split('/').pop() ?? '';
  if (spec.args.length > 0 && !SERVER_BINARIES.has(binary)) return undefined;
  switch (ref.repository) {
    case 'nginx':
      return { kind: 'nginx', ports: [80] };
    case 'httpd':
      return { kind: 'httpd', ports: [80] };
    case 'traefik/whoami':
    case 'containous/whoami': {
      const env = spec.env.find((e) => e.startsWith('WHOAMI_PORT_NUMBER='))?.slice('WHOAMI_PORT_NUMBER='.length);
      const port = Number(env ?? '80');
      return { kind: 'whoami', ports: [Number.isInteger(port) && port > 0 ? port : 80] };
    }
    case 'nginxdemos/hello':
      return { kind: ref.tag.startsWith('plain-text') ? 'hello-text' : 'hello', ports: [80] };
    default:
      return { kind: 'tcp', ports: info.exposed.map((p) => Number(p.split('/')[0])) };
  }
}

const REASONS: Record<number, string> = { 200: 'OK', 404: 'Not Found' };

function response(status: number, headers: [string, string][], body: string, head: boolean): HttpResponse {
  return { status, reason: REASONS[status] ?? '', headers, body: head ? '' : body };
}

/** utf8Length is the byte length of text in UTF-8 (Content-Length counts bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

function header(req: HttpRequest, name: string): string | undefined {
  return req.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}

function connection(req: HttpRequest): string {
  return (header(req, 'Connection') ?? '').toLowerCase() === 'close' ? 'close' : 'keep-alive';
}

function nginx(ctx: ServeContext, head: boolean): HttpResponse {
  const found = ctx.request.path === '/' || ctx.request.path === '/index.html';
  const date = httpDate(ctx.now);
  if (!found) {
    return response(404, [['Server', `nginx/${NGINX_VERSION}`], ['Date', date], ['Content-Type', 'text/html'], ['Content-Length', String(NGINX_404.length)], ['Connection', connection(ctx.request)]], NGINX_404, head);
  }
  return response(200, [
    ['Server', `nginx/${NGINX_VERSION}`], ['Date', date], ['Content-Type', 'text/html'], ['Content-Length', '615'],
    ['Last-Modified', 'Tue, 26 Nov 2024 15:55:00 GMT'], ['Connection', connection(ctx.request)], ['ETag', '"6745ef54-267"'], ['Accept-Ranges', 'bytes'],
  ], NGINX_WELCOME, head);
}

function httpd(ctx: ServeContext, head: boolean): HttpResponse {
  const date = httpDate(ctx.now);
  const server = `Apache/${HTTPD_VERSION} (Unix)`;
  if (ctx.request.path !== '/' && ctx.request.path !== '/index.html') {
    return response(404, [['Date', date], ['Server', server], ['Content-Length', String(HTTPD_404.length)], ['Content-Type', 'text/html; charset=iso-8859-1']], HTTPD_404, head);
  }
  return response(200, [
    ['Date', date], ['Server', server], ['Last-Modified', 'Mon, 11 Jun 2007 18:53:14 GMT'], ['ETag', '"2d-432a5e4a73a80"'],
    ['Accept-Ranges', 'bytes'], ['Content-Length', '45'], ['Content-Type', 'text/html'],
  ], HTTPD_WELCOME, head);
}

function whoami(ctx: ServeContext, head: boolean): HttpResponse {
  const { request } = ctx;
  const host = header(request, 'Host') ?? '';
  const userAgent = header(request, 'User-Agent');
  const rest = request.headers.filter(([k]) => !['host', 'user-agent'].includes(k.toLowerCase())).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const wire = [`${request.method} ${request.path} HTTP/1.1`, `Host: ${host}`, ...(userAgent !== undefined ? [`User-Agent: ${userAgent}`] : []), ...rest.map(([k, v]) => `${k}: ${v}`)];
  const body = [`Hostname: ${ctx.hostname}`, ...ctx.addresses.map((ip) => `IP: ${ip}`), `RemoteAddr: ${ctx.clientIp}:${ctx.clientPort}`, ''].join('\n') + `${wire.join('\r\n')}\r\n\r\n`;
  return response(200, [['Date', httpDate(ctx.now)], ['Content-Length', String(utf8Length(body))], ['Content-Type', 'text/plain; charset=utf-8']], body, head);
}

function hello(ctx: ServeContext, head: boolean, text: boolean): HttpResponse {
  const values = {
    hostname: ctx.hostname, serverAddress: `${ctx.serverIp}:${ctx.serverPort}`, uri: ctx.request.path,
    date: timeLocal(ctx.now), remote: `${ctx.clientIp}:${ctx.clientPort}`, requestId: ctx.requestId,
  };
  const date = httpDate(ctx.now);
  const expires: [string, string][] = [['Expires', httpDate(ctx.now - 1000)], ['Cache-Control', 'no-cache']];
  if (text) {
    const body = helloPlainText(values);
    return response(200, [['Server', `nginx/${NGINX_VERSION}`], ['Date', date], ['Content-Type', 'text/plain'], ['Content-Length', String(body.length)], ['Connection', connection(ctx.request)], ...expires], body, head);
  }
  const body = helloHtml(values);
  return response(200, [['Server', `nginx/${NGINX_VERSION}`], ['Date', date], ['Content-Type', 'text/html'], ['Transfer-Encoding', 'chunked'], ['Connection', connection(ctx.request)], ...expires], body, head);
}

/** serveHttp answers one HTTP request; undefined when the listener does not speak HTTP (the connection just closes). */
export function serveHttp(app: WebApp, ctx: ServeContext): HttpResponse | undefined {
  const head = ctx.request.method === 'HEAD';
  switch (app.kind) {
    case 'nginx':
      return nginx(ctx, head);
    case 'httpd':
      return httpd(ctx, head);
    case 'whoami':
      return whoami(ctx, head);
    case 'hello':
    case 'hello-text':
      return hello(ctx, head, app.kind === 'hello-text');
    case 'tcp':
      return undefined;
  }
}
