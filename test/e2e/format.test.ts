// --format and filters over real SSH exec: a Go template on service ls, `json` on node ls,
// `.Spec.Name` on service inspect, a bad template's error and exit status, and
// `network ls -f driver=overlay -q`. Expected texts: docker/cli v28.2.2
// cli/command/formatter/formatter.go, cli/command/node/formatter.go (nodeContext JSON fields),
// cli/command/inspect/inspector.go, moby daemon/network/filter.go.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execOnce } from './helpers/ssh-client.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

const on = (node: string, command: string) => execOnce(server.port, `alice+${node}+fmt`, command);

describe('--format and filters over SSH', () => {
  beforeAll(async () => {
    expect((await on('manager1', 'docker network create -d overlay rede_fmt')).code).toBe(0);
    expect((await on('manager1', 'docker service create --detach --name web --replicas 2 --network rede_fmt nginx')).code).toBe(0);
  });

  it("service ls --format '{{.Name}} {{.Replicas}}'", async () => {
    const r = await on('manager1', "docker service ls --format '{{.Name}} {{.Replicas}}'");
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^web [0-2]\/2\n$/);
  });

  it('node ls --format json: one object per node with nodeContext\'s fields, sorted', async () => {
    const r = await on('manager1', 'docker node ls --format json');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    const first = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(['Availability', 'EngineVersion', 'Hostname', 'ID', 'ManagerStatus', 'Self', 'Status', 'TLSStatus']);
    expect(lines.map((l) => (JSON.parse(l) as { Hostname: string }).Hostname)).toEqual(['manager1', 'manager2', 'manager3', 'worker1', 'worker2']);
    expect(first).toMatchObject({ Self: true, ManagerStatus: 'Leader', Status: 'Ready' });
  });

  it("service inspect --format '{{.Spec.Name}}'", async () => {
    const r = await on('manager2', "docker service inspect --format '{{.Spec.Name}}' web");
    expect(r).toMatchObject({ stdout: 'web\n', stderr: '', code: 0 });
  });

  it('a template that does not parse: the error on stderr, exit 1 (64 for network inspect)', async () => {
    const ls = await on('manager1', "docker service ls --format '{{.Name'");
    expect(ls).toMatchObject({ stdout: '', stderr: 'template parsing error: template: :1: unclosed action\n', code: 1 });
    const field = await on('manager1', "docker service ls --format '{{.Nope}}'");
    expect(field.stderr).toBe('template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *service.serviceContext\n');
    expect(field.code).toBe(1);
    const inspect = await on('manager1', "docker network inspect --format '{{.Name' rede_fmt");
    expect(inspect).toMatchObject({ stdout: '', stderr: 'template parsing error: template: :1: unclosed action\n', code: 64 });
  });

  it('network ls -f driver=overlay -q', async () => {
    const ids = await on('manager1', 'docker network ls -f driver=overlay -q');
    const table = await on('manager1', "docker network ls --format '{{.ID}} {{.Driver}}'");
    expect(ids.code).toBe(0);
    const overlays = table.stdout.split('\n').filter((l) => l.endsWith(' overlay')).map((l) => l.split(' ')[0]);
    expect(overlays).toHaveLength(2); // ingress and rede_fmt
    expect(ids.stdout).toBe(overlays.map((id) => `${id}\n`).join(''));
    const bad = await on('manager1', 'docker network ls -f foo=bar');
    expect(bad).toMatchObject({ stdout: '', stderr: "Error response from daemon: invalid filter 'foo'\n", code: 1 });
  });
});
