// docker service scale: oracle recordings service-scale-3, service-scale-2-tty80,
// err-service-scale-abc, -noargs, -noeq; docker/cli v28.2.2 cli/command/service/scale.go
// (scaleArgs, runScale: `X scaled to N`, then progress per service, errors prefixed and joined).
import { describe, expect, it } from 'vitest';
import { docker, type RunOptions } from '../harness.js';
import { given, lesson, service, wait, type Setup } from '../lesson.js';
import { expectError, expectOracle, goldenOf, type ErrorCase } from './fixtures.js';

const TESTE = 'teste_discovery_search';
const scaleTo = (replicas: number): Setup => (c) => {
  const s = Object.values(c.state().services).find((x) => x.spec.name === TESTE);
  if (s) c.execute({ type: 'UpdateService', serviceId: s.id, spec: { ...s.spec, mode: { kind: 'replicated', replicas } } });
};
const agent: Setup = service('agent', 0, [], { mode: { kind: 'global' } });

describe('docker service scale', () => {
  it.each(['service-scale-help', 'err-service-scale-abc', 'err-service-scale-noargs', 'err-service-scale-noeq'])('matches the recording %s', async (name) => {
    await expectOracle(name);
  });

  const errors: ErrorCase[] = [
    ['an unknown service', 'manager1', 'service scale nosuch=2', lesson, 'nosuch: Error response from daemon: service nosuch not found\n', 1],
    ['a global service', 'manager1', 'service scale agent=2', agent, 'agent: scale can only be used with replicated or replicated-job mode\n', 1],
    ['a number out of range', 'manager1', 'service scale web=18446744073709551616', lesson,
      'web: invalid replicas value 18446744073709551616: strconv.ParseUint: parsing "18446744073709551616": value out of range\n', 1],
    ['a negative number', 'manager1', 'service scale web=-1', lesson, 'web: invalid replicas value -1: strconv.ParseUint: parsing "-1": invalid syntax\n', 1],
    ['no service name', 'manager1', 'service scale =3', lesson,
      "invalid scale specifier '=3'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services\n", 1],
    ['on a worker', 'worker1', `service scale ${TESTE}=3`, lesson,
      `${TESTE}: Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n`, 1],
  ];
  it.each(errors)('%s', async (_name, host, line, setup, stderr, exitCode) => {
    await expectError(given(setup), host, line, stderr, exitCode);
  });

  it('scales what it can, then prints every failure at the end', async () => {
    const result = await docker(given(lesson, agent), 'manager1', `service scale -d ${TESTE}=3 nosuch=2 agent=1 x=y`);
    expect(result).toEqual({
      stdout: `${TESTE} scaled to 3\n`,
      stderr: 'nosuch: Error response from daemon: service nosuch not found\nagent: scale can only be used with replicated or replicated-job mode\nx: invalid replicas value y: strconv.ParseUint: parsing "y": invalid syntax\n',
      exitCode: 1,
    });
  });

  const cases: [string, Setup[], string, RunOptions][] = [
    ['to 3 without a terminal', [lesson], `service scale ${TESTE}=3`, {}],
    ['from 3 to 2 on an 80-column terminal', [lesson, scaleTo(3), wait(10_000)], `service scale ${TESTE}=2`, { tty: true, columns: 80 }],
    ['two services with -d', [lesson, service('d1', 1)], `service scale -d ${TESTE}=1 d1=3`, {}],
    ['two services with progress each', [lesson, service('d1', 1), wait(5_000)], `service scale d1=2 ${TESTE}=1`, {}],
    ['to 0', [lesson], `service scale ${TESTE}=0`, {}],
  ];
  it.each(cases)('%s', async (name, setups, line, options) => {
    const result = await docker(given(...setups), 'manager1', line, options);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'scale', name));
  });
});
