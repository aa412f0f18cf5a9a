// The public surface of the simulated network services: routing, web servers, container logs.

export { routeConnection, meshOn, backends, type Origin, type Route } from './routing.js';
export { answer, containerAddresses, containerHostname, serveContext, type ServeRequest } from './serve.js';
export { serveHttp, utf8Length, webAppOf, type AppKind, type HttpRequest, type HttpResponse, type ServeContext, type WebApp } from './web-apps.js';
export { NGINX_VERSION, HTTPD_VERSION } from './pages.js';
