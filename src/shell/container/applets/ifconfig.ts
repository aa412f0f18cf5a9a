// `ifconfig`: fidelity to busybox networking/ifconfig.c and networking/interface.c (1_36_1)
// ife_print(): interfaces sorted by name, `Link encap`, upper-case HWaddr, inet/Bcast/Mask, flag
// words, MTU/Metric, packet counters and scaled byte counts. Changing anything fails for want of
// CAP_NET_ADMIN.

import type { NetInterface } from '../container-env.js';
import { formatIPv4, netmaskOf, parseCidr } from '../ipv4.js';
import { fail, type Applet } from './applet.js';

/** ifconfig shows the container's interfaces the way busybox's ifconfig does. */
export const ifconfig: Applet = {
  name: 'ifconfig',
  async run(argv, io, env) {
    let args = argv.slice(1);
    if (args[0] === '-a') args = args.slice(1);
    const interfaces = [...env.interfaces()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (args.length >= 2) {
      const request = args[1] === 'up' || args[1] === 'down' ? 'SIOCSIFFLAGS' : 'SIOCSIFADDR';
      return fail(io, 'ifconfig', `${request}: Operation not permitted`);
    }
    const wanted = args[0];
    if (wanted !== undefined) {
      const iface = interfaces.find((i) => i.name === wanted);
      if (iface === undefined) return fail(io, 'ifconfig', `${wanted}: error fetching interface information: Device not found`);
      io.stdout(describe(iface));
      return 0;
    }
    io.stdout(interfaces.map(describe).join(''));
    return 0;
  },
};

function describe(iface: NetInterface): string {
  const loopback = iface.kind === 'loopback';
  const name = iface.name.padEnd(9, ' ');
  const hw = loopback ? 'Local Loopback  ' : `Ethernet  HWaddr ${iface.mac.toUpperCase()}  `;
  let text = `${name} Link encap:${hw}\n`;
  const cidr = parseCidr(iface.cidr);
  if (cidr !== undefined) {
    const bcast = loopback || iface.broadcast === undefined ? '' : ` Bcast:${iface.broadcast} `;
    text += `          inet addr:${formatIPv4(cidr.address)} ${bcast} Mask:${formatIPv4(netmaskOf(cidr.prefixLength))}\n`;
  }
  const flags = loopback ? 'UP LOOPBACK RUNNING ' : 'UP BROADCAST RUNNING MULTICAST ';
  text += `          ${flags} MTU:${iface.mtu}  Metric:1\n`;
  const stats = counters(iface);
  text += `          RX packets:${stats.rxPackets} errors:0 dropped:0 overruns:0 frame:0\n`;
  text += `          TX packets:${stats.txPackets} errors:0 dropped:0 overruns:0 carrier:0\n`;
  text += `          collisions:0 txqueuelen:${loopback ? 1000 : 0} \n`;
  text += `          RX bytes:${stats.rxBytes} (${scaled(stats.rxBytes)})  TX bytes:${stats.txBytes} (${scaled(stats.txBytes)})\n`;
  return `${text}\n`;
}

/** counters makes up small, stable traffic figures: an overlay endpoint sees gossip, lo nothing. */
function counters(iface: NetInterface): { rxPackets: number; txPackets: number; rxBytes: number; txBytes: number } {
  if (iface.kind === 'loopback') return { rxPackets: 0, txPackets: 0, rxBytes: 0, txBytes: 0 };
  const seed = iface.mac.split(':').reduce((acc, byte) => (acc * 31 + parseInt(byte, 16)) % 997, 7);
  const rxPackets = 12 + (seed % 40);
  const txPackets = 4 + (seed % 13);
  return { rxPackets, txPackets, rxBytes: rxPackets * 87 + seed, txBytes: txPackets * 61 };
}

/** scaled mirrors print_bytes_scaled(): one decimal, binary units (1.5 KiB, 1008.0 B). */
function scaled(bytes: number): string {
  const units = ['', 'Ki', 'Mi', 'Gi', 'Ti'];
  let whole = bytes;
  let tenth = 0;
  let unit = 0;
  for (let i = 0; i < 4; i++) {
    if (whole >= 1024) {
      tenth = Math.floor(((whole % 1024) * 10) / 1024);
      whole = Math.floor(whole / 1024);
      unit++;
    }
  }
  return `${whole}.${tenth} ${units[unit] ?? ''}B`;
}
