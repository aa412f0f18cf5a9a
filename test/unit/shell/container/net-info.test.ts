import { describe, expect, it } from 'vitest';
import { hostname, HOSTNAME_USAGE } from '../../../../src/shell/container/applets/hostname.js';
import { ifconfig } from '../../../../src/shell/container/applets/ifconfig.js';
import { ip, IP_USAGE } from '../../../../src/shell/container/applets/ip.js';
import type { Applet } from '../../../../src/shell/container/applets/applet.js';
import { usageText } from '../../../../src/shell/container/applets/usage.js';
import { buildEtcHosts } from '../../../../src/shell/container/etc-files.js';
import { classroomEnv, fakeIO, type FakeEnvOptions } from './fakes.js';

async function run(applet: Applet, args: string[], env: FakeEnvOptions = {}) {
  const io = fakeIO();
  const code = await applet.run([applet.name, ...args], io, classroomEnv(env));
  return { out: io.out, err: io.err, code };
}

const LO_LINK = '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n';
const LO_ETHER = '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n';
const LO_INET = '    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n';
const ETH0_LINK = '42: eth0@if43: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1450 qdisc noqueue state UP \n';
const ETH0_ETHER = '    link/ether 02:42:0a:00:01:03 brd ff:ff:ff:ff:ff:ff\n';
const ETH0_INET = '    inet 10.0.1.3/24 brd 10.0.1.255 scope global eth0\n       valid_lft forever preferred_lft forever\n';
const ETH1_LINK = '44: eth1@if45: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP \n';
const ETH1_ETHER = '    link/ether 02:42:ac:12:00:03 brd ff:ff:ff:ff:ff:ff\n';
const ETH1_INET = '    inet 172.18.0.3/16 brd 172.18.255.255 scope global eth1\n       valid_lft forever preferred_lft forever\n';
const IP_ADDR = LO_LINK + LO_ETHER + LO_INET + ETH0_LINK + ETH0_ETHER + ETH0_INET + ETH1_LINK + ETH1_ETHER + ETH1_INET;
const IP_ROUTE = 'default via 172.18.0.1 dev eth1 \n10.0.1.0/24 dev eth0 scope link  src 10.0.1.3 \n172.18.0.0/16 dev eth1 scope link  src 172.18.0.3 \n';

describe('ip: success', () => {
  const cases: Array<[string[], string]> = [
    [['addr'], IP_ADDR],
    [['a'], IP_ADDR],
    [['address', 'show'], IP_ADDR],
    [['a', 's', 'dev', 'eth0'], ETH0_LINK + ETH0_ETHER + ETH0_INET],
    [['addr', 'show', 'eth0'], ETH0_LINK + ETH0_ETHER + ETH0_INET],
    [['-4', 'addr'], LO_LINK + LO_INET + ETH0_LINK + ETH0_INET + ETH1_LINK + ETH1_INET],
    [['-6', 'addr'], ''],
    [['addr', 'show', 'scope', 'global'], LO_LINK + LO_ETHER + ETH0_LINK + ETH0_ETHER + ETH0_INET + ETH1_LINK + ETH1_ETHER + ETH1_INET],
    [['-o', '-4', 'a', 's', 'eth0'], '42: eth0    inet 10.0.1.3/24 brd 10.0.1.255 scope global eth0\\       valid_lft forever preferred_lft forever\n'],
    [['route'], IP_ROUTE],
    [['r'], IP_ROUTE],
    [['route', 'show', 'dev', 'eth0'], '10.0.1.0/24 dev eth0 scope link  src 10.0.1.3 \n'],
    [['route', 'get', '10.0.1.4'], '10.0.1.4 dev eth0  src 10.0.1.3 \n'],
    [['route', 'get', '8.8.8.8'], '8.8.8.8 via 172.18.0.1 dev eth1  src 172.18.0.3 \n'],
    [['link'], LO_LINK + LO_ETHER + ETH0_LINK + ETH0_ETHER + ETH1_LINK + ETH1_ETHER],
    [['link', 'show', 'eth1'], ETH1_LINK + ETH1_ETHER],
    [['neigh'], ''],
  ];
  for (const [args, out] of cases) {
    it(`ip ${args.join(' ')}`, async () => {
      expect(await run(ip, args)).toEqual({ out, err: '', code: 0 });
    });
  }
});

