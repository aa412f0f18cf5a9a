// Test doubles for the container applets: a ProcessIO whose sleep() returns at once (and can play
// Ctrl-C after N sleeps), and a ContainerEnv for the classroom swarm: service
// teste_discovery_search (VIP 10.0.1.2) with two tasks on overlay minha_rede_overlay.

import type { ProcessIO, ProcessInput } from '../../../../src/shell/process-io.js';
import type { ContainerEnv, ContainerFile, ContainerProcess, DnsAnswer, NetInterface, PingTarget } from '../../../../src/shell/container/container-env.js';
import { buildEtcHosts, buildHostname, buildResolvConf } from '../../../../src/shell/container/etc-files.js';

/** FakeIO records output and sleeps. */
export interface FakeIO extends ProcessIO {
  out: string;
  err: string;
  sleeps: number[];
  interrupt(): void;
}

/** FakeIOOptions shape a FakeIO. */
export interface FakeIOOptions {
  isTTY?: boolean;
  columns?: number;
  /** interruptAfterSleeps plays Ctrl-C when the Nth sleep starts (that sleep returns false). */
  interruptAfterSleeps?: number;
  stdin?: ProcessInput;
}

/** fakeIO builds a FakeIO; without interruptAfterSleeps it still stops runaway loops after 10,000 sleeps. */
export function fakeIO(options: FakeIOOptions = {}): FakeIO {
  const controller = new AbortController();
  const budget = options.interruptAfterSleeps ?? 10_000;
  const io: FakeIO = {
    out: '',
    err: '',
    sleeps: [],
    isTTY: options.isTTY ?? false,
    signal: controller.signal,
    size: () => ({ columns: options.columns ?? 80, rows: 24 }),
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    async sleep(ms) {
      if (controller.signal.aborted) return false;
      io.sleeps.push(ms);
      if (io.sleeps.length >= budget) {
        controller.abort();
        return false;
      }
      return true;
    },
    interrupt() {
      controller.abort();
    },
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  };
  return io;
}

/** T1 and T2 are the classroom's task container names. */
export const T1 = 'teste_discovery_search.1.wuj7ee913popf8wsysemruslc';
export const T2 = 'teste_discovery_search.2.178njdwf3bjx26qk81fkr8yoh';
/** T2_ID is the container we exec into (task 2, 10.0.1.3); T1_ID is its peer (10.0.1.4). */
export const T2_ID = '5e64c7b86c06a0f1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071829';
export const T1_ID = 'd27cd4564019f0e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d';

const RECORDS: Record<string, string[]> = {
  teste_discovery_search: ['10.0.1.2'],
  'tasks.teste_discovery_search': ['10.0.1.4', '10.0.1.3'],
  [T1]: ['10.0.1.4'],
  [T2]: ['10.0.1.3'],
  [T1_ID.slice(0, 12)]: ['10.0.1.4'],
  [T2_ID.slice(0, 12)]: ['10.0.1.3'],
};

const PTR: Record<string, string> = {
  '10.0.1.4': `${T1}.minha_rede_overlay`,
  '10.0.1.3': `${T2}.minha_rede_overlay`,
};

/** CLASSROOM_INTERFACES are task 2's interfaces: lo, the overlay, docker_gwbridge. */
export const CLASSROOM_INTERFACES: NetInterface[] = [
  { index: 1, name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', cidr: '127.0.0.1/8' },
  { index: 42, name: 'eth0', peerIndex: 43, kind: 'ether', mtu: 1450, mac: '02:42:0a:00:01:03', cidr: '10.0.1.3/24', broadcast: '10.0.1.255' },
  { index: 44, name: 'eth1', peerIndex: 45, kind: 'ether', mtu: 1500, mac: '02:42:ac:12:00:03', cidr: '172.18.0.3/16', broadcast: '172.18.255.255' },
];

/** FakeEnvOptions override parts of the classroom environment. */
export interface FakeEnvOptions {
  answering?: Record<string, PingTarget>;
  randoms?: number[];
  files?: Record<string, string>;
  /** mounted are secret and config files (listed by ls as well as read by cat). */
  mounted?: ContainerFile[];
  processes?: ContainerProcess[];
  now?: number;
  running?: () => boolean;
}

/** FakeEnv is a ContainerEnv that also counts DNS lookups. */
export interface FakeEnv extends ContainerEnv {
  lookups: string[];
}

/** classroomEnv is task 2's view of the classroom swarm. */
export function classroomEnv(options: FakeEnvOptions = {}): FakeEnv {
  const hostname = T2_ID.slice(0, 12);
  const files: Record<string, string> = {
    '/etc/hosts': buildEtcHosts({ hostname, addresses: ['10.0.1.3'] }),
    '/etc/resolv.conf': buildResolvConf(),
    '/etc/hostname': buildHostname(hostname),
    ...options.files,
    ...Object.fromEntries((options.mounted ?? []).map((f) => [f.path, f.content])),
  };
  const answering: Record<string, PingTarget> = options.answering ?? {
    '10.0.1.2': { ttl: 64, rttMs: 0.1 },
    '10.0.1.3': { ttl: 64, rttMs: 0.05 },
    '10.0.1.4': { ttl: 64, rttMs: 0.1 },
    '172.18.0.1': { ttl: 64, rttMs: 0.08 },
  };
  const randoms = options.randoms ?? [0.5];
  let draws = 0;
  const env: FakeEnv = {
    lookups: [],
    containerId: T2_ID,
    hostname,
    running: options.running ?? (() => true),
    interfaces: () => CLASSROOM_INTERFACES,
    readFile: (path) => files[path],
    ...(options.mounted !== undefined && { mounted: () => options.mounted ?? [] }),
    resolveA(name): DnsAnswer {
      env.lookups.push(name);
      const found = RECORDS[name.toLowerCase()];
      return found === undefined ? { kind: 'nxdomain' } : { kind: 'found', addresses: found };
    },
    resolvePtr: (ip) => PTR[ip],
    ping: (ip) => answering[ip],
    random: () => randoms[draws++ % randoms.length] ?? 0.5,
    now: () => options.now ?? Date.UTC(2026, 10, 22, 20, 40, 0),
    ...(options.processes === undefined ? {} : { processes: () => options.processes ?? [] }),
  };
  return env;
}
