import { describe, expect, it } from 'vitest';
import { ping } from '../../../../src/shell/container/applets/ping.js';
import { usageText } from '../../../../src/shell/container/applets/usage.js';
import { PING_USAGE } from '../../../../src/shell/container/applets/ping-options.js';
import { classroomEnv, fakeIO, T1, type FakeEnvOptions, type FakeIOOptions } from './fakes.js';

async function run(args: string[], io: FakeIOOptions = {}, env: FakeEnvOptions = {}) {
  const fio = fakeIO(io);
  const fenv = classroomEnv(env);
  const code = await ping.run(['ping', ...args], fio, fenv);
  return { code, out: fio.out, err: fio.err, sleeps: fio.sleeps, lookups: fenv.lookups };
}

const stats = (host: string, tx: number, rx: number, rtt?: string): string =>
  `\n--- ${host} ping statistics ---\n${tx} packets transmitted, ${rx} packets received, ${Math.floor(((tx - rx) * 100) / tx)}% packet loss\n` +
  (rtt === undefined ? '' : `round-trip min/avg/max = ${rtt} ms\n`);

describe('ping: the classroom', () => {
  it(`ping ${T1} until Ctrl-C after 6 replies`, async () => {
    const r = await run([T1], { interruptAfterSleeps: 6 }, { randoms: [0.2, 0.6, 0.1, 0.9, 0.4, 0.7] });
    const times = ['0.210', '0.114', '0.069', '0.141', '0.096', '0.123'];
    expect(r.out).toBe(
      `PING ${T1} (10.0.1.4): 56 data bytes\n` +
        times.map((t, seq) => `64 bytes from 10.0.1.4: seq=${seq} ttl=64 time=${t} ms\n`).join('') +
        stats(T1, 6, 6, '0.069/0.125/0.210'),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.sleeps).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
  });

  it(`ping -c 3 ${T1} stops by itself, without waiting after the last reply`, async () => {
    const r = await run(['-c', '3', T1]);
    expect(r.out).toBe(
      `PING ${T1} (10.0.1.4): 56 data bytes\n` +
        '64 bytes from 10.0.1.4: seq=0 ttl=64 time=0.300 ms\n' +
        '64 bytes from 10.0.1.4: seq=1 ttl=64 time=0.105 ms\n' +
        '64 bytes from 10.0.1.4: seq=2 ttl=64 time=0.105 ms\n' +
        stats(T1, 3, 3, '0.105/0.170/0.300'),
    );
    expect([r.code, r.sleeps]).toEqual([0, [1000, 1000]]);
  });

  it('ping -c 2 teste_discovery_search pings the VIP, which answers on a real swarm', async () => {
    const r = await run(['-c', '2', 'teste_discovery_search']);
    expect(r.out).toMatch(/^PING teste_discovery_search \(10\.0\.1\.2\): 56 data bytes\n64 bytes from 10\.0\.1\.2: seq=0 /);
    expect(r.out).toContain('2 packets transmitted, 2 packets received, 0% packet loss\n');
    expect(r.code).toBe(0);
  });

  it('ping other_service (a network this task does not share) is a bad address', async () => {
    const r = await run(['other_service']);
    expect([r.out, r.err, r.code]).toEqual(['', "ping: bad address 'other_service'\n", 1]);
  });
});

describe('ping: stop rules (sendping_tail)', () => {
  const cases: Array<{ name: string; args: string[]; sleeps: number[]; tx: number; rx: number; code: number }> = [
    { name: 'no reply, -c 2: waits -W 10 s after the last packet', args: ['-c', '2', '10.0.1.9'], sleeps: [1000, 10000], tx: 2, rx: 0, code: 1 },
    { name: 'no reply, -c 2 -W 3', args: ['-c', '2', '-W', '3', '10.0.1.9'], sleeps: [1000, 3000], tx: 2, rx: 0, code: 1 },
    { name: 'no reply, -w 3: the deadline is checked at each send', args: ['-w', '3', '10.0.1.9'], sleeps: [1000, 1000, 1000], tx: 3, rx: 0, code: 1 },
    { name: 'replies, -w 3 -c 5: fewer than -c replies before the deadline fails', args: ['-w', '3', '-c', '5', '10.0.1.4'], sleeps: [1000, 1000, 1000], tx: 3, rx: 3, code: 1 },
    { name: 'replies, -w 5 -c 2: -c ends first', args: ['-w', '5', '-c', '2', '10.0.1.4'], sleeps: [1000], tx: 2, rx: 2, code: 0 },
    { name: 'replies, -i 0.5 -c 3', args: ['-i', '0.5', '-c', '3', '10.0.1.4'], sleeps: [500, 500], tx: 3, rx: 3, code: 0 },
  ];
  for (const c of cases) {
    it(`ping ${c.args.join(' ')}: ${c.name}`, async () => {
      const r = await run(c.args);
      expect(r.sleeps).toEqual(c.sleeps);
      expect(r.out).toContain(`${c.tx} packets transmitted, ${c.rx} packets received`);
      expect(r.code).toBe(c.code);
    });
  }

  it('ping 10.0.1.9 with no reply and Ctrl-C: no reply lines, 100% loss, exit 1', async () => {
    const r = await run(['10.0.1.9'], { interruptAfterSleeps: 4 });
    expect(r.out).toBe(`PING 10.0.1.9 (10.0.1.9): 56 data bytes\n${stats('10.0.1.9', 4, 0)}`);
    expect(r.code).toBe(1);
  });
});

