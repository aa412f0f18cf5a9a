// `docker service|node|network inspect --format`: docker/cli v28.2.2
// cli/command/inspect/inspector.go (typed object first; the raw-map fallback with
// missingkey=error only where the CLI holds raw JSON, i.e. network inspect), node/inspect.go and
// service/inspect.go (getRef returns no raw bytes; every error wrapped in StatusError 1),
// network/inspect.go (parse error: StatusError 64). Go types: moby api/types/swarm, network.

import { describe, expect, it } from 'vitest';
import { docker, FakeCluster } from '../harness.js';

async function classroom(): Promise<FakeCluster> {
  const c = FakeCluster.classroom();
  const r = await docker(c, 'manager1', 'service create --detach --name web --replicas 2 --label tier=front nginx:1.27');
  expect(r.exitCode).toBe(0);
  return c;
}

async function run(argv: string[], host = 'manager1') {
  return docker(await classroom(), host, argv);
}

describe('inspect --format', () => {
  it.each([
    [['service', 'inspect', 'web', '--format', '{{.Spec.Name}}'], 'web\n'],
    [['service', 'inspect', 'web', '-f', '{{.Spec.Mode.Replicated.Replicas}} {{index .Spec.Labels "tier"}} {{.Spec.Labels}}'], '2 front map[tier:front]\n'],
    [['service', 'inspect', 'web', '-f', '{{json .Spec.Labels}} {{upper .Spec.Name}}'], '{"tier":"front"} WEB\n'],
    [['service', 'inspect', 'web', 'web', '-f', '{{len .ID}}'], '25\n25\n'],
    // time.Time prints with String(), not as the JSON text.
    [['node', 'inspect', 'self', '-f', '{{.Spec.Role}} {{.ManagerStatus.Leader}} {{.ManagerStatus.Reachability}}'], 'manager true reachable\n'],
    [['node', 'inspect', 'manager2', '-f', '{{.ManagerStatus.Leader}} {{.Spec.Name}}|'], 'false |\n'],
    [['node', 'inspect', 'self', '-f', '{{.Status.State}} {{.Description.Hostname}}'], 'ready manager1\n'],
    [['network', 'inspect', 'ingress', '-f', '{{.Name}} {{.Driver}} {{range .IPAM.Config}}{{.Subnet}}{{end}}'], 'ingress overlay 10.0.0.0/24\n'],
    // The typed network.Inspect calls it ID; `.Id` fails there and the raw map answers.
    [['network', 'inspect', 'bridge', '-f', '{{len .ID}}'], '64\n'],
    [['network', 'inspect', 'bridge', '-f', '{{len .Id}}'], '64\n'],
  ])('%j', async (argv, stdout) => {
    expect(await run(argv)).toEqual({ stdout, stderr: '', exitCode: 0 });
  });

  it('reaches the container spec', async () => {
    const r = await run(['service', 'inspect', 'web', '-f', '{{.Spec.TaskTemplate.ContainerSpec.Image}}']);
    expect(r.stdout).toMatch(/^nginx:1\.27(@sha256:[0-9a-f]{64})?\n$/);
  });

  it('prints typed times and structs as Go does', async () => {
    const r = await run(['node', 'inspect', 'self', '-f', '{{.CreatedAt}}|{{.Description.Platform}}|{{.Version}}']);
    expect(r.stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC\|\{x86_64 linux\}\|\{\d+\}\n$/);
  });

  it.each([
    [['service', 'inspect', 'web', '-f', '{{.Nope}}'], '\n', 'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type swarm.Service\n', 1],
    [['service', 'inspect', 'web', '-f', '{{.Spec.Nope}}'], '\n', 'template parsing error: template: :1:7: executing "" at <.Spec.Nope>: can\'t evaluate field Nope in type swarm.ServiceSpec\n', 1],
    [['node', 'inspect', 'self', '-f', '{{.Id}}'], '\n', 'template parsing error: template: :1:2: executing "" at <.Id>: can\'t evaluate field Id in type swarm.Node\n', 1],
    // Node and service inspect wrap the parse error in StatusError{StatusCode: 1}.
    [['node', 'inspect', 'self', '-f', '{{.ID'], '', 'template parsing error: template: :1: unclosed action\n', 1],
    [['service', 'inspect', 'web', '-f', '{{bogus}}'], '', 'template parsing error: template: :1: function "bogus" not defined\n', 1],
    // network inspect returns inspect.Inspect's StatusError{StatusCode: 64} as is.
    [['network', 'inspect', 'bridge', '-f', '{{.ID'], '', 'template parsing error: template: :1: unclosed action\n', 64],
    [['network', 'inspect', 'bridge', '-f', '{{.Nope}}'], '\n', 'template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n', 1],
    [['service', 'inspect', 'web', 'nosuch', '-f', '{{.Spec.Name}}'], 'web\n', 'Error: no such service: nosuch\n', 1],
  ])('%j', async (argv, stdout, stderr, exitCode) => {
    expect(await run(argv)).toEqual({ stdout, stderr, exitCode });
  });
});
