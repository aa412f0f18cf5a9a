// docker swarm init: output against the oracle recordings swarm-init and swarm-init-again (IDs
// and tokens replaced by ours); the engine's address checks from moby v28.2.2
// daemon/cluster/listen_addr.go (errBadAdvertiseAddr, errBadListenAddr, errBadDataPathAddr) and
// swarm.go Init; the CLI's availability check from docker/cli v28.2.2 cli/command/swarm/init.go.

import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, golden } from '../harness.js';
import { given, noSwarm, slug } from '../lesson.js';

const daemon = (text: string) => `Error response from daemon: ${text}\n`;

describe('docker swarm init', () => {
  it('prints the join command as the recording swarm-init does', async () => {
    const oracle = readOracle('swarm-init');
    const c = noSwarm();
    const result = await docker(c, 'manager1', oracle?.argv ?? []);
    const node = Object.values(c.state().nodes)[0]?.id ?? '';
    const token = c.state().swarm?.joinTokens.worker ?? '';
    const expected = (oracle?.stdout ?? '').replace('hse5zrjl0tl2li15e5jv75dxw', node).replace(/SWMTKN-1-[0-9a-z-]+/, token);
    expect(result).toEqual({ stdout: expected, stderr: '', exitCode: oracle?.exit });
  });

  it('is refused on a node already in a swarm (swarm-init-again)', async () => {
    const oracle = readOracle('swarm-init-again');
    expect(await docker(given(), 'manager1', oracle?.argv ?? [])).toEqual({ stdout: '', stderr: oracle?.stderr, exitCode: oracle?.exit });
  });

  const errors: [string, string, string, number][] = [
    ['--advertise-addr not an IP or interface', 'swarm init --advertise-addr nope',
      daemon('advertise address must be a non-zero IP address or network interface (with optional port number)'), 1],
    ['--advertise-addr 0.0.0.0', 'swarm init --advertise-addr 0.0.0.0',
      daemon('advertise address must be a non-zero IP address or network interface (with optional port number)'), 1],
    ['--listen-addr on an unknown interface', 'swarm init --listen-addr eth9:2377',
      daemon('listen address must be an IP address or network interface (with optional port number)'), 1],
    ['--data-path-addr not an IP', 'swarm init --data-path-addr x.y',
      daemon('data path address must be a non-zero IP address or network interface (without a port number)'), 1],
    ['--data-path-port out of range', 'swarm init --data-path-port 80',
      daemon('Datapath port number is not in valid range (1024-49151) : 80'), 1],
    ['--availability unknown', 'swarm init --availability maybe', 'invalid availability "maybe", only active, pause and drain are supported\n', 1],
  ];
  it.each(errors)('%s', async (_name, line, stderr, exitCode) => {
    const c = noSwarm();
    expect(await docker(c, 'manager1', line)).toEqual({ stdout: '', stderr, exitCode });
    expect(c.state().swarm).toBeNull();
  });

  const cases: [string, string][] = [
    ['with the interface eth0 and a port', 'swarm init --advertise-addr eth0:4567'],
    ['with --autolock prints the unlock key', 'swarm init --autolock'],
  ];
  it.each(cases)('%s', async (name, line) => {
    const result = await docker(noSwarm(), 'manager1', line);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden(`swarm/init-${slug(name)}`));
  });

  it('--availability drain and --task-history-limit reach the new swarm', async () => {
    const c = noSwarm();
    expect((await docker(c, 'manager1', 'swarm init --availability drain --task-history-limit 2')).exitCode).toBe(0);
    expect(Object.values(c.state().nodes)[0]?.availability).toBe('drain');
    expect(c.state().swarm?.taskHistoryLimit).toBe(2);
  });
});
