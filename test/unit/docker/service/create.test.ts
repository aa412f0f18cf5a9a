// docker service create: oracle recordings service-create*, err-service-create-* (test/golden/oracle),
// docker/cli v28.2.2 cli/command/service/create.go and opts.go (ToService), moby client
// service_create.go (tagging, digest warning), moby daemon/cluster/convert/service.go and
// swarmkit controlapi/service.go (daemon errors), daemon/cluster/networks.go populateNetworkID.
import { describe, expect, it } from 'vitest';
import { docker, type RunOptions } from '../harness.js';
import { given, lesson, localBridge, noSwarm, overlay, type Setup } from '../lesson.js';
import { expectError, expectOracle, goldenOf, INACTIVE_ERROR, none, WORKER_ERROR, type ErrorCase } from './fixtures.js';

const usage = (error: string): string =>
  `${error}\n\nUsage:  docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker service create --help' for more information\n`;
const invalidArgument = (desc: string): string => `Error response from daemon: rpc error: code = InvalidArgument desc = ${desc}\n`;
const LESSON = 'service create --name teste_discovery_search --network minha_rede_overlay --replicas 2 alpine sleep 50m';

describe('docker service create', () => {
  it.each(['service-create-help-api150', 'err-service-create-noargs', 'err-service-create-p-noval', 'err-service-create-replicas-abc', 'err-service-create-replicas-noval', 'service-create-nosuch-net'])(
    'matches the recording %s', async (name) => {
      await expectOracle(name);
    },
  );

  it('matches the recording service-create-dupname after the lesson', async () => {
    await expectOracle('service-create-dupname', given(lesson));
  });

  const errors: ErrorCase[] = [
    ['a node-local network', 'manager1', 'service create --network mybr alpine', localBridge('manager1', 'mybr'),
      'Error response from daemon: The network mybr cannot be used with services. Only networks scoped to the swarm can be used, such as those created with the overlay driver.\n', 1],
    ['the bridge network', 'manager1', 'service create --network bridge alpine', none, 'swarmlab: --network bridge is not simulated in this lab yet\n', 1],
    ['the ingress network', 'manager1', 'service create --network ingress alpine', none, invalidArgument('Service cannot be explicitly attached to the ingress network "ingress"'), 1],
    ['an overlay unknown to a worker', 'worker2', 'service create --network minha_rede_overlay alpine', overlay('minha_rede_overlay'), 'Error response from daemon: network minha_rede_overlay not found\n', 1],
    ['an invalid image reference', 'manager1', 'service create ALPINE', none, invalidArgument('ContainerSpec: "ALPINE" is not a valid repository/tag'), 1],
    ['a name that is not a DNS label', 'manager1', ['service', 'create', '--name', 'bad name', 'alpine'], none, invalidArgument('name must be valid as a DNS name component'), 1],
    ['a bad name wins over a bad image', 'manager1', ['service', 'create', '--name', 'bad name', 'ALPINE'], none, invalidArgument('name must be valid as a DNS name component'), 1],
    ['a -p that is no port', 'manager1', 'service create -p abc nginx', none, usage('invalid argument "abc" for "-p, --publish" flag: invalid containerPort: abc'), 125],
    ['a -p field docker does not know', 'manager1', 'service create -p target=80,foo=1 nginx', none, usage('invalid argument "target=80,foo=1" for "-p, --publish" flag: invalid field key: foo'), 125],
    ['an ingress port in dnsrr mode', 'manager1', 'service create -p 80:80 --endpoint-mode dnsrr nginx', none,
      invalidArgument("EndpointSpec: port published with ingress mode can't be used with dnsrr mode"), 1],
    ['the same published port twice', 'manager1', 'service create -p 80:80 -p 80:81 nginx', none, invalidArgument('EndpointSpec: duplicate published ports provided'), 1],
    ['a constraint without an operator', 'manager1', 'service create --constraint node.role=manager alpine', none,
      'Error response from daemon: rpc error: code = Unknown desc = constraint expected one operator from ==, !=\n', 1],
    ['a constraint with a bad key', 'manager1', ['service', 'create', '--constraint', 'node role==manager', 'alpine'], none,
      "Error response from daemon: rpc error: code = Unknown desc = key 'node role' is invalid\n", 1],
    ['a memory limit under 4 MiB', 'manager1', 'service create --limit-memory 1k alpine', none, invalidArgument('invalid memory value 1024: Must be at least 4MiB'), 1],
    ['a CPU reservation under 0.001', 'manager1', 'service create --reserve-cpu 0.0001 alpine', none, invalidArgument('invalid cpu value 0.0001: Must be at least 0.001'), 1],
    ['a memory size docker cannot read', 'manager1', 'service create --reserve-memory 1x alpine', none,
      usage('invalid argument "1x" for "--reserve-memory" flag: invalid suffix: \'x\''), 125],
    ['--replicas-max-per-node with --mode global', 'manager1', 'service create --mode global --replicas-max-per-node 1 alpine', none,
      'replicas-max-per-node can only be used with replicated or replicated-job mode\n', 1],
    ['jobs are not simulated', 'manager1', 'service create --mode replicated-job alpine', none, 'swarmlab: --mode replicated-job is not simulated in this lab yet\n', 1],
    ['an unknown mode', 'manager1', 'service create --mode foo alpine', none, 'Unknown mode: foo, only replicated and global supported\n', 1],
    ['--replicas with --mode global', 'manager1', 'service create --mode global --replicas 2 alpine', none, 'replicas can only be used with replicated or replicated-job mode\n', 1],
    ['an unknown restart condition', 'manager1', 'service create --restart-condition sometimes alpine', none, 'Error response from daemon: invalid RestartCondition: "sometimes"\n', 1],
    ['an unknown endpoint mode', 'manager1', 'service create --endpoint-mode foo alpine', none, 'Error response from daemon: invalid resolution mode: "foo"\n', 1],
    ['a negative update delay', 'manager1', 'service create --update-delay -1s alpine', none, invalidArgument('TaskSpec: update-delay cannot be negative'), 1],
    ['a label without a name', 'manager1', 'service create --label =x alpine', none, usage('invalid argument "=x" for "-l, --label" flag: invalid label \'=x\': empty name'), 125],
    ['an env without a name', 'manager1', 'service create -e =x alpine', none, usage('invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x'), 125],
    ['on a worker', 'worker1', 'service create alpine', none, WORKER_ERROR, 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    await expectError(given(setup), host, line, stderr, exitCode);
  });

  it('outside a swarm gives the no-swarm error', async () => {
    await expectError(noSwarm(), 'manager1', 'service create alpine', INACTIVE_ERROR, 1);
  });

  const cases: [string, Setup, string | string[], RunOptions, string][] = [
    ['the seed lesson, without a terminal', overlay('minha_rede_overlay'), LESSON, {}, ''],
    ['the seed lesson on an 80-column terminal', overlay('minha_rede_overlay'), LESSON, { tty: true, columns: 80 }, ''],
    ['the seed lesson on a 120-column terminal', overlay('minha_rede_overlay'), LESSON, { tty: true, columns: 120 }, ''],
    ['--detach prints only the ID', none, 'service create --detach --name d1 alpine sleep 50m', {}, ''],
    ['-q waits without progress', none, 'service create -q --name quiet alpine sleep 50m', {}, ''],
    ['a global service', none, 'service create --mode global --name agent alpine sleep 1h', {}, ''],
    ['an image no registry knows warns first', none, 'service create -d --name typo ngnix', {},
      'image ngnix:latest could not be accessed on a registry to record\nits digest. Each node will access ngnix:latest independently,\npossibly leading to different nodes running different\nversions of the image.\n\n'],
  ];
  it.each(cases)('%s', async (name, setup, line, options, stderr) => {
    const result = await docker(given(setup), 'manager1', line, options);
    expect(result.stderr).toBe(stderr);
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'create', name));
  });

  it('sends every simulated flag to the spec (seen through service inspect)', async () => {
    const c = given(overlay('minha_rede_overlay'));
    const created = await docker(c, 'manager1', [
      'service', 'create', '-d', '--name', 'web', '--replicas', '3', '-l', 'team=blue', '--label', 'tier', '--container-label', 'app=web',
      '-e', 'A=1', '-e', 'B=2', '-e', 'A=3', '--hostname', 'web-host', '--restart-condition', 'on-failure', '--restart-delay', '10s',
      '--stop-grace-period', '20s', '--endpoint-mode', 'DNSRR', '--update-delay', '10s', '--network', 'name=minha_rede_overlay,alias=www',
      'nginx:1.27', 'nginx', '-g', 'daemon off;',
    ]);
    expect(created.exitCode).toBe(0);
    const inspect = await docker(c, 'manager1', 'service inspect web');
    await expect(inspect.stdout).toMatchFileSnapshot(goldenOf('service', 'create', 'every simulated flag'));
  });

  it('names an unnamed service adjective_surname', async () => {
    const c = given();
    await docker(c, 'manager1', 'service create -d alpine');
    const names = (await docker(c, 'manager1', ['service', 'ls', '--format', '{{.Name}}'])).stdout;
    expect(names).toMatch(/^[a-z]+_[a-z]+\n$/);
  });
});
