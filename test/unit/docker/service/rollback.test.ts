// docker service rollback and service update --rollback: docker/cli cli/command/service/rollback.go
// (runRollback: print the argument, then WaitOnService), update.go (--rollback: no other flags,
// server-side rollback), progress/progress.go (the `rollback` row, `rolling back update:` in the
// overall row, the rollback message after convergence); swarmkit manager/controlapi/service.go
// UpdateService (Rollback=PREVIOUS swaps Spec and PreviousSpec, "does not have a previous spec")
// and manager/orchestrator/update/updater.go (failure action rollback, rollback_completed).
import { describe, expect, it } from 'vitest';
import { docker, type FakeCluster, type RunOptions } from '../harness.js';
import { given, lesson, wait } from '../lesson.js';
import { goldenOf } from './fixtures.js';

const TESTE = 'teste_discovery_search';

async function updated(c: FakeCluster, line: string): Promise<void> {
  const result = await docker(c, 'manager1', line);
  expect(result.exitCode, result.stderr).toBe(0);
  c.advance(60_000);
}

describe('docker service rollback', () => {
  it('refuses a service that was never updated', async () => {
    const c = given(lesson);
    expect(await docker(c, 'manager1', `service rollback ${TESTE}`)).toEqual({
      stdout: '',
      stderr: `Error response from daemon: rpc error: code = FailedPrecondition desc = service ${c.sim.service(TESTE)} does not have a previous spec\n`,
      exitCode: 1,
    });
  });

  it('needs exactly one argument', async () => {
    const result = await docker(given(lesson), 'manager1', 'service rollback');
    expect(result.stderr).toBe("docker: 'docker service rollback' requires 1 argument\n\nUsage:  docker service rollback [OPTIONS] SERVICE\n\nRun 'docker service rollback --help' for more information\n");
    expect(result.exitCode).toBe(1);
  });

  const cases: [string, string, RunOptions][] = [
    ['service rollback after --image, without a terminal', `service rollback ${TESTE}`, {}],
    ['service rollback on an 80-column terminal', `service rollback ${TESTE}`, { tty: true, columns: 80 }],
    ['service update --rollback', `service update --rollback ${TESTE}`, {}],
    ['service rollback -d prints only the argument', `service rollback -d ${TESTE}`, {}],
  ];
  it.each(cases)('%s', async (name, line, options) => {
    const c = given(lesson, wait(1_000));
    await updated(c, `service update -d --image alpine:3.19 ${TESTE}`);
    const result = await docker(c, 'manager1', line, options);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'rollback', name));
  });

  it('service ps after a rollback shows both replacements in the history', async () => {
    const c = given(lesson, wait(1_000));
    await updated(c, `service update -d --image alpine:3.19 ${TESTE}`);
    await updated(c, `service rollback -d ${TESTE}`);
    const ps = await docker(c, 'manager1', `service ps ${TESTE}`);
    await expect(ps.stdout).toMatchFileSnapshot(goldenOf('service', 'rollback', 'service ps after a rollback'));
    const pretty = await docker(c, 'manager1', `service inspect --pretty ${TESTE}`);
    expect(pretty.stdout).toContain('UpdateStatus:\n State:\t\trollback_completed\n');
    expect(pretty.stdout).toContain(' Message:\trollback completed\n');
  });

  it('a failed update with --update-failure-action rollback rolls back on its own', async () => {
    const c = given(lesson, wait(1_000));
    const result = await docker(c, 'manager1', `service update --update-failure-action rollback --image ngnix ${TESTE}`);
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'rollback', 'automatic rollback after a failed update'));
    const image = await docker(c, 'manager1', ['service', 'inspect', '--format', '{{.Spec.TaskTemplate.ContainerSpec.Image}}', TESTE]);
    expect(image.stdout).toMatch(/^alpine:latest@sha256:/);
  });
});