describe('ping: output options', () => {
  it('ping -q -c 2 prints only the header and the statistics', async () => {
    const r = await run(['-q', '-c', '2', '10.0.1.4']);
    expect(r.out).toBe(`PING 10.0.1.4 (10.0.1.4): 56 data bytes\n${stats('10.0.1.4', 2, 2, '0.105/0.202/0.300')}`);
  });

  it('ping -s 100 -c 1 sends 100 data bytes and gets 108-byte replies', async () => {
    const r = await run(['-s', '100', '-c', '1', '10.0.1.4']);
    expect(r.out).toBe(`PING 10.0.1.4 (10.0.1.4): 100 data bytes\n108 bytes from 10.0.1.4: seq=0 ttl=64 time=0.300 ms\n${stats('10.0.1.4', 1, 1, '0.300/0.300/0.300')}`);
  });

  it('ping -s 2 -c 1: no room for a timestamp, so no time and no round-trip line', async () => {
    const r = await run(['-s', '2', '-c', '1', '10.0.1.4']);
    expect(r.out).toBe(`PING 10.0.1.4 (10.0.1.4): 2 data bytes\n10 bytes from 10.0.1.4: seq=0 ttl=64\n${stats('10.0.1.4', 1, 1)}`);
    expect(r.code).toBe(0);
  });

  it('ping -c 1 10.0.1.4: an IP literal skips DNS', async () => {
    const r = await run(['-c', '1', '10.0.1.4']);
    expect(r.lookups).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('ping -c 1 localhost: /etc/hosts answers before DNS', async () => {
    const r = await run(['-c', '1', 'localhost']);
    expect(r.out).toMatch(/^PING localhost \(127\.0\.0\.1\): 56 data bytes\n64 bytes from 127\.0\.0\.1: seq=0 ttl=64 time=/);
    expect(r.lookups).toEqual([]);
  });

  it('ping tasks.teste_discovery_search -c 1: options may follow the host (musl permutes)', async () => {
    const r = await run(['tasks.teste_discovery_search', '-c', '1']);
    expect(r.out).toMatch(/^PING tasks\.teste_discovery_search \(10\.0\.1\.4\): 56 data bytes\n/);
    expect(r.code).toBe(0);
  });
});

describe('ping: errors', () => {
  const usage = usageText('ping', PING_USAGE);
  const cases: Array<{ args: string[]; err: string }> = [
    { args: [], err: usage },
    { args: ['a', 'b'], err: usage },
    { args: ['-Z', 'web'], err: `ping: unrecognized option: Z\n${usage}` },
    { args: ['--count=3', 'web'], err: `ping: unrecognized option: count=3\n${usage}` },
    { args: ['web', '-c'], err: `ping: option requires an argument: c\n${usage}` },
    { args: ['-c', 'abc', 'web'], err: "ping: invalid number 'abc'\n" },
    { args: ['-c', '-1', 'web'], err: "ping: invalid number '-1'\n" },
    { args: ['-c', '3000000000', 'web'], err: 'ping: number 3000000000 is not in 0..2147483647 range\n' },
    { args: ['-s', '70000', 'web'], err: 'ping: number 70000 is not in 0..65535 range\n' },
    { args: ['-i', 'abc', 'web'], err: "ping: invalid number 'abc'\n" },
    { args: ['-i', '1.2.3', 'web'], err: usage },
    { args: ['-I', 'eth9', 'web'], err: "ping: bad address 'eth9'\n" },
    { args: ['-c', '1', 'nosuchname'], err: "ping: bad address 'nosuchname'\n" },
    { args: ['-c', '1', 'bad name'], err: "ping: bad address 'bad name'\n" },
    { args: ['-6', '-c', '1', T1], err: `ping: bad address '${T1}'\n` },
  ];
  for (const c of cases) {
    it(`ping ${c.args.join(' ')}`, async () => {
      const r = await run(c.args);
      expect(r.err).toBe(c.err);
      expect(r.out).toBe('');
      expect(r.code).toBe(1);
    });
  }

  it('the usage text is busybox 1.36 FANCY_PING with PING6', () => {
    expect(usage.split('\n').slice(0, 6)).toEqual([
      expect.stringMatching(/^BusyBox v1\.36\.1 \(.*\) multi-call binary\.$/),
      '',
      'Usage: ping [OPTIONS] HOST',
      '',
      'Send ICMP ECHO_REQUESTs to HOST',
      '',
    ]);
    expect(usage.endsWith('\t-p HEXBYTE\tPayload pattern\n')).toBe(true);
  });

  it('ping -I 10.0.1.99 web: the header, then bind fails', async () => {
    const r = await run(['-I', '10.0.1.99', '-c', '1', 'teste_discovery_search']);
    expect(r.out).toBe('PING teste_discovery_search (10.0.1.2) from 10.0.1.99: 56 data bytes\n');
    expect(r.err).toBe('ping: bind: Cannot assign requested address\n');
    expect(r.code).toBe(1);
  });
});
