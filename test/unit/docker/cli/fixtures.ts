// Command specs with docker v28.2.2's real flag sets for the commands whose help was recorded,
// built with the kit the way command modules will. Sources: docker/cli cli/command/{network,
// node,service,container}/*.go at v28.2.2.
import {
  dockerRoot, filterFlag, formatFlag, inspectFormatFlag, listOpt, mapOpt, noTruncFlag, quietFlag,
  scaleArgs, withCommands, exactArgs, minArgs, noArgs, filterOpt,
  type CommandSpec, type FlagSpec,
} from '../../../../src/docker/cli/index.js';
import { cmd, detachFlag, v } from './fixture-helpers.js';
import { serviceCreate } from './fixture-service-create.js';

const networkCreate = cmd('create [OPTIONS] NETWORK', 'Create a network', {
  args: exactArgs(1),
  flags: [
    { kind: 'string', name: 'driver', shorthand: 'd', default: 'bridge', usage: 'Driver to manage the Network' },
    mapOpt({ name: 'opt', shorthand: 'o', usage: 'Set driver specific options' }),
    listOpt({ name: 'label', usage: 'Set metadata on a network' }),
    { kind: 'bool', name: 'internal', usage: 'Restrict external access to the network' },
    { kind: 'bool', name: 'ipv4', default: true, usage: 'Enable or disable IPv4 address assignment' },
    { kind: 'bool', name: 'ipv6', usage: 'Enable or disable IPv6 address assignment' },
    { kind: 'bool', name: 'attachable', usage: 'Enable manual container attachment', annotations: v('1.25') },
    { kind: 'bool', name: 'ingress', usage: 'Create swarm routing-mesh network', annotations: v('1.29') },
    { kind: 'string', name: 'scope', usage: "Control the network's scope", annotations: v('1.30') },
    { kind: 'bool', name: 'config-only', usage: 'Create a configuration only network', annotations: v('1.30') },
    { kind: 'string', name: 'config-from', usage: 'The network from which to copy the configuration', annotations: v('1.30') },
    { kind: 'string', name: 'ipam-driver', default: 'default', usage: 'IP Address Management Driver' },
    { kind: 'stringSlice', name: 'subnet', usage: 'Subnet in CIDR format that represents a network segment' },
    { kind: 'stringSlice', name: 'ip-range', usage: 'Allocate container ip from a sub-range' },
    { kind: 'stringSlice', name: 'gateway', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
    mapOpt({ name: 'aux-address', usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver' }),
    mapOpt({ name: 'ipam-opt', usage: 'Set IPAM driver specific options' }),
  ],
});

const taskListFlags = (): FlagSpec[] => [
  noTruncFlag(),
  { kind: 'bool', name: 'no-resolve', usage: 'Do not map IDs to Names' },
  filterFlag(),
  formatFlag('Pretty-print tasks using a Go template'),
  quietFlag('Only display task IDs'),
];

const inspectFlags = (): FlagSpec[] => [
  inspectFormatFlag(),
  { kind: 'bool', name: 'pretty', usage: 'Print the information in a human friendly format' },
];

const exec = cmd('exec [OPTIONS] CONTAINER COMMAND [ARG...]', 'Execute a command in a running container', {
  args: minArgs(2),
  interspersed: false,
  annotations: { 'category-top': '2', aliases: 'docker container exec, docker exec' },
  flags: [
    { kind: 'string', name: 'detach-keys', usage: 'Override the key sequence for detaching a container' },
    { kind: 'bool', name: 'interactive', shorthand: 'i', usage: 'Keep STDIN open even if not attached' },
    { kind: 'bool', name: 'tty', shorthand: 't', usage: 'Allocate a pseudo-TTY' },
    { kind: 'bool', name: 'detach', shorthand: 'd', usage: 'Detached mode: run command in the background' },
    { kind: 'string', name: 'user', shorthand: 'u', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { kind: 'bool', name: 'privileged', usage: 'Give extended privileges to the command' },
    listOpt({ name: 'env', shorthand: 'e', usage: 'Set environment variables', annotations: v('1.25') }),
    listOpt({ name: 'env-file', usage: 'Read in a file of environment variables', annotations: v('1.25') }),
    { kind: 'string', name: 'workdir', shorthand: 'w', usage: 'Working directory inside the container', annotations: v('1.35') },
  ],
});

const ps = cmd('ps [OPTIONS]', 'List containers', {
  args: noArgs,
  annotations: { 'category-top': '3', aliases: 'docker container ls, docker container list, docker container ps, docker ps' },
  flags: [
    quietFlag('Only display container IDs'),
    { kind: 'bool', name: 'size', shorthand: 's', usage: 'Display total file sizes' },
    { kind: 'bool', name: 'all', shorthand: 'a', usage: 'Show all containers (default shows just running)' },
    noTruncFlag("Don't truncate output"),
    { kind: 'bool', name: 'latest', shorthand: 'l', usage: 'Show the latest created container (includes all states)' },
    { kind: 'int', name: 'last', shorthand: 'n', default: -1, usage: 'Show n last created containers (includes all states)' },
    formatFlag(),
    filterFlag(),
  ],
});

/** FIXTURE_COMMANDS registers the recorded commands on the stub tree. */
export const FIXTURE_COMMANDS = [
  { parent: [], spec: exec },
  { parent: [], spec: ps },
  { parent: ['network'], spec: networkCreate },
  { parent: ['network'], spec: cmd('inspect [OPTIONS] NETWORK [NETWORK...]', 'Display detailed information on one or more networks', {
    args: minArgs(1),
    flags: [inspectFormatFlag(), { kind: 'bool', name: 'verbose', shorthand: 'v', usage: 'Verbose output for diagnostics' }],
  }) },
  { parent: ['network'], spec: cmd('ls [OPTIONS]', 'List networks', {
    args: noArgs, aliases: ['list'],
    flags: [
      quietFlag('Only display network IDs'), noTruncFlag('Do not truncate the output'), formatFlag(),
      filterOpt({ name: 'filter', shorthand: 'f', usage: 'Provide filter values (e.g. "driver=bridge")' }),
    ],
  }) },
  { parent: ['network'], spec: cmd('rm NETWORK [NETWORK...]', 'Remove one or more networks', {
    args: minArgs(1), aliases: ['remove'],
    flags: [{ kind: 'bool', name: 'force', shorthand: 'f', usage: 'Do not error if the network does not exist' }],
  }) },
  { parent: ['node'], spec: cmd('inspect [OPTIONS] self|NODE [NODE...]', 'Display detailed information on one or more nodes', { args: minArgs(1), flags: inspectFlags() }) },
  { parent: ['node'], spec: cmd('ls [OPTIONS]', 'List nodes in the swarm', {
    args: noArgs, aliases: ['list'], flags: [quietFlag(), formatFlag(), filterFlag()],
  }) },
  { parent: ['node'], spec: cmd('ps [OPTIONS] [NODE...]', 'List tasks running on one or more nodes, defaults to current node', { args: minArgs(0), flags: taskListFlags() }) },
  { parent: ['service'], spec: serviceCreate() },
  { parent: ['service'], spec: cmd('inspect [OPTIONS] SERVICE [SERVICE...]', 'Display detailed information on one or more services', { args: minArgs(1), flags: inspectFlags() }) },
  { parent: ['service'], spec: cmd('ls [OPTIONS]', 'List services', {
    args: noArgs, aliases: ['list'], flags: [quietFlag(), formatFlag(), filterFlag()],
  }) },
  { parent: ['service'], spec: cmd('ps [OPTIONS] SERVICE [SERVICE...]', 'List the tasks of one or more services', { args: minArgs(1), flags: taskListFlags() }) },
  { parent: ['service'], spec: cmd('rm SERVICE [SERVICE...]', 'Remove one or more services', { args: minArgs(1), aliases: ['remove'] }) },
  { parent: ['service'], spec: cmd('scale SERVICE=REPLICAS [SERVICE=REPLICAS...]', 'Scale one or multiple replicated services', { args: scaleArgs, flags: [detachFlag] }) },
];

/** fixtureRoot is the docker tree with the recorded commands implemented (run = their name). */
export function fixtureRoot(): CommandSpec<string> {
  return withCommands(dockerRoot<string>(), FIXTURE_COMMANDS);
}
