// The `docker container` verbs of v28.2.2. docker/cli builds each verb once and registers it both
// under `docker container` and, for most, as a top-level shortcut (`docker start`): both trees
// take them from here (docker/cli cli/command/container/cmd.go, cli/command/commands/commands.go).
import { exactArgs, minArgs, noArgs, rangeArgs } from './args-rules.js';
import type { CommandSpec } from './spec.js';
import { stub } from './stub.js';

/** containerVerbs lists every `docker container` verb in registration order. */
export function containerVerbs(): CommandSpec<never>[] {
  return [
    stub('attach [OPTIONS] CONTAINER', 'Attach local standard input, output, and error streams to a running container', exactArgs(1),
      { annotations: { aliases: 'docker container attach, docker attach' } }),
    stub('commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]', 'Create a new image from a container\'s changes', rangeArgs(1, 2),
      { annotations: { aliases: 'docker container commit, docker commit' }, interspersed: false }),
    stub('cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH', 'Copy files/folders between a container and the local filesystem', exactArgs(2),
      { annotations: { aliases: 'docker container cp, docker cp' } }),
    stub('create [OPTIONS] IMAGE [COMMAND] [ARG...]', 'Create a new container', minArgs(1),
      { annotations: { aliases: 'docker container create, docker create' }, interspersed: false }),
    stub('diff CONTAINER', 'Inspect changes to files or directories on a container\'s filesystem', exactArgs(1),
      { annotations: { aliases: 'docker container diff, docker diff' } }),
    stub('exec [OPTIONS] CONTAINER COMMAND [ARG...]', 'Execute a command in a running container', minArgs(2),
      { annotations: { 'category-top': '2', aliases: 'docker container exec, docker exec' }, interspersed: false }),
    stub('export [OPTIONS] CONTAINER', 'Export a container\'s filesystem as a tar archive', exactArgs(1),
      { annotations: { aliases: 'docker container export, docker export' } }),
    stub('kill [OPTIONS] CONTAINER [CONTAINER...]', 'Kill one or more running containers', minArgs(1),
      { annotations: { aliases: 'docker container kill, docker kill' } }),
    stub('logs [OPTIONS] CONTAINER', 'Fetch the logs of a container', exactArgs(1),
      { annotations: { aliases: 'docker container logs, docker logs' } }),
    stub('ls [OPTIONS]', 'List containers', noArgs,
      { aliases: ['ps', 'list'], annotations: { 'category-top': '3', aliases: 'docker container ls, docker container list, docker container ps, docker ps' } }),
    stub('pause CONTAINER [CONTAINER...]', 'Pause all processes within one or more containers', minArgs(1),
      { annotations: { aliases: 'docker container pause, docker pause' } }),
    stub('port CONTAINER [PRIVATE_PORT[/PROTO]]', 'List port mappings or a specific mapping for the container', rangeArgs(1, 2),
      { annotations: { aliases: 'docker container port, docker port' } }),
    stub('rename CONTAINER NEW_NAME', 'Rename a container', exactArgs(2),
      { annotations: { aliases: 'docker container rename, docker rename' } }),
    stub('restart [OPTIONS] CONTAINER [CONTAINER...]', 'Restart one or more containers', minArgs(1),
      { annotations: { aliases: 'docker container restart, docker restart' } }),
    stub('rm [OPTIONS] CONTAINER [CONTAINER...]', 'Remove one or more containers', minArgs(1),
      { aliases: ['remove'], annotations: { aliases: 'docker container rm, docker container remove, docker rm' } }),
    stub('run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'Create and run a new container from an image', minArgs(1),
      { annotations: { 'category-top': '1', aliases: 'docker container run, docker run' }, interspersed: false }),
    stub('start [OPTIONS] CONTAINER [CONTAINER...]', 'Start one or more stopped containers', minArgs(1),
      { annotations: { aliases: 'docker container start, docker start' } }),
    stub('stats [OPTIONS] [CONTAINER...]', 'Display a live stream of container(s) resource usage statistics', minArgs(0),
      { annotations: { aliases: 'docker container stats, docker stats' } }),
    stub('stop [OPTIONS] CONTAINER [CONTAINER...]', 'Stop one or more running containers', minArgs(1),
      { annotations: { aliases: 'docker container stop, docker stop' } }),
    stub('top CONTAINER [ps OPTIONS]', 'Display the running processes of a container', minArgs(1),
      { annotations: { aliases: 'docker container top, docker top' }, interspersed: false }),
    stub('unpause CONTAINER [CONTAINER...]', 'Unpause all processes within one or more containers', minArgs(1),
      { annotations: { aliases: 'docker container unpause, docker unpause' } }),
    stub('update [OPTIONS] CONTAINER [CONTAINER...]', 'Update configuration of one or more containers', minArgs(1),
      { annotations: { aliases: 'docker container update, docker update' } }),
    stub('wait CONTAINER [CONTAINER...]', 'Block until one or more containers stop, then print their exit codes', minArgs(1),
      { annotations: { aliases: 'docker container wait, docker wait' } }),
    stub('inspect [OPTIONS] CONTAINER [CONTAINER...]', 'Display detailed information on one or more containers', minArgs(1)),
    stub('prune [OPTIONS]', 'Remove all stopped containers', noArgs),
  ];
}

// The verbs also served at the top level, in the order docker registers them there.
const SHORTCUTS = ['attach', 'commit', 'cp', 'create', 'diff', 'export', 'kill', 'logs', 'pause', 'port', 'rename', 'restart', 'rm', 'start', 'stats', 'stop', 'top', 'unpause', 'update', 'wait'];

/** containerVerb returns the stub of one container verb. */
export function containerVerb(name: string): CommandSpec<never> {
  const verb = containerVerbs().find((c) => c.name === name);
  if (!verb) throw new Error(`no container verb ${name}`);
  return verb;
}

/** containerShortcuts returns the container verbs docker also registers directly under `docker`. */
export function containerShortcuts(): CommandSpec<never>[] {
  return SHORTCUTS.map(containerVerb);
}
