// `docker swarm join [OPTIONS] HOST:PORT` (docker/cli v28.2.2 cli/command/swarm/join.go; engine
// side moby daemon/cluster/swarm.go Join). The address may name a machine of the team by IP or
// hostname; the port defaults to 2377. A join nobody answers waits swarmConnectTimeout (20 s),
// then reports the timeout while the engine keeps trying in the background.

import { JOIN_TIMEOUT, nodeOfHost, type ClusterState } from '../../cluster/index.js';
import { exactArgs } from '../cli/index.js';
import { type DockerCommand } from '../command.js';
import { DaemonError } from '../daemon.js';
import type { DockerHost } from '../host.js';
import { checkDataPathAddr, resolveAdvertiseAddr, resolveListenAddr, splitHostPort } from './addresses.js';
import { readAvailability } from './availability.js';
import { nodeAddrFlag, parseTcpAddr } from './flag-values.js';

/** SWARM_CONNECT_TIMEOUT_MS is moby's swarmConnectTimeout. */
export const SWARM_CONNECT_TIMEOUT_MS = 20_000;

const versionAnn = (v: string) => ({ version: [v] });

/** remoteAddr is validateAddr plus name resolution: `ip:port`, a team host's name becoming its address. */
export function remoteAddr(state: Readonly<ClusterState>, remote: string): string {
  const parsed = parseTcpAddr(remote, '0.0.0.0:2377');
  const addr = parsed.ok ? parsed.value : remote;
  const parts = splitHostPort(addr);
  if (!parts) return addr;
  const named = state.hosts[parts.host.toLowerCase()];
  return named ? `${named.addr}:${parts.port}` : addr;
}

/** joinAdvertiseAddr is the address a joining node advertises; errors are ignored, as the engine does. */
function joinAdvertiseAddr(host: DockerHost, advertise: string, listen: string): string | undefined {
  const machine = host.cluster.state().hosts[host.hostname];
  if (!machine || advertise === '') return undefined;
  const l = resolveListenAddr(machine, listen);
  const a = resolveAdvertiseAddr(machine, advertise, l.ok ? l.port : '2377');
  if (!a.ok || `${a.ip}:${a.port}` === `${machine.addr}:2377`) return undefined;
  return `${a.ip}:${a.port}`;
}

/** swarmJoin is `docker swarm join`. */
export const swarmJoin: DockerCommand = {
  name: 'join',
  use: 'join [OPTIONS] HOST:PORT',
  short: 'Join a swarm as a node and/or manager',
  args: exactArgs(1),
  annotations: { version: '1.24', swarm: '' },
  flags: [
    nodeAddrFlag({ name: 'listen-addr', usage: 'Listen address (format: "<ip|interface>[:port]")' }, '0.0.0.0:2377'),
    { kind: 'string', name: 'advertise-addr', usage: 'Advertised address (format: "<ip|interface>[:port]")' },
    { kind: 'string', name: 'data-path-addr', usage: 'Address or interface to use for data path traffic (format: "<ip|interface>")', annotations: versionAnn('1.31') },
    { kind: 'string', name: 'token', usage: 'Token for entry into the swarm' },
    { kind: 'string', name: 'availability', default: 'active', usage: 'Availability of the node ("active", "pause", "drain")' },
  ],
  run: async ({ req, host }) => {
    const availability = readAvailability(req.flags);
    const state = host.cluster.state();
    const machine = state.hosts[host.hostname];
    const listen = machine ? resolveListenAddr(machine, req.flags.custom<string>('listen-addr')) : undefined;
    const inSwarm = nodeOfHost(state as ClusterState, host.hostname) !== undefined || machine?.joining !== undefined;
    if (!inSwarm && listen && !listen.ok) throw new DaemonError(listen.error);
    const dataPath = machine && !inSwarm ? checkDataPathAddr(machine, req.flags.string('data-path-addr')) : undefined;
    if (dataPath) throw new DaemonError(dataPath);
    const advertiseAddr = joinAdvertiseAddr(host, req.flags.string('advertise-addr'), req.flags.custom<string>('listen-addr'));
    const request = {
      hostname: host.hostname,
      token: req.flags.string('token'),
      remote: remoteAddr(state, req.args[0] ?? ''),
      ...(advertiseAddr !== undefined && { advertiseAddr }),
      ...(availability !== undefined && { availability }),
    };
    const events = host.cluster.execute({ type: 'JoinSwarmWithToken', request });
    const joined = events.find((e) => e.type === 'NodeJoined');
    if (joined?.type !== 'NodeJoined') {
      if (!(await host.io.sleep(SWARM_CONNECT_TIMEOUT_MS))) return 130;
      throw new DaemonError(JOIN_TIMEOUT);
    }
    host.io.stdout(`This node joined a swarm as a ${joined.data.role}.\n`);
    return 0;
  },
};
