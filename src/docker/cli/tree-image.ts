// The `docker image` verbs of v28.2.2. Like the container verbs, docker/cli builds each once and
// registers most of them both under `docker image` and at the top level (`docker pull`); both
// trees, and `docker builder build`, take them from here (cli/command/image/cmd.go,
// cli/command/commands/commands.go).
import { exactArgs, maxArgs, minArgs, noArgs } from './args-rules.js';
import type { CommandSpec } from './spec.js';
import { stub } from './stub.js';

/** imageVerbs lists every `docker image` verb in registration order. */
export function imageVerbs(): CommandSpec<never>[] {
  return [
    stub('build [OPTIONS] PATH | URL | -', 'Build an image from a Dockerfile', exactArgs(1),
      { annotations: { 'category-top': '4', aliases: 'docker image build, docker build, docker builder build' } }),
    stub('history [OPTIONS] IMAGE', 'Show the history of an image', exactArgs(1),
      { annotations: { aliases: 'docker image history, docker history' } }),
    stub('import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]', 'Import the contents from a tarball to create a filesystem image', minArgs(1),
      { annotations: { aliases: 'docker image import, docker import' } }),
    stub('load [OPTIONS]', 'Load an image from a tar archive or STDIN', noArgs,
      { annotations: { aliases: 'docker image load, docker load' } }),
    stub('ls [OPTIONS] [REPOSITORY[:TAG]]', 'List images', maxArgs(1),
      { aliases: ['list'], annotations: { 'category-top': '7', aliases: 'docker image ls, docker image list, docker images' } }),
    stub('pull [OPTIONS] NAME[:TAG|@DIGEST]', 'Download an image from a registry', exactArgs(1),
      { annotations: { 'category-top': '5', aliases: 'docker image pull, docker pull' } }),
    stub('push [OPTIONS] NAME[:TAG]', 'Upload an image to a registry', exactArgs(1),
      { annotations: { 'category-top': '6', aliases: 'docker image push, docker push' } }),
    stub('rm [OPTIONS] IMAGE [IMAGE...]', 'Remove one or more images', minArgs(1),
      { aliases: ['rmi', 'remove'], annotations: { aliases: 'docker image rm, docker image remove, docker rmi' } }),
    stub('save [OPTIONS] IMAGE [IMAGE...]', 'Save one or more images to a tar archive (streamed to STDOUT by default)', minArgs(1),
      { annotations: { aliases: 'docker image save, docker save' } }),
    stub('tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', exactArgs(2),
      { annotations: { aliases: 'docker image tag, docker tag' }, interspersed: false }),
    stub('inspect [OPTIONS] IMAGE [IMAGE...]', 'Display detailed information on one or more images', minArgs(1)),
    stub('prune [OPTIONS]', 'Remove unused images', noArgs),
  ];
}

/** imageVerb returns the stub of one image verb. */
export function imageVerb(name: string): CommandSpec<never> {
  const verb = imageVerbs().find((c) => c.name === name);
  if (!verb) throw new Error(`no image verb ${name}`);
  return verb;
}
