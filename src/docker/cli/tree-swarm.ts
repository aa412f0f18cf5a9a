// docker v28.2.2's swarm command groups (config, node, secret, service, stack, swarm).
// Generated from docker/cli v28.2.2 cli/command/{config,node,secret,service,stack,swarm}.
import { allRules, exactArgs, legacyUsageError, minArgs, noArgs, rangeArgs } from './args-rules.js';
import type { ArgsRule, CommandSpec, FlagSpec } from './spec.js';
import { group, stub } from './stub.js';

/**
 * scaleArgs is `service scale`'s own rule: at least one argument, each `SERVICE=REPLICAS`, with
 * the old error layout. Fidelity: cli/command/service/scale.go (scaleArgs).
 */
export const scaleArgs: ArgsRule = allRules(minArgs(1), {
  describe: 'SERVICE=REPLICAS',
  check(ctx, args) {
    for (const arg of args) {
      const eq = arg.indexOf('=');
      if (eq <= 0 || eq === arg.length - 1) return legacyUsageError(ctx, `invalid scale specifier '${arg}'.`);
    }
    return null;
  },
});

/** orchestratorFlag is `docker stack`'s deprecated, hidden persistent flag. */
export const orchestratorFlag: FlagSpec = {
  kind: 'string', name: 'orchestrator', usage: 'Orchestrator to use (swarm|all)',
  deprecated: 'option will be ignored', annotations: { deprecated: [] },
};

/** swarmCommands lists the swarm command groups under `docker`. */
export function swarmCommands(): CommandSpec<never>[] {
  return [
    group('config', 'Manage Swarm configs', [
      stub('ls [OPTIONS]', 'List configs', noArgs, { aliases: ['list'] }),
      stub('create [OPTIONS] CONFIG file|-', 'Create a config from a file or STDIN', exactArgs(2)),
      stub('inspect [OPTIONS] CONFIG [CONFIG...]', 'Display detailed information on one or more configs', minArgs(1)),
      stub('rm CONFIG [CONFIG...]', 'Remove one or more configs', minArgs(1), { aliases: ['remove'] }),
    ], { annotations: { version: '1.30', swarm: 'manager' } }),
    group('node', 'Manage Swarm nodes', [
      stub('demote NODE [NODE...]', 'Demote one or more nodes from manager in the swarm', minArgs(1)),
      stub('inspect [OPTIONS] self|NODE [NODE...]', 'Display detailed information on one or more nodes', minArgs(1)),
      stub('ls [OPTIONS]', 'List nodes in the swarm', noArgs, { aliases: ['list'] }),
      stub('promote NODE [NODE...]', 'Promote one or more nodes to manager in the swarm', minArgs(1)),
      stub('rm [OPTIONS] NODE [NODE...]', 'Remove one or more nodes from the swarm', minArgs(1),
        { aliases: ['remove'] }),
      stub('ps [OPTIONS] [NODE...]', 'List tasks running on one or more nodes, defaults to current node', minArgs(0)),
      stub('update [OPTIONS] NODE', 'Update a node', exactArgs(1)),
    ], { annotations: { version: '1.24', swarm: 'manager' } }),
    group('secret', 'Manage Swarm secrets', [
      stub('ls [OPTIONS]', 'List secrets', noArgs, { aliases: ['list'] }),
      stub('create [OPTIONS] SECRET [file|-]', 'Create a secret from a file or STDIN as content', rangeArgs(1, 2)),
      stub('inspect [OPTIONS] SECRET [SECRET...]', 'Display detailed information on one or more secrets', minArgs(1)),
      stub('rm SECRET [SECRET...]', 'Remove one or more secrets', minArgs(1), { aliases: ['remove'] }),
    ], { annotations: { version: '1.25', swarm: 'manager' } }),
    group('service', 'Manage Swarm services', [
      stub('create [OPTIONS] IMAGE [COMMAND] [ARG...]', 'Create a new service', minArgs(1),
        { interspersed: false }),
      stub('inspect [OPTIONS] SERVICE [SERVICE...]', 'Display detailed information on one or more services', minArgs(1)),
      stub('ps [OPTIONS] SERVICE [SERVICE...]', 'List the tasks of one or more services', minArgs(1)),
      stub('ls [OPTIONS]', 'List services', noArgs, { aliases: ['list'] }),
      stub('rm SERVICE [SERVICE...]', 'Remove one or more services', minArgs(1), { aliases: ['remove'] }),
      stub('scale SERVICE=REPLICAS [SERVICE=REPLICAS...]', 'Scale one or multiple replicated services', scaleArgs),
      stub('update [OPTIONS] SERVICE', 'Update a service', exactArgs(1)),
      stub('logs [OPTIONS] SERVICE|TASK', 'Fetch the logs of a service or task', exactArgs(1)),
      stub('rollback [OPTIONS] SERVICE', 'Revert changes to a service\'s configuration', exactArgs(1)),
    ], { annotations: { version: '1.24', swarm: 'manager' } }),
    group('stack [OPTIONS]', 'Manage Swarm stacks', [
      stub('deploy [OPTIONS] STACK', 'Deploy a new stack or update an existing stack', exactArgs(1),
        { aliases: ['up'] }),
      stub('ls [OPTIONS]', 'List stacks', noArgs, { aliases: ['list'] }),
      stub('ps [OPTIONS] STACK', 'List the tasks in the stack', exactArgs(1)),
      stub('rm [OPTIONS] STACK [STACK...]', 'Remove one or more stacks', minArgs(1),
        { aliases: ['remove', 'down'] }),
      stub('services [OPTIONS] STACK', 'List the services in the stack', exactArgs(1)),
      stub('config [OPTIONS]', 'Outputs the final config file, after doing merges and interpolations', noArgs),
    ], { annotations: { version: '1.25', swarm: 'manager' }, persistentFlags: [orchestratorFlag] }),
    group('swarm', 'Manage Swarm', [
      stub('init [OPTIONS]', 'Initialize a swarm', noArgs, { annotations: { version: '1.24', swarm: '' } }),
      stub('join [OPTIONS] HOST:PORT', 'Join a swarm as a node and/or manager', exactArgs(1),
        { annotations: { version: '1.24', swarm: '' } }),
      stub('join-token [OPTIONS] (worker|manager)', 'Manage join tokens', exactArgs(1),
        { annotations: { version: '1.24', swarm: 'manager' } }),
      stub('unlock-key [OPTIONS]', 'Manage the unlock key', noArgs,
        { annotations: { version: '1.24', swarm: 'manager' } }),
      stub('update [OPTIONS]', 'Update the swarm', noArgs,
        { annotations: { version: '1.24', swarm: 'manager' } }),
      stub('leave [OPTIONS]', 'Leave the swarm', noArgs,
        { annotations: { version: '1.24', swarm: 'active' } }),
      stub('unlock', 'Unlock swarm', noArgs, { annotations: { version: '1.24', swarm: 'manager' } }),
      stub('ca [OPTIONS]', 'Display and rotate the root CA', noArgs,
        { annotations: { version: '1.30', swarm: 'manager' } }),
    ], { annotations: { version: '1.24', swarm: '' } }),
  ];
}
