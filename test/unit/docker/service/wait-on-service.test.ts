// The progress display: oracle recordings service-create, -tty80, -tty120, -ctrlc-tty80,
// -ctrlc-verify-tty80, -sigint-notty, service-scale-3, service-scale-2-tty80; docker/cli v28.2.2
// cli/command/service/progress/progress.go (ServiceProgress, updaters, truncError) and moby
// pkg/jsonmessage/jsonmessage.go (cursor moves, bars over 110 columns, plain lines off a tty).
import { describe, expect, it } from 'vitest';
import type { DockerHost } from '../../../../src/docker/host.js';
import { DaemonError } from '../../../../src/docker/daemon.js';
import { truncateError } from '../../../../src/docker/service/progress-updaters.js';
import { waitOnService } from '../../../../src/docker/service/wait-on-service.js';
import { docker, type RunOptions } from '../harness.js';
import { given, lesson, overlay, type Setup } from '../lesson.js';
import { goldenOf, none } from './fixtures.js';

const CREATE = 'service create --name ctrlc alpine sleep 50m';

describe('the service progress display', () => {
  const cases: [string, Setup, string, RunOptions][] = [
    ['Ctrl-C before convergence on a terminal', none, CREATE, { tty: true, columns: 80, interruptAfterMs: 400 }],
    ['Ctrl-C during the verify countdown on a terminal', none, CREATE, { tty: true, columns: 80, interruptAfterMs: 4_000 }],
    ['Ctrl-C before convergence without a terminal', none, CREATE, { interruptAfterMs: 400 }],
    ['SIGINT during the verify countdown without a terminal', none, CREATE, { interruptAfterMs: 4_000 }],
    ['Ctrl-C during scale names the argument', lesson, 'service scale teste_discovery_search=4', { tty: true, columns: 80, interruptAfterMs: 600 }],
    ['a global service on a 120-column terminal', overlay('minha_rede_overlay'), 'service create --mode global --name agent alpine sleep 1h', { tty: true, columns: 120 }],
    ['a task that keeps exiting is a detected failure', none, 'service create --name quick alpine sleep 3', { interruptAfterMs: 12_000 }],
    ['more than 20 replicas show no task rows', none, 'service create --replicas 21 --name many alpine sleep 1h', {}],
    ['a restarted task hides the error of the one it replaces', none, 'service create --replicas 2 --name typo ngnix', { interruptAfterMs: 4_000 }],
    ['task errors replace the state rows', none, 'service create --replicas 2 --restart-condition none --name typo ngnix', { interruptAfterMs: 4_000 }],
    ['task errors on a 120-column terminal', none, 'service create --restart-condition none --name typo ngnix', { tty: true, columns: 120, interruptAfterMs: 3_000 }],
  ];
  it.each(cases)('%s', async (name, setup, line, options) => {
    const result = await docker(given(setup), 'manager1', line, options);
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'progress', name));
  });

  it('ends Ctrl-C before convergence with the two plain lines, as recorded', async () => {
    const result = await docker(given(), 'manager1', CREATE, { tty: true, columns: 80, interruptAfterMs: 400 });
    const id = result.stdout.split('\n')[0] ?? '';
    expect(result.stdout.endsWith(`^COperation continuing in background.\nUse \`docker service ps ${id}\` to check progress.\n`)).toBe(true);
  });

  it('prints nothing after ^C once converged', async () => {
    const result = await docker(given(), 'manager1', CREATE, { tty: true, columns: 80, interruptAfterMs: 4_000 });
    expect(result.stdout.endsWith('stable... \r\x1b[1B^C')).toBe(true);
  });

  it('fails with the daemon error when the service disappears', async () => {
    const c = given();
    await docker(c, 'manager1', 'service create -d --name gone alpine sleep 1h');
    const id = Object.keys(c.state().services)[0] ?? '';
    let polls = 0;
    const host: DockerHost = {
      cluster: c,
      hostname: 'manager1',
      exec: async () => 0,
      io: {
        stdout: () => undefined, stderr: () => undefined, isTTY: false, size: () => ({ columns: 80, rows: 24 }),
        signal: new AbortController().signal,
        sleep: async (ms) => {
          c.advance(ms);
          if (++polls === 3) c.execute({ type: 'RemoveService', serviceId: id });
          return true;
        },
      },
    };
    await expect(waitOnService(host, id, 'gone', false)).rejects.toEqual(new DaemonError('service gone not found'));
  });

  it('truncates task errors to 75 bytes on one line', () => {
    expect(truncateError('a\nb')).toBe('a b');
    expect(truncateError('x'.repeat(80))).toBe(`${'x'.repeat(74)}…`);
    expect(truncateError('x'.repeat(75))).toBe('x'.repeat(75));
  });
});
