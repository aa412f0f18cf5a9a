// The view a busybox command inside a task container has of its world: its own identity, its
// network interfaces and files, and the swarm's embedded DNS (127.0.0.11). The lab builds one from
// the team's cluster state; tests build them by hand.

import type { HttpFetcher } from '../net/http-fetch.js';

/** NetInterface is one interface as `ip addr` shows it. */
export interface NetInterface {
  index: number;
  name: string; // eth0, lo
  peerIndex?: number; // the veth peer's index, shown as eth0@if43
  kind: 'loopback' | 'ether';
  mtu: number;
  mac: string; // 02:42:0a:00:01:03
  /** IPv4 address with prefix length, e.g. "10.0.1.3/24". */
  cidr: string;
  /** Broadcast address, e.g. "10.0.1.255"; absent for loopback. */
  broadcast?: string;
}

/** PingTarget says whether and how an address answers ICMP echo from this container. */
export interface PingTarget {
  ttl: number;
  /** Typical round-trip time in milliseconds; each reply varies around it. */
  rttMs: number;
}

/** DnsAnswer is what the embedded DNS server answers for one A query. */
export type DnsAnswer =
  | { kind: 'found'; addresses: string[] } // already in answer order (shuffled for tasks.<svc>)
  | { kind: 'nxdomain' };

/** ContainerProcess is one process as `ps` lists it. */
export interface ContainerProcess {
  pid: number;
  user: string; // root
  /** command is the full command line, e.g. "sleep 50m". */
  command: string;
}

/** ContainerFile is a file the container has besides the image's (a secret, a config). */
export interface ContainerFile {
  /** path is absolute and normalized, e.g. /run/secrets/db_password. */
  path: string;
  content: string;
  /** mode is the permission bits, e.g. 0o444. */
  mode: number;
}

/** ContainerEnv is the world as one running task container sees it. */
export interface ContainerEnv {
  /** containerId is the full 64-hex container ID. */
  readonly containerId: string;
  /** hostname is the container's hostname (its 12-hex short ID unless --hostname was given). */
  readonly hostname: string;
  /** running is false once the task's container has stopped; commands then end. */
  running(): boolean;
  interfaces(): NetInterface[];
  /** readFile returns a file's content, or undefined when it does not exist. */
  readFile(path: string): string | undefined;
  /**
   * mounted lists the files added to the image (secrets, configs): the one place `ls` learns of
   * them and of the directories that hold them; readFile returns their content too. Optional.
   */
  mounted?(): ContainerFile[];
  /** resolveA asks the embedded DNS for A records of name (as typed; case-insensitive). */
  resolveA(name: string): DnsAnswer;
  /** resolvePtr returns the PTR name for an IPv4 address, or undefined (NXDOMAIN). */
  resolvePtr(ip: string): string | undefined;
  /** ping says whether ip answers echo requests from this container right now. */
  ping(ip: string): PingTarget | undefined;
  /** random returns a number in [0, 1); injected so tests are deterministic. */
  random(): number;
  /** now returns the simulated wall clock in ms since the epoch (`date`); optional. */
  now?(): number;
  /**
   * processes lists the container's processes for `ps`, PID 1 first (the task's command), not
   * counting the `ps` that asks; optional.
   */
  processes?(): ContainerProcess[];
  /** http sends one HTTP request from this container through the cluster (wget); optional. */
  http?: HttpFetcher;
}
