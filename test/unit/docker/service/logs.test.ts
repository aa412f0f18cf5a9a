// docker service logs: docker/cli v28.2.2 cli/command/service/logs.go (flags, target lookup,
// `no such task or service`, the `<service>.<slot>.<task>@<node>    | ` prefix and its padding,
// --raw/--details/--timestamps), moby v28.2.2 daemon/cluster/services.go ServiceLogs (--tail
// errors), api/server/httputils/write_log_stream.go (details, RFC3339NanoFixed), client
// service_logs.go + api/types/time/timestamp.go (--since), swarmkit manager/logbroker (which
// tasks, `node … is not available`). No oracle recording covers service logs.
import { describe, expect, it } from 'vitest';
import type { ClusterState } from '../../../../src/cluster/index.js';
import { docker, type FakeCluster } from '../harness.js';
import { given, service, wait, type Setup } from '../lesson.js';
import { expectError, goldenOf, WORKER_ERROR, type ErrorCase } from './fixtures.js';

const nginx = (name: string, replicas: number): Setup =>
  service(name, replicas, [], { image: 'nginx:latest', args: [], ports: [{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }] });

/** get sends `curl`-like requests from manager1 to the routing mesh on its own address. */
const get = (count: number, path = '/'): Setup => (c) => {
  const state = c.state() as ClusterState;
  const address = state.hosts.manager1?.addr ?? '';
  for (let i = 0; i < count; i++) {
    c.execute({ type: 'ServeRequest', request: { origin: { kind: 'node', hostname: 'manager1' }, address, port: 8080, request: { method: 'GET', path, headers: [['User-Agent', 'curl/8.5.0']] } } });
    c.advance(1_000);
  }
};

const web: Setup[] = [nginx('web', 3), wait(20_000), get(4), get(1, '/nope')];
const taskId = (c: FakeCluster, slot: number): string =>
  Object.values(c.state().tasks).find((t) => t.spec.name === 'web' && t.slot === slot)?.id ?? '';
/** slotNodeDown takes down the node running a slot of web, as the instructor's `fault node-down` does. */
const slotNodeDown = (slot: number): Setup => (c) => {
  const nodeId = Object.values(c.state().tasks).find((t) => t.spec.name === 'web' && t.slot === slot)?.nodeId ?? '';
  c.execute({ type: 'SetNodeState', nodeId, state: 'down' });
};

describe('docker service logs', () => {
  const errors: ErrorCase[] = [
    ['an unknown target', 'manager1', 'service logs nosuch', [], 'no such task or service: nosuch\n', 1],
    ['no argument', 'manager1', 'service logs', [],
      "docker: 'docker service logs' requires 1 argument\n\nUsage:  docker service logs [OPTIONS] SERVICE|TASK\n\nRun 'docker service logs --help' for more information\n", 1],
    ['a bad --tail', 'manager1', 'service logs --tail x web', web, 'Error response from daemon: tail value must be a positive integer or "all"\n', 1],
    ['a negative --tail', 'manager1', 'service logs --tail -3 web', web, 'Error response from daemon: negative tail values not supported\n', 1],
    ['a bad --since', 'manager1', 'service logs --since yesterday web', web, 'invalid value for "since": failed to parse value as time or duration: "yesterday"\n', 1],
    ['on a worker', 'worker1', 'service logs web', web, WORKER_ERROR, 1],
  ].map(([d, h, l, s, e, x]) => [d, h, l, (c: FakeCluster) => (s as Setup[]).forEach((f) => f(c)), e, x] as ErrorCase);
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    await expectError(given(setup), host, line, stderr, exitCode);
  });

  const cases: [string, Setup[], string | ((c: FakeCluster) => string)][] = [
    ['nginx with requests through the mesh', web, 'service logs web'],
    ['--tail 2 counts per task', web, 'service logs --tail 2 web'],
    ['-t --no-trunc', web, 'service logs -t --no-trunc --tail 3 web'],
    ['--no-task-ids --no-resolve', web, 'service logs --no-task-ids --no-resolve --tail 1 web'],
    ['--raw --details', web, 'service logs --raw --details --tail 1 web'],
    ['--details', web, 'service logs --details --tail 1 web'],
    ['--since 3s', web, 'service logs --since 3s web'],
    ['one task by ID', web, (c) => `service logs ${taskId(c, 2)}`],
    ['ten replicas pad one-digit slots', [nginx('web', 10), wait(20_000)], 'service logs --tail 1 web'],
    ['alpine sleep prints nothing', [service('quiet', 2), wait(20_000)], 'service logs quiet'],
    ['redis startup banner', [service('cache', 1, [], { image: 'redis:7', args: [] }), wait(20_000)], 'service logs cache'],
    ['whoami startup line', [service('who', 1, [], { image: 'traefik/whoami', args: [] }), wait(20_000)], 'service logs who'],
    ['httpd', [service('apache', 1, [], { image: 'httpd:2.4', args: [] }), wait(20_000)], 'service logs apache'],
    ['an update keeps the replaced tasks and their graceful stop', [...web, (c) => {
      const s = Object.values(c.state().services).find((x) => x.spec.name === 'web');
      if (s) c.execute({ type: 'UpdateService', serviceId: s.id, spec: { ...s.spec, env: ['V=2'] } });
    }, wait(60_000)], 'service logs --tail 3 web'],
  ];
  it.each(cases)('%s', async (name, setups, line) => {
    const c = given(...setups);
    const result = await docker(c, 'manager1', typeof line === 'function' ? line(c) : line);
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'logs', `${name}.stdout`));
    await expect(result.stderr).toMatchFileSnapshot(goldenOf('service', 'logs', `${name}.stderr`));
  });

  it('splits the streams: entrypoint and access lines on stdout, nginx notices on stderr', async () => {
    const result = await docker(given(...web), 'manager1', 'service logs web');
    expect(result.stdout).toMatch(/^web\.1\.[0-9a-z]{12}@\S+ +\| \/docker-entrypoint\.sh: /m);
    expect(result.stdout).toMatch(/"GET \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"$/m);
    expect(result.stdout).toMatch(/"GET \/nope HTTP\/1\.1" 404 146 /m);
    expect(result.stderr).toMatch(/\| \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: start worker processes$/m);
    expect(result.stdout).not.toContain('[notice]');
  });

  it('-f prints new requests as they are served, until Ctrl-C (exit 0)', async () => {
    const c = given(...web);
    const before = await docker(c, 'manager1', 'service logs web');
    // One request arrives while the command follows (the harness moves the clock on each poll).
    const advance = c.advance.bind(c);
    let served = false;
    c.advance = (ms) => {
      advance(ms);
      if (served) return;
      served = true;
      get(1, '/followed')(c);
    };
    const result = await docker(c, 'manager1', 'service logs -f --tail 0 web', { interruptAfterMs: 2_000 });
    expect(before.stdout).not.toContain('/followed');
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain('"GET /followed HTTP/1.1" 404 146');
  });

  it('ends with the broker warning when a node is down', async () => {
    const c = given(...web, slotNodeDown(1));
    const down = Object.values(c.state().nodes).find((n) => n.state === 'down');
    const result = await docker(c, 'manager1', 'service logs --tail 1 web');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^web\.[23]\./m);
    expect(result.stderr).toBe(`error from daemon in stream: Error grabbing logs: rpc error: code = Unknown desc = warning: incomplete log stream. some logs could not be retrieved for the following reasons: node ${down?.id} is not available\n\n`);
  });
});
