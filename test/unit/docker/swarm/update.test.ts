// docker swarm update: docker/cli v28.2.2 cli/command/swarm/update.go (no flag: PreRunE returns
// pflag.ErrHelp, so cobra prints the help and exits 0; `Swarm updated.`; turning autolock on
// prints printUnlockCommand's text) and opts.go mergeSwarmSpec (only changed flags apply).

import { describe, expect, it } from 'vitest';
import { docker } from '../harness.js';
import { given } from '../lesson.js';
import { WORKER_ERROR } from '../service/fixtures.js';

describe('docker swarm update', () => {
  it('without a flag prints its help', async () => {
    const result = await docker(given(), 'manager1', 'swarm update');
    expect(result.stdout).toMatch(/^Usage:  docker swarm update \[OPTIONS\]\n\nUpdate the swarm\n\nOptions:\n/);
    expect(result.exitCode).toBe(0);
  });

  it('changes only the flags given; docker info shows them', async () => {
    const c = given();
    expect(await docker(c, 'manager1', 'swarm update --task-history-limit 2 --dispatcher-heartbeat 10s')).toEqual({ stdout: 'Swarm updated.\n', stderr: '', exitCode: 0 });
    const info = (await docker(c, 'manager2', 'info')).stdout;
    expect(info).toContain('   Task History Retention Limit: 2\n');
    expect(info).toContain('   Heartbeat Period: 10 seconds\n');
    expect(info).toContain('   Snapshot Interval: 10000\n');
    expect(c.state().swarm?.taskHistoryLimit).toBe(2);
  });

  it('--autolock=true prints the unlock key once; unlock-key -q shows the same key', async () => {
    const c = given();
    const on = await docker(c, 'manager1', 'swarm update --autolock=true');
    expect(on.stdout).toMatch(/^Swarm updated\.\nTo unlock a swarm manager after it restarts, run the `docker swarm unlock`\ncommand and provide the following key:\n\n {4}(SWMKEY-1-[A-Za-z0-9+/]{43})\n\nRemember to store this key in a password manager, since without it you\nwill not be able to restart the manager\.\n$/);
    const key = /SWMKEY-1-\S+/.exec(on.stdout)?.[0];
    expect((await docker(c, 'manager1', 'swarm unlock-key -q')).stdout).toBe(`${key}\n`);
    expect((await docker(c, 'manager1', 'swarm update --autolock=true')).stdout).toBe('Swarm updated.\n');
  });

  it('is refused on a worker', async () => {
    expect(await docker(given(), 'worker1', 'swarm update --task-history-limit 1')).toEqual({ stdout: '', stderr: WORKER_ERROR, exitCode: 1 });
  });
});
