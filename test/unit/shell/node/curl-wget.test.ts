// curl and wget on a node and busybox wget in a task, through the routing mesh. Sources: moby
// libnetwork service_linux.go (ingress: every node answers a published port, IPVS round robin),
// traefik/whoami app.go (Hostname, IP, RemoteAddr, the request), curl 8.5.0 lib/connect.c and
// libcurl-errors.md (exit 6, 7, 22, 52), GNU wget doc/wget.texi "Exit Status" (4, 8), busybox
// 1.36 networking/wget.c (`Connecting to`, `server returned error`, `writing to stdout`).
import { describe, expect, it } from 'vitest';
import { containerEnvFor } from '../../../../src/shell/container/task-container.js';
import { wget as busyboxWget } from '../../../../src/shell/container/applets/wget.js';
import { curlCommand } from '../../../../src/shell/node/curl.js';
import { clusterNodeNet } from '../../../../src/shell/node/node-net.js';
import { wgetCommand } from '../../../../src/shell/node/wget.js';
import { docker, type FakeCluster } from '../../docker/harness.js';
import { given } from '../../docker/lesson.js';
import { fakeIO } from '../container/fakes.js';

async function mesh(): Promise<FakeCluster> {
  const c = given();
  await docker(c, 'manager1', 'network create -d overlay back');
  await docker(c, 'manager1', 'service create -d --name who --replicas 3 -p 8080:80 --network back traefik/whoami');
  await docker(c, 'manager1', 'service create -d --name web --network back nginx');
  await docker(c, 'manager1', 'service create -d --name lonely nginx');
  await docker(c, 'manager1', 'service create -d --name client --network back alpine sleep 1d');
  c.advance(20_000);
  return c;
}

async function curl(c: FakeCluster, node: string, ...args: string[]) {
  const io = fakeIO();
  const status = await curlCommand(clusterNodeNet(c, node))({ argv: ['curl', ...args], io, env: {} });
  return { status, out: io.out, err: io.err };
}

describe('curl on a node', () => {
  it('reaches the tasks of a published service round robin, from any node', async () => {
    const c = await mesh();
    const hostnames: string[] = [];
    for (const node of ['manager1', 'worker2', 'manager1', 'worker1']) {
      const r = await curl(c, node, '-s', 'localhost:8080');
      expect(r.status).toBe(0);
      hostnames.push(/^Hostname: (\w+)$/m.exec(r.out)?.[1] ?? '');
    }
    expect(new Set(hostnames.slice(0, 3)).size).toBe(3);
    expect(hostnames[3]).toBe(hostnames[0]);
  });

  it('prints what whoami saw: the ingress addresses and the request curl sent', async () => {
    const c = await mesh();
    const r = await curl(c, 'worker1', 'http://localhost:8080/hello');
    expect(r.out).toMatch(/^Hostname: [0-9a-f]{12}\nIP: 127\.0\.0\.1\nIP: 10\.0\.0\.\d+\nIP: 172\.18\.0\.\d+\nIP: 10\.0\.1\.\d+\nRemoteAddr: 10\.0\.0\.\d+:\d+\nGET \/hello HTTP\/1\.1\r\nHost: localhost:8080\r\nUser-Agent: curl\/8\.5\.0\r\nAccept: \*\/\*\r\n\r\n$/);
  });

  it('-I prints the headers of a HEAD request', async () => {
    const c = await mesh();
    const r = await curl(c, 'manager2', '-I', 'manager1:8080');
    expect(r.out).toMatch(/^HTTP\/1\.1 200 OK\r\nDate: .* GMT\r\nContent-Length: \d+\r\nContent-Type: text\/plain; charset=utf-8\r\n\r\n$/);
  });

  const failures: [string, string[], number, string][] = [
    ['a port nothing publishes', ['localhost:9999'], 7, "curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server\n"],
    ['-s hides the error', ['-s', 'localhost:9999'], 7, ''],
    ['-sS shows it again', ['-sS', 'localhost:9999'], 7, "curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server\n"],
    ['an unknown host', ['nosuchhost:8080'], 6, 'curl: (6) Could not resolve host: nosuchhost\n'],
    ['an unknown option', ['--frobnicate', 'localhost'], 2, "curl: option --frobnicate: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n"],
    ['no URL', [], 2, "curl: try 'curl --help' or 'curl --manual' for more information\n"],
  ];
  it.each(failures)('%s', async (_name, args, status, err) => {
    const r = await curl(await mesh(), 'manager1', ...args);
    expect({ status: r.status, err: r.err }).toEqual({ status, err });
  });

  it('an overlay address is not routed from the node: curl times out', async () => {
    const c = await mesh();
    const vip = c.state().services[c.sim.service('web')]?.vips.find((v) => v.networkId === c.sim.network('back'))?.ip ?? '';
    const r = await curl(c, 'manager1', '-m', '5', `http://${vip}/`);
    expect(r).toEqual({ status: 28, out: '', err: 'curl: (28) Connection timed out after 5000 milliseconds\n' });
  });
});

