// docker service update: docker/cli v28.2.2 cli/command/service/update.go (flag table, runUpdate:
// the argument, then progress; updateService, updateEnvironment, updateLabels, updateNetworks,
// updateReplicas); the rolling replacement mirrors swarmkit manager/orchestrator/update/updater.go,
// and `service update paused: …` comes from cli/command/service/progress/progress.go.
import { describe, expect, it } from 'vitest';
import { docker, type FakeCluster, type RunOptions } from '../harness.js';
import { given, lesson, overlay, service, wait, type Setup } from '../lesson.js';
import { expectError, goldenOf, WORKER_ERROR, type ErrorCase } from './fixtures.js';

const TESTE = 'teste_discovery_search';
const agent: Setup = service('agent', 0, [], { mode: { kind: 'global' } });
const lessonAndWeb: Setup = (c) => {
  lesson(c);
  service('web', 1, [], { ports: [{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }] })(c);
};

describe('docker service update', () => {
  const errors: ErrorCase[] = [
    ['no argument', 'manager1', 'service update', lesson,
      "docker: 'docker service update' requires 1 argument\n\nUsage:  docker service update [OPTIONS] SERVICE\n\nRun 'docker service update --help' for more information\n", 1],
    ['an unknown service', 'manager1', 'service update --replicas 3 nosuch', lesson, 'Error response from daemon: service nosuch not found\n', 1],
    ['--rollback before any update', 'manager1', `service update --rollback ${TESTE}`, lesson,
      'Error response from daemon: rpc error: code = FailedPrecondition desc = service <id of teste_discovery_search> does not have a previous spec\n', 1],
    ['--rollback with another flag', 'manager1', `service update --rollback --replicas 3 ${TESTE}`, lesson, 'other flags may not be combined with --rollback\n', 1],
    ['--publish-add of a port another service publishes', 'manager1', `service update --publish-add 8080:80 ${TESTE}`, lessonAndWeb,
      "Error response from daemon: rpc error: code = InvalidArgument desc = port '8080' is already in use by service 'web' (<id of web>) as an ingress port\n", 1],
    ['--publish-add in dnsrr mode', 'manager1', `service update --endpoint-mode dnsrr --publish-add 80 ${TESTE}`, lesson,
      "Error response from daemon: rpc error: code = InvalidArgument desc = EndpointSpec: port published with ingress mode can't be used with dnsrr mode\n", 1],
    ['--constraint-add without an operator', 'manager1', `service update --constraint-add node.role=worker ${TESTE}`, lesson,
      'Error response from daemon: rpc error: code = Unknown desc = constraint expected one operator from ==, !=\n', 1],
    ['--replicas on a global service', 'manager1', 'service update --replicas 2 agent', agent, 'replicas can only be used with replicated mode\n', 1],
    ['an invalid image', 'manager1', `service update --image ALPINE ${TESTE}`, lesson,
      'Error response from daemon: rpc error: code = InvalidArgument desc = ContainerSpec: "ALPINE" is not a valid repository/tag\n', 1],
    ['a network it already has', 'manager1', `service update --network-add minha_rede_overlay ${TESTE}`, lesson, 'service is already attached to network minha_rede_overlay\n', 1],
    ['an unknown network', 'manager1', `service update --network-add nosuch ${TESTE}`, lesson, 'Error response from daemon: network nosuch not found\n', 1],
    ['a negative update delay', 'manager1', `service update --update-delay -2s ${TESTE}`, lesson,
      'Error response from daemon: rpc error: code = InvalidArgument desc = TaskSpec: update-delay cannot be negative\n', 1],
    ['on a worker', 'worker1', `service update --replicas 3 ${TESTE}`, lesson, WORKER_ERROR, 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    const c = given(setup);
    // Service IDs come from the seeded entropy: name them in the expected text.
    const expected = stderr.replace(/<id of ([\w-]+)>/g, (_m, name: string) => c.sim.service(name));
    await expectError(c, host, line, expected, exitCode);
  });

  it('prints its help with the v28.2.2 flag table', async () => {
    const result = await docker(given(), 'manager1', 'service update --help');
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'update', 'help'));
  });

  it('warns about an image no registry has, then stops when the updater pauses', async () => {
    const c = given(lesson);
    const result = await docker(c, 'manager1', `service update --image ngnix ${TESTE}`);
    const task = Object.values(c.state().tasks).find((t) => t.spec.image === 'ngnix:latest' && t.status.state === 'rejected');
    expect(result.stderr).toBe(
      'image ngnix:latest could not be accessed on a registry to record\nits digest. Each node will access ngnix:latest independently,\npossibly leading to different nodes running different\nversions of the image.\n\n'
      + `service update paused: update paused due to failure or early termination of task ${task?.id ?? '?'}\n`,
    );
    expect(result.exitCode).toBe(1);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'update', 'an image no registry has pauses'));
  });

  const cases: [string, Setup[], string | string[], RunOptions][] = [
    ['--replicas 3', [lesson], `service update --replicas 3 ${TESTE}`, {}],
    ['--image replaces the tasks one at a time', [lesson], `service update --image alpine:3.19 ${TESTE}`, {}],
    ['--image on an 80-column terminal', [lesson], `service update --image alpine:3.19 ${TESTE}`, { tty: true, columns: 80 }],
    ['--env-add and --env-rm with parallelism 0', [lesson], `service update --env-add A=1 --env-add B=2 --env-rm B --update-parallelism 0 ${TESTE}`, {}],
    ['--label-add replaces no task', [lesson], `service update --label-add team=blue ${TESTE}`, {}],
    ['--force -d prints only the argument', [lesson], `service update --force -d ${TESTE}`, {}],
    ['-q waits quietly', [lesson], `service update -q --container-label-add app=web ${TESTE}`, {}],
    ['--network-add on a second overlay', [lesson, overlay('other')], `service update -d --network-add other ${TESTE}`, {}],
  ];
  it.each(cases)('%s', async (name, setups, line, options) => {
    const result = await docker(given(...setups), 'manager1', line, options);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'update', name));
  });

  const after: [string, string, (c: FakeCluster) => Promise<unknown>][] = [
    ['service ps after --image shows the replaced tasks', `service update -d --image alpine:3.19 ${TESTE}`, async (c) => c.advance(60_000)],
    ['service inspect --pretty after --env-add and --label-add', `service update -d --env-add MODE=blue --label-add team=blue --hostname web ${TESTE}`, async () => undefined],
  ];
  it.each(after)('%s', async (name, line, then) => {
    const c = given(lesson, wait(1_000));
    expect((await docker(c, 'manager1', line)).exitCode).toBe(0);
    await then(c);
    const shown = await docker(c, 'manager1', name.startsWith('service ps') ? `service ps ${TESTE}` : `service inspect --pretty ${TESTE}`);
    await expect(shown.stdout).toMatchFileSnapshot(goldenOf('service', 'update', name));
  });
});
