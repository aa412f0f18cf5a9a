// docker swarm unlock-key: docker/cli v28.2.2 cli/command/swarm/unlock_key.go (--rotate needs
// autolock; "no unlock key is set" without it; -q prints the key alone) and
// cli/command/swarm/ca.go for `docker swarm ca` (CA flags need --rotate).

import { describe, expect, it } from 'vitest';
import { docker } from '../harness.js';
import { given } from '../lesson.js';

describe('docker swarm unlock-key', () => {
  it('without autolock there is no key, and --rotate is refused', async () => {
    const c = given();
    expect(await docker(c, 'manager1', 'swarm unlock-key')).toEqual({ stdout: '', stderr: 'no unlock key is set\n', exitCode: 1 });
    expect(await docker(c, 'manager1', 'swarm unlock-key --rotate')).toEqual({ stdout: '', stderr: 'cannot rotate because autolock is not turned on\n', exitCode: 1 });
  });

  it('--rotate makes a new key and prints it with the unlock instructions', async () => {
    const c = given();
    await docker(c, 'manager1', 'swarm update --autolock=true');
    const before = (await docker(c, 'manager1', 'swarm unlock-key -q')).stdout;
    const rotated = await docker(c, 'manager1', 'swarm unlock-key --rotate');
    expect(rotated.stdout).toMatch(/^Successfully rotated manager unlock key\.\nTo unlock a swarm manager after it restarts/);
    expect(rotated.stdout).not.toContain(before.trim());
    expect((await docker(c, 'manager1', 'swarm unlock-key -q')).stdout).not.toBe(before);
  });
});

describe('docker swarm ca', () => {
  it('prints the root CA certificate', async () => {
    const result = await docker(given(), 'manager1', 'swarm ca');
    expect(result.stdout).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/);
    expect(result.exitCode).toBe(0);
  });

  it('refuses CA flags without --rotate', async () => {
    expect(await docker(given(), 'manager1', 'swarm ca --cert-expiry 48h')).toEqual({
      stdout: '', stderr: '`--cert-expiry` flag requires the `--rotate` flag to update the CA\n', exitCode: 1,
    });
  });
});
