// `docker swarm init` (docker/cli v28.2.2 cli/command/swarm/init.go; engine checks in the order of
// moby daemon/cluster/swarm.go Init: already in a swarm, listen address, advertise address, data
// path address, default address pool, data path port). Output checked against the oracle
// recordings swarm-init (no blank line at the end) and swarm-init-again.

import { DEFAULT_SWARM_CONFIG, nodeOfHost, type ClusterState, type InitSwarmOptions, type NodeAvailability } from '../../cluster/index.js';
import { noArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { DaemonError } from '../daemon.js';
import type { DockerHost } from '../host.js';
import { checkDataPathAddr, resolveAdvertiseAddr, resolveListenAddr } from './addresses.js';
import { ipNetSliceFlag, nodeAddrFlag, uint32Flag } from './flag-values.js';
import { joinCommandText, unlockCommandText } from './join-command.js';
import { DEFAULT_SWARM_SPEC, mergeSwarmSpec, swarmSpecFlags } from './swarm-flags.js';
import { readAvailability } from './availability.js';
import type { ParsedFlags } from '../cli/index.js';

const versionAnn = (v: string) => ({ version: [v] });

/** checkAddrPool is validateDefaultAddrPool; the CLI always sends a pool list, empty by default. */
function checkAddrPool(pools: readonly string[], maskLength: number): string | undefined {
  const size = maskLength === 0 ? 24 : maskLength;
  if (size > 29) return `subnet size is out of range: ${size}`;
  for (const pool of pools) {
    const ones = Number(pool.split('/')[1] ?? 0);
    if (size < ones) return `invalid CIDR: "${pool}". Subnet size is too small for pool: ${size}`;
  }
  return undefined;
}

/** initOptions runs the engine's checks and builds the init request, or throws its error. */
function initOptions(host: DockerHost, flags: ParsedFlags, availability: NodeAvailability | undefined): InitSwarmOptions {
  const machine = host.cluster.state().hosts[host.hostname];
  if (!machine) throw new DaemonError(`host ${host.hostname} not found`);
  const listen = resolveListenAddr(machine, flags.custom<string>('listen-addr'));
  if (!listen.ok) throw new DaemonError(listen.error);
  const advertise = resolveAdvertiseAddr(machine, flags.string('advertise-addr'), listen.port);
  if (!advertise.ok) throw new DaemonError(advertise.error);
  const dataPath = checkDataPathAddr(machine, flags.string('data-path-addr'));
  if (dataPath) throw new DaemonError(dataPath);
  const pools = flags.custom<string[]>('default-addr-pool');
  const mask = flags.custom<number>('default-addr-pool-mask-length');
  const poolError = checkAddrPool(pools, mask);
  if (poolError) throw new DaemonError(poolError);
  const port = flags.custom<number>('data-path-port');
  if (port !== 0 && (port < 1024 || port > 49151)) throw new DaemonError(`Datapath port number is not in valid range (1024-49151) : ${port}`);
  const spec = mergeSwarmSpec(flags, DEFAULT_SWARM_SPEC);
  const config = {
    ...spec.config,
    ...(pools.length > 0 && { defaultAddrPool: pools, subnetSize: mask === 0 ? 24 : mask }),
    dataPathPort: port === 0 ? DEFAULT_SWARM_CONFIG.dataPathPort : port,
  };
  const addr = `${advertise.ip}:${advertise.port}`;
  return {
    ...(addr !== `${machine.addr}:2377` && { advertiseAddr: addr }),
    ...(availability && { availability }),
    ...(spec.taskHistoryLimit !== 5 && { taskHistoryLimit: spec.taskHistoryLimit }),
    ...(JSON.stringify(config) !== JSON.stringify(DEFAULT_SWARM_CONFIG) && { config }),
    ...(flags.bool('force-new-cluster') && { forceNewCluster: true }),
  };
}

/** swarmInit is `docker swarm init`. */
export const swarmInit: DockerCommand = {
  name: 'init',
  use: 'init [OPTIONS]',
  short: 'Initialize a swarm',
  args: noArgs,
  annotations: { version: '1.24', swarm: '' },
  flags: [
    nodeAddrFlag({ name: 'listen-addr', usage: 'Listen address (format: "<ip|interface>[:port]")' }, '0.0.0.0:2377'),
    { kind: 'string', name: 'advertise-addr', usage: 'Advertised address (format: "<ip|interface>[:port]")' },
    { kind: 'string', name: 'data-path-addr', usage: 'Address or interface to use for data path traffic (format: "<ip|interface>")', annotations: versionAnn('1.31') },
    uint32Flag({ name: 'data-path-port', usage: 'Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.', annotations: versionAnn('1.40') }, 0),
    { kind: 'bool', name: 'force-new-cluster', usage: 'Force create a new cluster from current state' },
    { kind: 'bool', name: 'autolock', usage: 'Enable manager autolocking (requiring an unlock key to start a stopped manager)' },
    { kind: 'string', name: 'availability', default: 'active', usage: 'Availability of the node ("active", "pause", "drain")' },
    ipNetSliceFlag({ name: 'default-addr-pool', usage: 'default address pool in CIDR format', annotations: versionAnn('1.39') }),
    uint32Flag({ name: 'default-addr-pool-mask-length', usage: 'default address pool subnet mask length', annotations: versionAnn('1.39') }, 24),
    ...swarmSpecFlags(),
  ],
  run: ({ req, host }) => {
    const availability = readAvailability(req.flags);
    const state = (): ClusterState => host.cluster.state() as ClusterState;
    const self = nodeOfHost(state(), host.hostname);
    const inSwarm = self !== undefined || state().hosts[host.hostname]?.joining !== undefined;
    const forcing = req.flags.bool('force-new-cluster') && self?.role === 'manager';
    // An engine already in a swarm refuses before it looks at any address (errSwarmExists).
    const options = inSwarm && !forcing ? { forceNewCluster: req.flags.bool('force-new-cluster') } : initOptions(host, req.flags, availability);
    host.cluster.execute({ type: 'InitSwarm', hostname: host.hostname, options });
    const node = nodeOfHost(state(), host.hostname);
    if (!node) throw new CliError('swarm init: the node did not start');
    host.io.stdout(`Swarm initialized: current node (${node.id}) is now a manager.\n\n`);
    host.io.stdout(joinCommandText(state(), node.id, ['worker']));
    host.io.stdout("To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n");
    const key = state().swarm?.config?.unlockKey;
    if (req.flags.bool('autolock') && key) host.io.stdout(unlockCommandText(key));
    return 0;
  },
};
