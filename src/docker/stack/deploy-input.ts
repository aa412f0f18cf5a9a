// `stack deploy`'s flags and inputs (docker/cli v28.2.2 cli/command/stack/deploy.go,
// common.go validateStackName, loader/loader.go loadConfigFile, swarm/deploy.go
// checkDaemonIsSwarmManager).

import type { FlagSpec } from '../cli/index.js';
import { CliError } from '../command.js';
import type { DockerHost } from '../host.js';

/** NOT_A_MANAGER is checkDaemonIsSwarmManager's error (the CLI's own text, not the daemon's). */
export const NOT_A_MANAGER = 'this node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again';

const v = (version: string): Record<string, string[]> => ({ version: [version] });

/** deployFlags is newDeployCommand's flag set. */
export function deployFlags(): FlagSpec[] {
  return [
    { kind: 'stringSlice', name: 'compose-file', shorthand: 'c', usage: 'Path to a Compose file, or "-" to read from stdin', annotations: v('1.25') },
    { kind: 'bool', name: 'with-registry-auth', usage: 'Send registry authentication details to Swarm agents' },
    { kind: 'bool', name: 'prune', usage: 'Prune services that are no longer referenced', annotations: v('1.27') },
    {
      kind: 'string', name: 'resolve-image', default: 'always', annotations: v('1.30'),
      usage: 'Query the registry to resolve image digest and supported platforms ("always", "changed", "never")',
    },
    { kind: 'bool', name: 'detach', shorthand: 'd', default: true, usage: 'Exit immediately instead of waiting for the stack services to converge' },
    { kind: 'bool', name: 'quiet', shorthand: 'q', usage: 'Suppress progress output' },
  ];
}

/** validateStackName refuses a name that is empty once quotes and spaces are trimmed. */
export function validateStackName(name: string): void {
  if (name.replace(/^["'\s]+|["'\s]+$/g, '') === '') throw new CliError(`invalid stack name: ${JSON.stringify(name)}`);
}

/** readComposeFile reads `-c` (a file on this node, or piped stdin for `-`). */
export function readComposeFile(host: DockerHost, path: string): string {
  if (path === '-') return host.io.input ?? '';
  const read = host.files?.readFile(path) ?? { ok: false as const, error: 'no such file or directory' };
  if (!read.ok) throw new CliError(`open ${path}: ${read.error}`);
  return read.text;
}
