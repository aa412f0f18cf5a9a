// `docker exec` and `docker container exec` (docker/cli v28.2.2 cli/command/container/exec.go):
// the container is looked up first on this node only (so "No such container" wins), then, unless
// detached, `-i -t` without a terminal is refused, then the engine refuses a stopped container
// (moby daemon/exec.go getActiveContainer). The command's exit status is docker's.

import { findContainerOnHost, isContainerRunning, type ClusterState } from '../../cluster/index.js';
import { fail, listOpt, minArgs, ok, type FlagSpec, type GoResult } from '../cli/index.js';
import { CliError, type DockerCommand, type DockerRun } from '../command.js';
import { DaemonError } from '../daemon.js';
import type { ExecRequest } from '../host.js';
import type { ProcessIO } from '../process-io.js';

const v = (version: string) => ({ version: [version] });

/** validateEnv is docker/cli opts.ValidateEnv (the client's own environment is empty here). */
function validateEnv(value: string): GoResult<string> {
  return value.split('=')[0] === '' ? fail(`invalid environment variable: ${value}`) : ok(value);
}

const FLAGS: FlagSpec[] = [
  { kind: 'string', name: 'detach-keys', usage: 'Override the key sequence for detaching a container' },
  { kind: 'bool', name: 'interactive', shorthand: 'i', usage: 'Keep STDIN open even if not attached' },
  { kind: 'bool', name: 'tty', shorthand: 't', usage: 'Allocate a pseudo-TTY' },
  { kind: 'bool', name: 'detach', shorthand: 'd', usage: 'Detached mode: run command in the background' },
  { kind: 'string', name: 'user', shorthand: 'u', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
  { kind: 'bool', name: 'privileged', usage: 'Give extended privileges to the command' },
  listOpt({ name: 'env', shorthand: 'e', usage: 'Set environment variables', annotations: v('1.25') }, validateEnv),
  listOpt({ name: 'env-file', usage: 'Read in a file of environment variables', annotations: v('1.25') }),
  { kind: 'string', name: 'workdir', shorthand: 'w', usage: 'Working directory inside the container', annotations: v('1.35') },
];

/** detachedIo swallows a detached exec's output; its sleeps end at once so loops finish. */
function detachedIo(): ProcessIO {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    isTTY: false,
    size: () => ({ columns: 80, rows: 24 }),
    signal: new AbortController().signal,
    sleep: () => Promise.resolve(false),
  };
}

const run: DockerRun = async ({ req, host }) => {
  const { flags } = req;
  const [ref = '', ...argv] = req.args;
  // parseExec reads --env-file on the client first; nodes have no such files yet.
  const envFile = flags.custom<string[]>('env-file')[0];
  if (envFile !== undefined) throw new CliError(`open ${envFile}: no such file or directory`);
  const state = host.cluster.state() as ClusterState;
  const task = findContainerOnHost(state, host.hostname, ref.replace(/^\//, ''));
  if (!task) throw new DaemonError(`No such container: ${ref}`);
  const detach = flags.bool('detach');
  const interactive = flags.bool('interactive');
  const tty = flags.bool('tty');
  if (!detach && interactive && tty && !host.io.isTTY) throw new CliError('the input device is not a TTY');
  if (!isContainerRunning(task)) throw new DaemonError(`container ${task.containerId} is not running`);
  const request: ExecRequest = { task, argv, interactive, tty, env: [...flags.custom<string[]>('env')] };
  if (flags.string('user') !== '') request.user = flags.string('user');
  if (flags.string('workdir') !== '') request.workdir = flags.string('workdir');
  if (detach) {
    // ContainerExecStart with Detach returns as soon as the process is started.
    host.exec({ ...request, interactive: false }, detachedIo()).catch((error: unknown) => host.log?.(error));
    return 0;
  }
  return host.exec(request, host.io);
};

/** containerExec is `docker exec` (and `docker container exec`). */
export const containerExec: DockerCommand = {
  name: 'exec',
  use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  args: minArgs(2),
  interspersed: false,
  annotations: { 'category-top': '2', aliases: 'docker container exec, docker exec' },
  flags: FLAGS,
  run,
};
