// Compares the applets with the real recordings in test/golden/oracle (docker 28 CLI, engine
// 20.10, Debian's static busybox 1.35). Cases listed as artifacts in the oracle README (timeouts
// without upstream DNS, glibc `ip addr`, 20.10 /etc/hosts) are compared only where the artifact
// is understood and normalised away.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../../src/shell/container/applets/index.js';
import type { ContainerEnv, NetInterface } from '../../../../src/shell/container/container-env.js';
import { buildEtcHosts } from '../../../../src/shell/container/etc-files.js';
import { fakeIO } from './fakes.js';

const ORACLE = new URL('../../../golden/oracle/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, ORACLE), 'utf8');

const SELF = 'teste_discovery_search.1.t3ykvvpf2lyk9sxd0u5ub7wg3';
const PEER = 'teste_discovery_search.2.psd5srkyghbak48ajdr96guz4';
const RECORDS: Record<string, string[]> = {
  teste_discovery_search: ['10.0.1.2'],
  'tasks.teste_discovery_search': ['10.0.1.3', '10.0.1.4'],
  [SELF]: ['10.0.1.3'],
  [PEER]: ['10.0.1.4'],
  d27cd4564019: ['10.0.1.3'],
  '5e64c7b86c06': ['10.0.1.4'],
};
const INTERFACES: NetInterface[] = [
  { index: 1, name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', cidr: '127.0.0.1/8' },
  { index: 18, name: 'eth0', peerIndex: 19, kind: 'ether', mtu: 1450, mac: '02:42:0a:00:01:03', cidr: '10.0.1.3/24', broadcast: '10.0.1.255' },
  { index: 22, name: 'eth1', peerIndex: 23, kind: 'ether', mtu: 1500, mac: '02:42:ac:12:00:04', cidr: '172.18.0.4/16', broadcast: '172.18.255.255' },
];

/** oracleEnv is the recorded task 1 (container d27cd4564019) on the recorded single-node swarm. */
function oracleEnv(vipAnswers: boolean): ContainerEnv {
  return {
    containerId: 'd27cd4564019'.padEnd(64, '0'),
    hostname: 'd27cd4564019',
    running: () => true,
    interfaces: () => INTERFACES,
    readFile: (path) => (path === '/etc/resolv.conf' ? read('exec-resolv.stdout') : path === '/etc/hosts' ? read('exec-hosts.stdout') : undefined),
    resolveA: (name) => {
      const found = RECORDS[name.toLowerCase()];
      return found === undefined ? { kind: 'nxdomain' } : { kind: 'found', addresses: found };
    },
    resolvePtr: (ip) => (ip === '10.0.1.4' ? `${PEER}.minha_rede_overlay` : ip === '10.0.1.3' ? `${SELF}.minha_rede_overlay` : undefined),
    ping: (ip) => (ip === '10.0.1.4' || (vipAnswers && ip === '10.0.1.2') ? { ttl: 64, rttMs: 0.1 } : undefined),
    random: () => 0.5,
  };
}

async function replay(slug: string, vipAnswers = true) {
  const words = (read(`${slug}.cmd`).split('\n')[0] ?? '').split(' ');
  const argv = words[3] === 'sh' && words[4] === '-c' ? [words.slice(5).join(' ')] : words.slice(3);
  const io = fakeIO();
  const code = await runApplet(argv, io, oracleEnv(vipAnswers));
  return { code, out: io.out, err: io.err };
}

const expected = (slug: string) => ({ code: Number(read(`${slug}.exit`).trim()), out: read(`${slug}.stdout`), err: read(`${slug}.stderr`) });
const times = (text: string): string => text.replace(/time=\d+\.\d{3} ms/g, 'time=T ms').replace(/= [\d./]+ ms/g, '= T ms');

describe('oracle recordings, byte for byte', () => {
  for (const slug of ['exec-hostname', 'exec-nslookup-ip', 'exec-nslookup-shortid', 'exec-nslookup-svc', 'exec-nslookup-task', 'exec-nslookup-tasks-svc', 'exec-ping-nosuchname', 'exec-sh-c-foo']) {
    it(slug, async () => {
      expect(await replay(slug)).toEqual(expected(slug));
    });
  }

  it('exec-ping-svc-vip: the recording had no IPVS; with a silent VIP the bytes match', async () => {
    expect(await replay('exec-ping-svc-vip', false)).toEqual(expected('exec-ping-svc-vip'));
  });

  for (const slug of ['exec-ping-task', 'exec-ping-tasks-svc']) {
    it(`${slug}, round-trip times aside`, async () => {
      const got = await replay(slug);
      const want = expected(slug);
      expect({ ...got, out: times(got.out) }).toEqual({ ...want, out: times(want.out) });
    });
  }

  it('exec-ip-addr: the musl build only adds the `state` tokens the glibc recording lacks', async () => {
    const got = await replay('exec-ip-addr');
    expect(got.out).toContain('state UP ');
    expect(got.out.replace(/state (UP|UNKNOWN) /g, '')).toBe(read('exec-ip-addr.stdout'));
  });

  it('exec-hosts: a v28 engine prints fe00:: and ff00:: where 20.10 printed fe00::0 and ff00::0', () => {
    const v28 = buildEtcHosts({ hostname: 'd27cd4564019', addresses: ['10.0.1.3'], ipv6: true });
    expect(v28).toBe(read('exec-hosts.stdout').replace('fe00::0\t', 'fe00::\t').replace('ff00::0\t', 'ff00::\t'));
  });
});
