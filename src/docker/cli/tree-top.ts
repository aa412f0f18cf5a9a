// The top-level docker commands of v28.2.2 (shortcuts and legacy names), in registration order.
// Generated from docker/cli v28.2.2 cli/command/commands/commands.go and each command's Use,
// Short, Args and Annotations; implemented commands replace these stubs (see root-spec.ts).
import { exactArgs, maxArgs, minArgs, noArgs } from './args-rules.js';
import type { CommandSpec } from './spec.js';
import { stub } from './stub.js';
import { containerShortcuts, containerVerb } from './tree-container.js';
import { imageVerb } from './tree-image.js';

/** topLevelCommands lists the non-group commands directly under `docker`. */
export function topLevelCommands(): CommandSpec<never>[] {
  return [
    containerVerb('run'),
    containerVerb('exec'),
    stub('ps [OPTIONS]', 'List containers', noArgs,
      { annotations: { 'category-top': '3', aliases: 'docker container ls, docker container list, docker container ps, docker ps' } }),
    imageVerb('build'),
    imageVerb('pull'),
    imageVerb('push'),
    stub('images [OPTIONS] [REPOSITORY[:TAG]]', 'List images', maxArgs(1),
      { annotations: { 'category-top': '7', aliases: 'docker image ls, docker image list, docker images' } }),
    stub('login [OPTIONS] [SERVER]', 'Authenticate to a registry', maxArgs(1),
      { annotations: { 'category-top': '8' } }),
    stub('logout [SERVER]', 'Log out from a registry', maxArgs(1), { annotations: { 'category-top': '9' } }),
    stub('search [OPTIONS] TERM', 'Search Docker Hub for images', exactArgs(1),
      { annotations: { 'category-top': '10' } }),
    stub('version [OPTIONS]', 'Show the Docker version information', noArgs,
      { annotations: { 'category-top': '10' } }),
    stub('info [OPTIONS]', 'Display system-wide information', noArgs,
      { annotations: { 'category-top': '12', aliases: 'docker system info, docker info' } }),
    stub('bake [OPTIONS] [TARGET...]', 'Build from a file', undefined,
      { annotations: { 'category-top': '5', aliases: 'docker buildx bake', version: '1.31' }, hidden: true }),
    ...containerShortcuts(),
    imageVerb('history'),
    imageVerb('import'),
    imageVerb('load'),
    stub('rmi [OPTIONS] IMAGE [IMAGE...]', 'Remove one or more images', minArgs(1),
      { annotations: { aliases: 'docker image rm, docker image remove, docker rmi' } }),
    imageVerb('save'),
    imageVerb('tag'),
    stub('events [OPTIONS]', 'Get real time events from the server', noArgs,
      { annotations: { aliases: 'docker system events, docker events' } }),
    stub('inspect [OPTIONS] NAME|ID [NAME|ID...]', 'Return low-level information on Docker objects', minArgs(1)),
  ];
}
