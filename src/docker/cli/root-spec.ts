// The `docker` root command of v28.2.2: global flags, version, and the full command tree as
// stubs, so `docker --help` and every usage error are right even for commands swarmlab does
// not implement. The command layer swaps stubs for real specs with withCommands().
// Fidelity: docker/cli cmd/docker/docker.go (newDockerCommand), cli/cobra.go
// (setupCommonRootCommand: hidden persistent -h/--help, additionalHelp), cli/flags/options.go
// (InstallFlags).
import { listOpt, quotedStringOpt } from './docker-opts.js';
import type { CommandSpec, FlagSpec } from './spec.js';
import { managementCommands } from './tree-management.js';
import { swarmCommands } from './tree-swarm.js';
import { topLevelCommands } from './tree-top.js';

/** DOCKER_CLIENT_VERSION is the docker CLI version swarmlab imitates. */
export const DOCKER_CLIENT_VERSION = '28.2.2';
/** DOCKER_GIT_COMMIT is that CLI build's git commit. */
export const DOCKER_GIT_COMMIT = 'e6534b4';

/** DockerRootOptions: the client config directory shown in help (depends on the user's home). */
export interface DockerRootOptions {
  /** configDir is `~/.docker` of the user running docker; default `/root/.docker`. */
  readonly configDir?: string;
}

/** helpFlag is the root's persistent, hidden `-h, --help` (its -h shorthand is deprecated). */
export const helpFlag: FlagSpec = {
  kind: 'bool', name: 'help', shorthand: 'h', usage: 'Print usage', hidden: true, shorthandDeprecated: 'use --help',
};

/** globalFlags are `docker`'s own options (the "Global Options" of `docker --help`). */
export function globalFlags(configDir: string): FlagSpec[] {
  return [
    { kind: 'string', name: 'config', usage: 'Location of client config files', default: configDir },
    { kind: 'bool', name: 'debug', shorthand: 'D', usage: 'Enable debug mode' },
    {
      kind: 'string', name: 'log-level', shorthand: 'l', default: 'info',
      usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")',
    },
    { kind: 'bool', name: 'tls', usage: 'Use TLS; implied by --tlsverify' },
    { kind: 'bool', name: 'tlsverify', usage: 'Use TLS and verify the remote' },
    quotedStringOpt({ name: 'tlscacert', usage: 'Trust certs signed only by this CA' }, `${configDir}/ca.pem`),
    quotedStringOpt({ name: 'tlscert', usage: 'Path to TLS certificate file' }, `${configDir}/cert.pem`),
    quotedStringOpt({ name: 'tlskey', usage: 'Path to TLS key file' }, `${configDir}/key.pem`),
    listOpt({ name: 'host', shorthand: 'H', usage: 'Daemon socket to connect to' }),
    {
      kind: 'string', name: 'context', shorthand: 'c',
      usage: 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
    },
    { kind: 'bool', name: 'version', shorthand: 'v', usage: 'Print version information and quit' },
  ];
}

/** dockerRoot builds the whole `docker` command tree with every command as a stub. */
export function dockerRoot<R>(options: DockerRootOptions = {}): CommandSpec<R> {
  return {
    name: 'docker',
    use: 'docker [OPTIONS] COMMAND [ARG...]',
    short: 'A self-sufficient runtime for containers',
    version: `${DOCKER_CLIENT_VERSION}, build ${DOCKER_GIT_COMMIT}`,
    flags: globalFlags(options.configDir ?? '/root/.docker'),
    persistentFlags: [helpFlag],
    annotations: { additionalHelp: 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/' },
    subcommands: [...topLevelCommands(), ...managementCommands(), ...swarmCommands()],
  };
}

/** CommandRegistration puts `spec` under the command at `parent` (names from the root, [] = root). */
export interface CommandRegistration<R> {
  readonly parent: readonly string[];
  readonly spec: CommandSpec<R>;
}

function place<R>(cmd: CommandSpec<R>, parent: readonly string[], spec: CommandSpec<R>): CommandSpec<R> {
  const subs = cmd.subcommands ?? [];
  if (parent.length === 0) {
    const index = subs.findIndex((c) => c.name === spec.name);
    const next = index >= 0 ? subs.map((c, i) => (i === index ? spec : c)) : [...subs, spec];
    return { ...cmd, subcommands: next };
  }
  const [head, ...rest] = parent;
  const index = subs.findIndex((c) => c.name === head);
  if (index < 0) throw new Error(`withCommands: no command ${head ?? ''} under ${cmd.name}`);
  return { ...cmd, subcommands: subs.map((c, i) => (i === index ? place(c, rest, spec) : c)) };
}

/**
 * withCommands returns a copy of root where each registered spec replaces the command of the same
 * name under its parent (or is added). Register a shortcut twice to serve both spellings, e.g.
 * `exec` under [] and under ['container'].
 */
export function withCommands<R>(root: CommandSpec<R>, registrations: readonly CommandRegistration<R>[]): CommandSpec<R> {
  return registrations.reduce((tree, r) => place(tree, r.parent, r.spec), root);
}

/** findCommand returns the command at a path of names from the root, if any. */
export function findCommand<R>(root: CommandSpec<R>, names: readonly string[]): CommandSpec<R> | undefined {
  let cmd: CommandSpec<R> | undefined = root;
  for (const name of names) cmd = cmd?.subcommands?.find((c) => c.name === name);
  return cmd;
}
