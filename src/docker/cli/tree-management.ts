// docker v28.2.2's management commands (container, image, network, system...) and their
// subcommands. Generated from docker/cli v28.2.2 cli/command/*/cmd.go and the commands they add.
import { cobraExactArgs, exactArgs, maxArgs, minArgs, noArgs, rangeArgs } from './args-rules.js';
import type { CommandSpec } from './spec.js';
import { group, stub } from './stub.js';
import { containerVerbs } from './tree-container.js';
import { imageVerb, imageVerbs } from './tree-image.js';

/** managementCommands lists the non-swarm command groups under `docker`. */
export function managementCommands(): CommandSpec<never>[] {
  return [
    group('builder', 'Manage builds', [
      stub('prune', 'Remove build cache', noArgs),
      imageVerb('build'),
    ]),
    group('checkpoint', 'Manage checkpoints', [
      stub('create [OPTIONS] CONTAINER CHECKPOINT', 'Create a checkpoint from a running container', exactArgs(2)),
      stub('ls [OPTIONS] CONTAINER', 'List checkpoints for a container', exactArgs(1), { aliases: ['list'] }),
      stub('rm [OPTIONS] CONTAINER CHECKPOINT', 'Remove a checkpoint', exactArgs(2), { aliases: ['remove'] }),
    ], { annotations: { experimental: '', ostype: 'linux', version: '1.25' } }),
    group('container', 'Manage containers', containerVerbs()),
    group('context', 'Manage contexts', [
      stub('create [OPTIONS] CONTEXT', 'Create a context', exactArgs(1)),
      stub('ls [OPTIONS]', 'List contexts', noArgs, { aliases: ['list'] }),
      stub('use CONTEXT', 'Set the current docker context', cobraExactArgs(1)),
      stub('export [OPTIONS] CONTEXT [FILE|-]', 'Export a context to a tar archive FILE or a tar stream on STDOUT.', rangeArgs(1, 2)),
      stub('import CONTEXT FILE|-', 'Import a context from a tar or zip file', exactArgs(2)),
      stub('rm CONTEXT [CONTEXT...]', 'Remove one or more contexts', minArgs(1), { aliases: ['remove'] }),
      stub('update [OPTIONS] CONTEXT', 'Update a context', exactArgs(1)),
      stub('inspect [OPTIONS] [CONTEXT] [CONTEXT...]', 'Display detailed information on one or more contexts', undefined),
      stub('show', 'Print the name of the current context', noArgs),
    ]),
    group('image', 'Manage images', [
      ...imageVerbs(),
    ]),
    group('manifest COMMAND', 'Manage Docker image manifests and manifest lists', [
      stub('create MANIFEST_LIST MANIFEST [MANIFEST...]', 'Create a local manifest list for annotating and pushing to a registry', minArgs(2)),
      stub('inspect [OPTIONS] [MANIFEST_LIST] MANIFEST', 'Display an image manifest, or manifest list', rangeArgs(1, 2)),
      stub('annotate [OPTIONS] MANIFEST_LIST MANIFEST', 'Add additional information to a local image manifest', exactArgs(2)),
      stub('push [OPTIONS] MANIFEST_LIST', 'Push a manifest list to a repository', exactArgs(1)),
      stub('rm MANIFEST_LIST [MANIFEST_LIST...]', 'Delete one or more manifest lists from local storage', minArgs(1)),
    ]),
    group('network', 'Manage networks', [
      stub('connect [OPTIONS] NETWORK CONTAINER', 'Connect a container to a network', exactArgs(2)),
      stub('create [OPTIONS] NETWORK', 'Create a network', exactArgs(1)),
      stub('disconnect [OPTIONS] NETWORK CONTAINER', 'Disconnect a container from a network', exactArgs(2)),
      stub('inspect [OPTIONS] NETWORK [NETWORK...]', 'Display detailed information on one or more networks', minArgs(1)),
      stub('ls [OPTIONS]', 'List networks', noArgs, { aliases: ['list'] }),
      stub('rm NETWORK [NETWORK...]', 'Remove one or more networks', minArgs(1), { aliases: ['remove'] }),
      stub('prune [OPTIONS]', 'Remove all unused networks', noArgs),
    ]),
    group('plugin', 'Manage plugins', [
      stub('disable [OPTIONS] PLUGIN', 'Disable a plugin', exactArgs(1)),
      stub('enable [OPTIONS] PLUGIN', 'Enable a plugin', exactArgs(1)),
      stub('inspect [OPTIONS] PLUGIN [PLUGIN...]', 'Display detailed information on one or more plugins', minArgs(1)),
      stub('install [OPTIONS] PLUGIN [KEY=VALUE...]', 'Install a plugin', minArgs(1)),
      stub('ls [OPTIONS]', 'List plugins', noArgs, { aliases: ['list'] }),
      stub('rm [OPTIONS] PLUGIN [PLUGIN...]', 'Remove one or more plugins', minArgs(1),
        { aliases: ['remove'] }),
      stub('set PLUGIN KEY=VALUE [KEY=VALUE...]', 'Change settings for a plugin', minArgs(2)),
      stub('push [OPTIONS] PLUGIN[:TAG]', 'Push a plugin to a registry', exactArgs(1)),
      stub('create [OPTIONS] PLUGIN PLUGIN-DATA-DIR', 'Create a plugin from a rootfs and configuration. Plugin data directory must contain config.json and rootfs directory.', minArgs(2)),
      stub('upgrade [OPTIONS] PLUGIN [REMOTE]', 'Upgrade an existing plugin', rangeArgs(1, 2)),
    ]),
    group('system', 'Manage Docker', [
      stub('events [OPTIONS]', 'Get real time events from the server', noArgs,
        { annotations: { aliases: 'docker system events, docker events' } }),
      stub('info [OPTIONS]', 'Display system-wide information', noArgs,
        { annotations: { 'category-top': '12', aliases: 'docker system info, docker info' } }),
      stub('df [OPTIONS]', 'Show docker disk usage', noArgs),
      stub('prune [OPTIONS]', 'Remove unused data', noArgs),
      stub('dial-stdio', 'Proxy the stdio stream to the daemon connection. Should not be invoked manually.', noArgs,
        { hidden: true }),
    ]),
    group('trust', 'Manage trust on Docker images', [
      stub('revoke [OPTIONS] IMAGE[:TAG]', 'Remove trust for an image', exactArgs(1)),
      stub('sign IMAGE:TAG', 'Sign an image', exactArgs(1)),
      group('key', 'Manage keys for signing Docker images', [
        stub('generate NAME', 'Generate and load a signing key-pair', exactArgs(1)),
        stub('load [OPTIONS] KEYFILE', 'Load a private key file for signing', exactArgs(1)),
      ]),
      group('signer', 'Manage entities who can sign Docker images', [
        stub('add OPTIONS NAME REPOSITORY [REPOSITORY...] ', 'Add a signer', minArgs(2)),
        stub('remove [OPTIONS] NAME REPOSITORY [REPOSITORY...]', 'Remove a signer', minArgs(2)),
      ]),
      stub('inspect IMAGE[:TAG] [IMAGE[:TAG]...]', 'Return low-level information about keys and signatures', minArgs(1)),
    ]),
    group('volume COMMAND', 'Manage volumes', [
      stub('create [OPTIONS] [VOLUME]', 'Create a volume', maxArgs(1)),
      stub('inspect [OPTIONS] VOLUME [VOLUME...]', 'Display detailed information on one or more volumes', minArgs(1)),
      stub('ls [OPTIONS]', 'List volumes', noArgs, { aliases: ['list'] }),
      stub('rm [OPTIONS] VOLUME [VOLUME...]', 'Remove one or more volumes', minArgs(1),
        { aliases: ['remove'] }),
      stub('prune [OPTIONS]', 'Remove unused local volumes', noArgs),
      stub('update [OPTIONS] [VOLUME]', 'Update a volume (cluster volumes only)', exactArgs(1),
        { annotations: { version: '1.42', swarm: 'manager' } }),
    ]),
  ];
}
