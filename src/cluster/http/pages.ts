// The bodies the classroom's web servers answer with: nginx's welcome and 404 pages (nginx
// 1.27.3, html/index.html and ngx_http_special_response.c), Apache httpd's "It works!" and 404
// pages (httpd 2.4.62 htdocs/index.html, modules/http/http_protocol.c) and the page of
// nginxdemos/hello (NGINX-Demos nginx-hello/index.html, sub_filter values filled in; its inline
// base64 logo and favicon are left out).

/** NGINX_VERSION is the nginx the nginx image (and nginxdemos/hello) runs. */
export const NGINX_VERSION = '1.27.3';
/** HTTPD_VERSION is the Apache httpd the httpd image runs. */
export const HTTPD_VERSION = '2.4.62';

/** NGINX_WELCOME is /usr/share/nginx/html/index.html (615 bytes). */
export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** nginx404 is nginx's built-in 404 page. */
export const NGINX_404 = `<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
<hr><center>nginx/${NGINX_VERSION}</center>
</body>
</html>
`;

/** HTTPD_WELCOME is httpd's htdocs/index.html (45 bytes). */
export const HTTPD_WELCOME = '<html><body><h1>It works!</h1></body></html>\n';

/** HTTPD_404 is httpd's built-in 404 page. */
export const HTTPD_404 = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
</body></html>
`;

/** HelloValues are what nginxdemos/hello substitutes into its page. */
export interface HelloValues {
  hostname: string;
  serverAddress: string;
  uri: string;
  date: string;
  remote: string;
  requestId: string;
}

/** helloPlainText is the body of nginxdemos/hello:plain-text (hello-plain-text.conf). */
export function helloPlainText(v: HelloValues): string {
  return `Server address: ${v.serverAddress}\nServer name: ${v.hostname}\nDate: ${v.date}\nURI: ${v.uri}\nRequest ID: ${v.requestId}\n`;
}

/** helloHtml is the body of nginxdemos/hello:latest, without its inline images. */
export function helloHtml(v: HelloValues): string {
  return `<!DOCTYPE html>
<html>
<head>
<title>Hello World</title>
</head>
<body onload="checkRefresh();">
<div class="info">
<p><span>Server&nbsp;name:</span> <span>${v.hostname}</span></p>
<p><span>Server&nbsp;address:</span> <span>${v.serverAddress}</span></p>
<p class="smaller"><span>URI:</span> <span>${v.uri}</span></p>
<p class="smaller"><span>Date:</span> <span>${v.date}</span></p>
<p class="smaller"><span>Client&nbsp;IP:</span> <span>${v.remote}</span></p>
</div>
<div class="check"><input type="checkbox" id="check" onchange="changeCookie()"> Auto Refresh</div>
    <div id="footer">
        <div id="center" align="center">
            Request ID: ${v.requestId}<br/>
            &copy; NGINX, Inc. 2016
        </div>
    </div>
</body>
</html>

`;
}
