// Published ports: `service create -p`, `service update --publish-add/--publish-rm` and how ls,
// ps and inspect show them. Sources: docker/cli cli/command/service/formatter.go
// (serviceContext.Ports ranges, the pretty template's Ports block), cli/command/task/formatter.go
// (taskContext.Ports), cli/command/service/update.go updatePorts; swarmkit
// manager/controlapi/service.go (validateEndpointSpec, checkPortConflicts) and
// manager/allocator/portallocator.go (dynamic ports from 30000).
import { describe, expect, it } from 'vitest';
import { docker } from '../harness.js';
import { given } from '../lesson.js';
import { expectGoldenAfter, runOk } from './fixtures.js';

describe('published ports', () => {
  const cases: [string, string[], string | string[]][] = [
    ['service ls shows ingress ports and ranges', [
      'service create -d --name web -p 8080:80 nginx',
      'service create -d --name dyn -p 80 nginx',
      'service create -d --name multi -p 9000-9002:9000-9002 -p 7000:80/udp traefik/whoami',
      'service create -d --name hostmode --mode global -p published=8081,target=80,mode=host traefik/whoami',
    ], 'service ls'],
    ['service ps shows host-mode ports of running tasks', ['service create -d --name hostmode --mode global -p published=8081,target=80,mode=host traefik/whoami'], 'service ps hostmode'],
    ['service inspect --pretty lists the endpoint ports', ['service create -d --name web -p 8080:80 -p 80 nginx'], 'service inspect --pretty web'],
    ['service inspect shows the spec ports and the allocated ones', ['service create -d --name web -p 80 nginx'], ['service', 'inspect', '--format', '{{json .Endpoint}}', 'web']],
    ['--publish-add keeps the other ports and sorts them', ['service create -d --name web -p 8080:80 nginx', 'service update -d --publish-add 9090:90 --publish-add 7070:70 web'], 'service ls'],
    ['--publish-rm removes by target port', ['service create -d --name web -p 8080:80 -p 9090:90 nginx', 'service update -d --publish-rm 80 web'], 'service ls'],
    ['a dynamic port is kept across an update', ['service create -d --name web -p 80 nginx', 'service update -d --env-add A=1 web'], 'service ls'],
  ];
  it.each(cases)('%s', (name, setup, line) => expectGoldenAfter('publish', name, setup, line));

  it('refuses a port another service publishes through the mesh', async () => {
    const c = given();
    await runOk(c, 'service create -d --name web -p 8080:80 nginx');
    const result = await docker(c, 'manager1', 'service create -d --name other -p 8080:80 httpd');
    expect(result).toEqual({
      stdout: '',
      stderr: `Error response from daemon: rpc error: code = InvalidArgument desc = port '8080' is already in use by service 'web' (${c.sim.service('web')}) as an ingress port\n`,
      exitCode: 1,
    });
  });

  it('refuses a mesh port that a service publishes in host mode', async () => {
    const c = given();
    await runOk(c, 'service create -d --name h --mode global -p published=8080,target=80,mode=host nginx');
    const result = await docker(c, 'manager1', 'service create -d --name other -p 8080:80 httpd');
    expect(result.stderr).toBe(
      `Error response from daemon: rpc error: code = InvalidArgument desc = port '8080' is already in use by service 'h' (${c.sim.service('h')}) as a host-published port\n`,
    );
  });

  it('lets a service keep its own port when updated', async () => {
    const c = given();
    await runOk(c, 'service create -d --name web -p 8080:80 nginx', 'service update -d --image nginx:1.27 web');
    expect((await docker(c, 'manager1', 'service ls --format {{.Ports}}')).stdout).toBe('*:8080->80/tcp\n');
  });
});
