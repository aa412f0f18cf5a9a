// What each image's main process writes while its container lives, for `docker service logs`.
// Texts follow the images' own sources: nginx's docker-entrypoint.sh (stdout, via fd 3) then its
// error log notices (stderr) and the `main` access log format (stdout); Apache httpd's startup
// notices (stderr) and common log format (stdout); redis-server's startup banner; traefik/whoami's
// Go `log.Printf` line (stderr); busybox `echo`/`hostname`. Everything is derived from the task
// (start and stop times, served requests), so the same cluster always prints the same logs.

import {
  apacheErrorTime, containerHostname, goLogTime, hashFraction, HTTPD_VERSION, imageInfo, NGINX_VERSION,
  parseImageRef, redisTime, timeLocal, webAppOf, type ServedRequest, type Task,
} from '../../cluster/index.js';
import { ENGINE } from '../system/engine.js';

/** LogStream is the container stream a line was written to (the CLI demultiplexes them). */
export type LogStream = 'stdout' | 'stderr';

/** ContainerLine is one line a container wrote, without its newline. */
export interface ContainerLine {
  at: number;
  stream: LogStream;
  text: string;
}

const NGINX_ENTRYPOINT = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

/** Our nodes have 2 CPUs, so `worker_processes auto` starts two workers (PIDs after the entrypoint's). */
const NGINX_WORKERS = [29, 30];

function nginxStart(at: number, alpine: boolean): ContainerLine[] {
  const notice = (text: string): ContainerLine => ({ at: at + 40, stream: 'stderr', text: `${goLogTime(at + 40)} [notice] 1#1: ${text}` });
  const gcc = alpine ? 'gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309) ' : 'gcc 12.2.0 (Debian 12.2.0-14) ';
  return [
    ...NGINX_ENTRYPOINT.map((text, i): ContainerLine => ({ at: at + 5 + i * 3, stream: 'stdout', text })),
    notice('using the "epoll" event method'),
    notice(`nginx/${NGINX_VERSION}`),
    notice(`built by ${gcc}`),
    notice(`OS: Linux ${ENGINE.kernel}`),
    notice('getrlimit(RLIMIT_NOFILE): 1048576:1048576'),
    notice('start worker processes'),
    ...NGINX_WORKERS.map((pid) => notice(`start worker process ${pid}`)),
  ];
}

/** nginx's STOPSIGNAL is SIGQUIT: a graceful shutdown, each worker exiting in turn. */
function nginxStop(at: number): ContainerLine[] {
  const line = (pid: number, text: string): ContainerLine => ({ at, stream: 'stderr', text: `${goLogTime(at)} [notice] ${pid}#${pid}: ${text}` });
  return [
    line(1, 'signal 3 (SIGQUIT) received, shutting down'),
    ...NGINX_WORKERS.flatMap((pid) => [line(pid, 'gracefully shutting down'), line(pid, 'exiting'), line(pid, 'exit')]),
    ...NGINX_WORKERS.flatMap((pid) => [line(1, `signal 17 (SIGCHLD) received from ${pid}`), line(1, `worker process ${pid} exited with code 0`)]),
    line(1, 'exit'),
  ];
}

/** nginxAccess is nginx's `main` log_format. */
function nginxAccess(r: ServedRequest): ContainerLine {
  return { at: r.at, stream: 'stdout', text: `${r.client} - - [${timeLocal(r.at)}] "${r.method} ${r.path} HTTP/1.1" ${r.status} ${r.bytes} "-" "${r.userAgent}" "-"` };
}

function httpdStart(at: number, task: Task): ContainerLine[] {
  const ip = task.attachments[0]?.ip ?? task.gwbridge?.ip ?? '127.0.0.1';
  const micros = String(Math.floor(hashFraction(task.id) * 1000)).padStart(3, '0');
  const tid = 139_000_000_000_000 + Math.floor(hashFraction(`tid:${task.id}`) * 999_999_999_999);
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
  const notice = (module: string, text: string): ContainerLine =>
    ({ at: at + 30, stream: 'stderr', text: `[${apacheErrorTime(at + 30, micros)}] [${module}:notice] [pid 1:tid ${tid}] ${text}` });
  return [
    { at: at + 10, stream: 'stderr', text: fqdn },
    { at: at + 20, stream: 'stderr', text: fqdn },
    notice('mpm_event', `AH00489: Apache/${HTTPD_VERSION} (Unix) configured -- resuming normal operations`),
    notice('core', "AH00094: Command line: 'httpd -D FOREGROUND'"),
  ];
}

/** httpdAccess is httpd's `common` log format (the image's default CustomLog). */
function httpdAccess(r: ServedRequest): ContainerLine {
  return { at: r.at, stream: 'stdout', text: `${r.client} - - [${timeLocal(r.at)}] "${r.method} ${r.path} HTTP/1.1" ${r.status} ${r.bytes === 0 ? '-' : r.bytes}` };
}

function redisStart(at: number): ContainerLine[] {
  const line = (offset: number, role: string, text: string): ContainerLine => ({ at: at + offset, stream: 'stdout', text: `1:${role} ${redisTime(at + offset)} ${text}` });
  return [
    line(2, 'C', '* oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    line(2, 'C', '* Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started'),
    line(2, 'C', '# Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
    line(3, 'M', '* monotonic clock: POSIX clock_gettime'),
    line(3, 'M', '* Running mode=standalone, port=6379.'),
    line(4, 'M', '* Server initialized'),
    line(4, 'M', '* Ready to accept connections tcp'),
  ];
}

/** commandLines is what a short busybox command the lab models prints. */
function commandLines(task: Task, at: number): ContainerLine[] {
  const [cmd = '', ...rest] = task.spec.args;
  switch (cmd.split('/').pop()) {
    case 'echo':
      return [{ at: at + 1, stream: 'stdout', text: rest.join(' ') }];
    case 'hostname':
      return [{ at: at + 1, stream: 'stdout', text: containerHostname(task) }];
    default:
      return [];
  }
}

/** containerLines is everything a task's container has written by `now`, in order. */
export function containerLines(task: Task, now: number): ContainerLine[] {
  const started = task.containerStartedAt;
  if (started === undefined || started > now) return [];
  const stopped = task.status.state === 'running' ? undefined : task.status.timestamp;
  const app = webAppOf(task.spec);
  const ref = parseImageRef(task.spec.image);
  const requests = task.requests ?? [];
  let lines: ContainerLine[];
  switch (app?.kind) {
    case 'nginx':
    case 'hello':
    case 'hello-text':
      lines = [...nginxStart(started, app.kind !== 'nginx'), ...requests.map(nginxAccess), ...(stopped === undefined ? [] : nginxStop(stopped))];
      break;
    case 'httpd':
      lines = [...httpdStart(started, task), ...requests.map(httpdAccess)];
      break;
    case 'whoami':
      lines = [{ at: started + 2, stream: 'stderr', text: `${goLogTime(started + 2)} Starting up on port ${app.ports[0] ?? 80}` }];
      break;
    default:
      if (app && ref?.repository === 'redis') lines = redisStart(started);
      else if (ref && imageInfo(ref.repository) && task.spec.args.length > 0) lines = commandLines(task, started);
      else lines = [];
  }
  return lines.filter((l) => l.at <= now && (stopped === undefined || l.at <= stopped));
}
