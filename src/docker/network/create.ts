// `docker network create` (docker/cli cli/command/network/create.go): `-d overlay` asks the swarm
// (managers only), the default bridge driver creates a network on this node's engine alone. The
// ID is printed in full. Name checks follow moby's router and daemon order (checkNewNetworkName);
// IPAM checks are the CLI's createIPAMConfig and moby v28.2.2 api/types/network/ipam.go.

import { checkNewNetworkName, type ClusterEvent, type ClusterState } from '../../cluster/index.js';
import { exactArgs, fail, listOpt, mapOpt, ok, type GoResult } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { DaemonError } from '../daemon.js';
import { checkIpam, ipamRequest } from './ipam-options.js';

const versionAnn = (v: string) => ({ version: [v] });

/** validateLabel is docker/cli opts.ValidateLabel. */
function validateLabel(value: string): GoResult<string> {
  const key = (value.split('=')[0] ?? '').replace(/^[ \t\n\v\f\r]+/, '');
  if (key === '') return fail(`invalid label '${value}': empty name`);
  if (/[ \t\n\v\f\r]/.test(key)) return fail(`label '${key}' contains whitespaces`);
  return ok(value);
}

function labelMap(values: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    labels[eq < 0 ? v : v.slice(0, eq)] = eq < 0 ? '' : v.slice(eq + 1);
  }
  return labels;
}

/** networkCreate is `docker network create`. */
export const networkCreate: DockerCommand = {
  name: 'create',
  use: 'create [OPTIONS] NETWORK',
  short: 'Create a network',
  args: exactArgs(1),
  flags: [
    { kind: 'string', name: 'driver', shorthand: 'd', default: 'bridge', usage: 'Driver to manage the Network' },
    mapOpt({ name: 'opt', shorthand: 'o', usage: 'Set driver specific options' }),
    listOpt({ name: 'label', usage: 'Set metadata on a network' }, validateLabel),
    { kind: 'bool', name: 'internal', usage: 'Restrict external access to the network' },
    { kind: 'bool', name: 'ipv4', default: true, usage: 'Enable or disable IPv4 address assignment' },
    { kind: 'bool', name: 'ipv6', usage: 'Enable or disable IPv6 address assignment' },
    { kind: 'bool', name: 'attachable', usage: 'Enable manual container attachment', annotations: versionAnn('1.25') },
    { kind: 'bool', name: 'ingress', usage: 'Create swarm routing-mesh network', annotations: versionAnn('1.29') },
    { kind: 'string', name: 'scope', usage: "Control the network's scope", annotations: versionAnn('1.30') },
    { kind: 'bool', name: 'config-only', usage: 'Create a configuration only network', annotations: versionAnn('1.30') },
    { kind: 'string', name: 'config-from', usage: 'The network from which to copy the configuration', annotations: versionAnn('1.30') },
    { kind: 'string', name: 'ipam-driver', default: 'default', usage: 'IP Address Management Driver' },
    { kind: 'stringSlice', name: 'subnet', usage: 'Subnet in CIDR format that represents a network segment' },
    { kind: 'stringSlice', name: 'ip-range', usage: 'Allocate container ip from a sub-range' },
    { kind: 'stringSlice', name: 'gateway', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
    mapOpt({ name: 'aux-address', usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver' }),
    mapOpt({ name: 'ipam-opt', usage: 'Set IPAM driver specific options' }),
  ],
  run: ({ req, host }) => {
    const { flags } = req;
    const name = req.args[0] ?? '';
    // The CLI builds the IPAM config first; its errors are printed without the daemon prefix.
    const ipam = ipamRequest(flags.strings('subnet'), flags.strings('ip-range'), flags.strings('gateway'));
    if (typeof ipam === 'string') throw new CliError(ipam);
    const driver = flags.string('driver') === '' ? 'bridge' : flags.string('driver');
    const state = host.cluster.state();
    checkNewNetworkName(state as ClusterState, host.hostname, name, driver === 'overlay');
    const invalid = checkIpam(ipam);
    if (invalid) throw new DaemonError(invalid);
    const labels = labelMap(flags.custom<string[]>('label'));
    const common = { name, labels, attachable: flags.bool('attachable'), internal: flags.bool('internal'), ...ipam };
    let events: ClusterEvent[];
    if (driver === 'overlay') {
      events = host.cluster.execute({ type: 'CreateNetwork', request: common });
    } else if (driver === 'bridge') {
      const options = Object.fromEntries(flags.custom<Map<string, string>>('opt'));
      events = host.cluster.execute({ type: 'CreateLocalNetwork', request: { ...common, hostname: host.hostname, options } });
    } else {
      throw new DaemonError(`plugin "${driver}" not found`);
    }
    const created = events.find((e) => e.type === 'NetworkCreated' || e.type === 'LocalNetworkCreated');
    if (created?.type === 'NetworkCreated' || created?.type === 'LocalNetworkCreated') host.io.stdout(`${created.data.network.id}\n`);
    return 0;
  },
};