describe('ip: errors', () => {
  const usage = usageText('ip', IP_USAGE);
  const cases: Array<[string[], string, number]> = [
    [[], usage, 1],
    [['foo'], usage, 1],
    [['t'], usage, 1], // ambiguous: tunnel, tunl
    [['-x', 'addr'], usage, 1],
    [['-f', 'ipx', 'addr'], "ip: invalid argument 'ipx' to 'family'\n", 1],
    [['addr', 'foo'], "ip: invalid argument 'foo' to 'ip'\n", 1],
    [['addr', 'show', 'eth9'], "ip: can't find device 'eth9'\n", 1],
    [['addr', 'show', 'eth0', 'eth1'], 'ip: either "dev" is duplicate, or "eth1" is garbage\n', 1],
    [['addr', 'show', 'dev'], 'ip: command line is not complete, try "help"\n', 1],
    [['addr', 'add', '10.0.1.9/24', 'dev', 'eth0'], 'ip: RTNETLINK answers: Operation not permitted\n', 2],
    [['addr', 'flush'], 'ip: flush requires an argument\n', 1],
    [['link', 'foo'], "ip: invalid argument 'foo' to 'ip'\n", 2],
    [['link', 'set', 'eth0', 'down'], 'ip: SIOCSIFFLAGS: Operation not permitted\n', 2],
    [['link', 'show', 'eth9'], "ip: can't find device 'eth9'\n", 2],
    [['route', 'add', 'default', 'via', '10.0.1.1'], 'ip: RTNETLINK answers: Operation not permitted\n', 2],
    [['route', 'foo'], "ip: invalid argument 'foo' to 'ip'\n", 1],
  ];
  for (const [args, err, code] of cases) {
    it(`ip ${args.join(' ')}`, async () => {
      expect(await run(ip, args)).toEqual({ out: '', err, code });
    });
  }
});

describe('hostname', () => {
  const cases: Array<[string[], string, string, number]> = [
    [[], '5e64c7b86c06\n', '', 0],
    [['-s'], '5e64c7b86c06\n', '', 0],
    [['-i'], '10.0.1.3\n', '', 0],
    [['-f'], '5e64c7b86c06\n', '', 0],
    [['-d'], '', '', 0],
    [['newname'], '', 'hostname: sethostname: Operation not permitted\n', 1],
    [['-x'], '', `hostname: unrecognized option: x\n${usageText('hostname', HOSTNAME_USAGE)}`, 1],
  ];
  for (const [args, out, err, code] of cases) {
    it(`hostname ${args.join(' ')}`, async () => {
      expect(await run(hostname, args)).toEqual({ out, err, code });
    });
  }

  it('hostname -i on a task with two overlays lists both addresses in /etc/hosts order', async () => {
    const hosts = buildEtcHosts({ hostname: '5e64c7b86c06', addresses: ['10.0.1.3', '10.0.2.5'] });
    expect((await run(hostname, ['-i'], { files: { '/etc/hosts': hosts } })).out).toBe('10.0.1.3 10.0.2.5\n');
  });
});

describe('ifconfig', () => {
  const ETH0 =
    'eth0      Link encap:Ethernet  HWaddr 02:42:0A:00:01:03  \n' +
    '          inet addr:10.0.1.3  Bcast:10.0.1.255  Mask:255.255.255.0\n' +
    '          UP BROADCAST RUNNING MULTICAST  MTU:1450  Metric:1\n' +
    '          RX packets:23 errors:0 dropped:0 overruns:0 frame:0\n' +
    '          TX packets:5 errors:0 dropped:0 overruns:0 carrier:0\n' +
    '          collisions:0 txqueuelen:0 \n' +
    '          RX bytes:2652 (2.5 KiB)  TX bytes:305 (305.0 B)\n\n';
  const LO =
    'lo        Link encap:Local Loopback  \n' +
    '          inet addr:127.0.0.1  Mask:255.0.0.0\n' +
    '          UP LOOPBACK RUNNING  MTU:65536  Metric:1\n' +
    '          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n' +
    '          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n' +
    '          collisions:0 txqueuelen:1000 \n' +
    '          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n';

  it('ifconfig lists interfaces sorted by name', async () => {
    const r = await run(ifconfig, []);
    expect(r.out.startsWith(ETH0)).toBe(true);
    expect(r.out.endsWith(LO)).toBe(true);
    expect(r.out).toContain('eth1      Link encap:Ethernet  HWaddr 02:42:AC:12:00:03  \n          inet addr:172.18.0.3  Bcast:172.18.255.255  Mask:255.255.0.0\n');
    expect(r.code).toBe(0);
  });

  it('ifconfig eth0', async () => {
    expect(await run(ifconfig, ['eth0'])).toEqual({ out: ETH0, err: '', code: 0 });
  });

  it('ifconfig eth9', async () => {
    expect(await run(ifconfig, ['eth9'])).toEqual({ out: '', err: 'ifconfig: eth9: error fetching interface information: Device not found\n', code: 1 });
  });

  it('ifconfig eth0 down', async () => {
    expect(await run(ifconfig, ['eth0', 'down'])).toEqual({ out: '', err: 'ifconfig: SIOCSIFFLAGS: Operation not permitted\n', code: 1 });
  });
});