describe('wget on a node', () => {
  it('wget -qO- prints the nginx welcome page of a published port', async () => {
    const c = given();
    await docker(c, 'manager1', 'service create -d --name web -p 80:80 nginx');
    c.advance(20_000);
    const io = fakeIO();
    const status = await wgetCommand(clusterNodeNet(c, 'worker2'), () => c.now())({ argv: ['wget', '-qO-', 'localhost'], io, env: {} });
    expect(status).toBe(0);
    expect(io.out).toContain('<h1>Welcome to nginx!</h1>');
    expect(io.err).toBe('');
  });

  it('curl -f on a missing nginx page exits 22', async () => {
    const c = given();
    await docker(c, 'manager1', 'service create -d --name web -p 80:80 nginx');
    c.advance(20_000);
    const r = await curl(c, 'manager3', '-f', 'localhost/missing');
    expect(r).toEqual({ status: 22, out: '', err: 'curl: (22) The requested URL returned error: 404\n' });
  });

  it('a refused connection exits 4 and logs why', async () => {
    const c = given();
    const io = fakeIO();
    const status = await wgetCommand(clusterNodeNet(c, 'manager1'), () => c.now())({ argv: ['wget', '-O', '-', 'http://127.0.0.1:8080/'], io, env: {} });
    expect(status).toBe(4);
    expect(io.err).toBe('--2026-11-22 20:00:00--  http://127.0.0.1:8080/\nConnecting to 127.0.0.1:8080... failed: Connection refused.\n');
  });
});

describe('busybox wget in a task', () => {
  async function wgetFrom(c: FakeCluster, service: string, ...args: string[]) {
    const task = Object.values(c.state().tasks).find((t) => t.spec.name === service && t.status.state === 'running');
    if (!task) throw new Error(`no running task of ${service}`);
    const io = fakeIO();
    const env = containerEnvFor({ state: () => c.state(), now: () => c.now(), execute: (cmd) => c.execute(cmd) }, task.id, () => 0.5);
    const status = await busyboxWget.run(['wget', ...args], io, env);
    return { status, out: io.out, err: io.err };
  }

  it('wget -qO- <service> reaches the service over a shared overlay', async () => {
    const c = await mesh();
    const r = await wgetFrom(c, 'client', '-qO-', 'web');
    expect(r.status).toBe(0);
    expect(r.out).toContain('<title>Welcome to nginx!</title>');
  });

  it('without -q it says where it connects and that it wrote to stdout', async () => {
    const c = await mesh();
    const r = await wgetFrom(c, 'client', '-O', '-', 'http://web/');
    const vip = c.state().services[c.sim.service('web')]?.vips[0]?.ip;
    expect(r.err).toBe(`Connecting to web (${vip}:80)\nwriting to stdout\n-                    100% |********************************|   615  0:00:00 ETA\nwritten to stdout\n`);
  });

  it('a service on no shared network does not resolve', async () => {
    const r = await wgetFrom(await mesh(), 'client', '-qO-', 'lonely');
    expect(r).toEqual({ status: 1, out: '', err: "wget: bad address 'lonely'\n" });
  });

  it('a missing page is a server error', async () => {
    const r = await wgetFrom(await mesh(), 'client', '-qO-', 'web/nope');
    expect(r).toEqual({ status: 1, out: '', err: 'wget: server returned error: HTTP/1.1 404 Not Found\n' });
  });

  it('the node of the task is reached through docker_gwbridge on a published port', async () => {
    const r = await wgetFrom(await mesh(), 'client', '-qO-', '172.18.0.1:8080');
    expect(r.out).toMatch(/^Hostname: /);
  });
});
