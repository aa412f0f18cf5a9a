// Builds a task container's ContainerEnv from the team's live cluster: its interfaces (overlays
// in join order, docker_gwbridge after the first overlay, as libnetwork joins them), its /etc
// files, the embedded DNS scoped to its networks, and who answers its pings.

import {
  attachmentsOf,
  broadcastOf,
  hashFraction,
  macFromIp,
  pingFrom,
  prefixOf,
  resolveA,
  resolvePtr,
  type ClusterState,
  type Task,
} from '../../cluster/index.js';
import { httpFetcher, type HttpCluster } from '../net/http-fetch.js';
import type { ContainerEnv, ContainerFile, NetInterface } from './container-env.js';
import { taskDataFiles } from './data-files.js';
import { buildAlpineRelease, buildEtcHosts, buildHostname, buildOsRelease, buildResolvConf } from './etc-files.js';

/** ClusterView is the read side of a team's cluster. */
export interface ClusterView {
  state(): Readonly<ClusterState>;
  now(): number;
  /** execute, when given, lets the container's programs make HTTP requests (they are recorded). */
  execute?: HttpCluster['execute'];
}

/** containerHostname is the container's hostname: --hostname, else its 12-hex short ID. */
export function containerHostname(task: Task): string {
  return task.spec.hostname ?? task.containerId.slice(0, 12);
}

/** taskInterfaces lists a task container's interfaces as `ip addr` shows them. */
export function taskInterfaces(state: Readonly<ClusterState>, task: Task): NetInterface[] {
  const list: NetInterface[] = [{ index: 1, name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', cidr: '127.0.0.1/8' }];
  // Interface indexes are the host's veth numbering: arbitrary, stable per container.
  let index = 20 + 2 * Math.floor(hashFraction(task.containerId) * 200);
  const add = (ip: string, cidr: string, mtu: number): void => {
    const name = `eth${list.length - 1}`;
    list.push({ index, peerIndex: index + 1, name, kind: 'ether', mtu, mac: macFromIp(ip), cidr: `${ip}/${prefixOf(cidr)}`, broadcast: broadcastOf(cidr) });
    index += 2;
  };
  const attached = attachmentsOf(state as ClusterState, task);
  attached.forEach(({ network, ip }, i) => {
    add(ip, network.subnet, 1450);
    if (i === 0 && task.gwbridge) add(task.gwbridge.ip, '172.18.0.0/16', 1500);
  });
  if (attached.length === 0 && task.gwbridge) add(task.gwbridge.ip, '172.18.0.0/16', 1500);
  return list;
}

/** containerEnvFor builds the live environment of a task's container. */
export function containerEnvFor(cluster: ClusterView, taskId: string, random: () => number): ContainerEnv {
  const task = (): Task | undefined => cluster.state().tasks[taskId];
  const snapshot = task();
  if (!snapshot) throw new Error(`no task ${taskId}`);
  const hostname = containerHostname(snapshot);
  const mounted = (): ContainerFile[] => taskDataFiles(cluster.state(), task() ?? snapshot);
  const files = (): Record<string, string> => {
    const t = task() ?? snapshot;
    const state = cluster.state() as ClusterState;
    const addresses = attachmentsOf(state, t).filter((a) => !a.network.ingress).map((a) => a.ip);
    return {
      ...Object.fromEntries(mounted().map((f) => [f.path, f.content])),
      '/etc/hosts': buildEtcHosts({ hostname, addresses }),
      '/etc/resolv.conf': buildResolvConf(),
      '/etc/hostname': buildHostname(hostname),
      '/etc/os-release': buildOsRelease(),
      '/etc/alpine-release': buildAlpineRelease(),
    };
  };
  return {
    containerId: snapshot.containerId,
    hostname,
    running: () => {
      const t = task();
      const node = t?.nodeId ? cluster.state().nodes[t.nodeId] : undefined;
      return t?.status.state === 'running' && node?.state === 'ready';
    },
    interfaces: () => taskInterfaces(cluster.state(), task() ?? snapshot),
    readFile: (path) => files()[path],
    mounted,
    resolveA: (name) => {
      const addresses = resolveA(cluster.state() as ClusterState, task() ?? snapshot, name);
      return addresses.length === 0 ? { kind: 'nxdomain' } : { kind: 'found', addresses: shuffle(addresses, random) };
    },
    resolvePtr: (ip) => resolvePtr(cluster.state() as ClusterState, task() ?? snapshot, ip),
    ping: (ip) => {
      const reply = pingFrom(cluster.state() as ClusterState, task() ?? snapshot, ip);
      if (!reply) return undefined;
      return { ttl: 64, rttMs: reply.sameNode ? 0.07 : 0.11 };
    },
    random,
    now: () => cluster.now(),
    processes: () => [{ pid: 1, user: 'root', command: (task() ?? snapshot).spec.args.join(' ') || '/bin/sh' }],
    ...(cluster.execute && { http: httpFetcher({ state: cluster.state, now: cluster.now, execute: cluster.execute }, { kind: 'task', taskId }) }),
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
