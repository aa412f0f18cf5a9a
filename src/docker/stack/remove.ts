// `docker stack rm STACK [STACK...]` (docker/cli v28.2.2 cli/command/stack/remove.go,
// swarm/remove.go): remove the stack's services, secrets, configs, then networks, printing
// "Removing …" for each; a stack with nothing is reported on stderr and is not an error.
// --detach=false (wait for the tasks to go) is not simulated yet.

import { minArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { daemonText, requireManager } from '../daemon.js';
import type { DockerHost } from '../host.js';
import { notSimulated } from '../service/not-simulated.js';
import { validateStackName } from './deploy-input.js';
import { stackData, stackNetworks, stackServices } from './stack-objects.js';

const byName = <T>(name: (o: T) => string) => (a: T, b: T): number => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);

/** removeEach runs removals, printing docker's lines; it reports whether any failed. */
function removeEach<T>(host: DockerHost, noun: string, items: readonly T[], name: (o: T) => string, id: (o: T) => string, remove: (o: T) => void): boolean {
  let failed = false;
  for (const item of items) {
    host.io.stdout(`Removing ${noun} ${name(item)}\n`);
    try {
      remove(item);
    } catch (error) {
      if (!(error instanceof Error) || !['DaemonError', 'ClusterError'].includes(error.name)) throw error;
      // docker prints this line without a newline (Fprintf without \n).
      host.io.stderr(`Failed to remove ${noun} ${id(item)}: ${daemonText(error)}`);
      failed = true;
    }
  }
  return failed;
}

function removeStack(host: DockerHost, stack: string): boolean {
  const state = host.cluster.state();
  const services = stackServices(state, stack).sort(byName((s) => s.spec.name));
  const networks = stackNetworks(state, stack);
  const secrets = stackData(state, 'secret', stack);
  const configs = stackData(state, 'config', stack);
  if (services.length + networks.length + secrets.length + configs.length === 0) {
    host.io.stderr(`Nothing found in stack: ${stack}\n`);
    return false;
  }
  const run = host.cluster.execute.bind(host.cluster);
  let failed = removeEach(host, 'service', services, (s) => s.spec.name, (s) => s.id, (s) => run({ type: 'RemoveService', serviceId: s.id }));
  failed = removeEach(host, 'secret', secrets, (o) => o.name, (o) => o.id, (o) => run({ type: 'RemoveSecret', id: o.id })) || failed;
  failed = removeEach(host, 'config', configs, (o) => o.name, (o) => o.id, (o) => run({ type: 'RemoveConfig', id: o.id })) || failed;
  failed = removeEach(host, 'network', networks, (n) => n.name, (n) => n.id, (n) => run({ type: 'RemoveNetwork', networkId: n.id })) || failed;
  return failed;
}

/** stackRemove is `docker stack rm`. */
export const stackRemove: DockerCommand = {
  name: 'rm',
  use: 'rm [OPTIONS] STACK [STACK...]',
  short: 'Remove one or more stacks',
  aliases: ['remove', 'down'],
  args: minArgs(1),
  flags: [{ kind: 'bool', name: 'detach', shorthand: 'd', default: true, usage: 'Do not wait for stack removal' }],
  run: ({ req, host }) => {
    for (const stack of req.args) validateStackName(stack);
    if (!req.flags.bool('detach')) throw notSimulated('--detach=false');
    const errors: string[] = [];
    for (const stack of req.args) {
      requireManager(host.cluster.state(), host.hostname);
      if (removeStack(host, stack)) errors.push(`failed to remove some resources from stack: ${stack}`);
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};
