// The top-level docker commands of v28.2.2 (shortcuts and legacy names), in registration order.
// Generated from docker/cli v28.2.2 cli/command/commands/commands.go and each command's Use,
// Short, Args and Annotations; implemented commands replace these stubs (see root-spec.ts).
import { exactArgs, maxArgs, minArgs, noArgs } from './args-rules.js';
import type { CommandSpec } from './spec.js';
import { stub } from './stub.js';
import { containerShortcuts, containerVerb } from './tree-container.js';

/** topLevelCommands lists the non-group commands directly under `docker`. */
export function topLevelCommands(): CommandSpec<never>[] {
  return [
    containerVerb('run'),
    containerVerb('exec'),
    stub('ps [OPTIONS]', 'List containers', noArgs,
      { annotations: { 'category-top': '3', aliases: 'docker container ls, docker container list, docker container ps, docker ps' } }),
    stub('build [OPTIONS] PATH | URL | -', 'Build an image from a Dockerfile', exactArgs(1),
      { annotations: { 'category-top': '4', aliases: 'docker image build, docker build, docker builder build' } }),
    stub('pull [OPTIONS] NAME[:TAG|@DIGEST]', 'Download an image from a registry', exactArgs(1),
      { annotations: { 'category-top': '5', aliases: 'docker image pull, docker pull' } }),
    stub('push [OPTIONS] NAME[:TAG]', 'Upload an image to a registry', exactArgs(1),
      { annotations: { 'category-top': '6', aliases: 'docker image push, docker push' } }),
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
    stub('history [OPTIONS] IMAGE', 'Show the history of an image', exactArgs(1),
      { annotations: { aliases: 'docker image history, docker history' } }),
    stub('import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]', 'Import the contents from a tarball to create a filesystem image', minArgs(1),
      { annotations: { aliases: 'docker image import, docker import' } }),
    stub('load [OPTIONS]', 'Load an image from a tar archive or STDIN', noArgs,
      { annotations: { aliases: 'docker image load, docker load' } }),
    stub('rmi [OPTIONS] IMAGE [IMAGE...]', 'Remove one or more images', minArgs(1),
      { annotations: { aliases: 'docker image rm, docker image remove, docker rmi' } }),
    stub('save [OPTIONS] IMAGE [IMAGE...]', 'Save one or more images to a tar archive (streamed to STDOUT by default)', minArgs(1),
      { annotations: { aliases: 'docker image save, docker save' } }),
    stub('tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', exactArgs(2),
      { annotations: { aliases: 'docker image tag, docker tag' }, interspersed: false }),
    stub('events [OPTIONS]', 'Get real time events from the server', noArgs,
      { annotations: { aliases: 'docker system events, docker events' } }),
    stub('inspect [OPTIONS] NAME|ID [NAME|ID...]', 'Return low-level information on Docker objects', minArgs(1)),
  ];
}
