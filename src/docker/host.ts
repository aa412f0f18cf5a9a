// What a docker command runs against: the node it runs on, the team's live cluster, and the
// process it runs in. The shell implements it; the docker layer never touches sockets or SQL.

import type { ClusterCommand, ClusterEvent, ClusterState, Task } from '../cluster/index.js';
import type { ProcessIO } from './process-io.js';

/** ClusterPort is a team's live cluster as the Docker CLI layer may use it. */
export interface ClusterPort {
  /** state is the current cluster; treat it as read-only. */
  state(): Readonly<ClusterState>;
  /** now is the team clock. */
  now(): number;
  /**
   * execute commits a cluster command and returns its events. It throws ClusterError for refusals
   * and other errors (e.g. a full disk) when the change could not be saved.
   */
  execute(command: ClusterCommand): ClusterEvent[];
}

/** ExecRequest is `docker exec`'s resolved request. */
export interface ExecRequest {
  task: Task;
  argv: string[];
  interactive: boolean;
  tty: boolean;
  /** env holds `-e NAME=value` additions to the container's environment, in order. */
  env?: string[];
  /** user and workdir are `-u` and `-w` when given. */
  user?: string;
  workdir?: string;
}

/** DockerHost is everything a docker command may use. */
export interface DockerHost {
  cluster: ClusterPort;
  /** hostname is the node the CLI runs on (its engine answers). */
  hostname: string;
  io: ProcessIO;
  /** configDir is the user's ~/.docker, shown in `docker --help`. */
  configDir?: string;
  /** log reports unexpected errors (bugs, storage failures) to the server log. */
  log?(error: unknown): void;
  /** exec runs a command inside a task's container and resolves with its exit status. */
  exec(request: ExecRequest, io: ProcessIO): Promise<number>;
  /**
   * files is the user's home on this node (`docker stack deploy -c <file>`, `docker secret create
   * <name> <file>`); absent where the shell has no files yet.
   */
  files?: NodeFiles;
}

/** FileRead is the outcome of reading a file the user named: its text, or the shell's error text. */
export type FileRead = { ok: true; text: string } | { ok: false; error: string };

/** NodeFiles is the part of the node filesystem docker commands read. */
export interface NodeFiles {
  /**
   * readFile reads a path relative to the shell's working directory. The error is what the CLI's
   * os.Open would report after `open <path>: `, e.g. `no such file or directory`.
   */
  readFile(path: string): FileRead;
}
