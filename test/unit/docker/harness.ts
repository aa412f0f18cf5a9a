// Runs docker command lines in-process against a seeded classroom cluster on a manual clock, the
// way docker/cli's internal/test FakeCli captures output. `sleep` advances the simulated clock
// instead of waiting, so progress displays are deterministic and instant.

import {
  decide,
  evolve,
  reconcile,
  type ClusterCommand,
  type ClusterEvent,
  type ClusterState,
} from '../../../src/cluster/index.js';
import type { ClusterPort, DockerHost, ExecRequest, NodeFiles } from '../../../src/docker/host.js';
import { runDocker } from '../../../src/docker/run-docker.js';
import type { ProcessIO } from '../../../src/shell/process-io.js';
import { Sim, spec } from '../cluster/sim.js';

export { spec };

/** FakeCluster is a Sim that also serves as the docker layer's ClusterPort. */
export class FakeCluster implements ClusterPort {
  constructor(readonly sim: Sim) {}

  static classroom(seed = 1): FakeCluster {
    return new FakeCluster(Sim.classroom(seed));
  }

  state(): Readonly<ClusterState> {
    return this.sim.state;
  }

  now(): number {
    return this.sim.now;
  }

  execute(command: ClusterCommand): ClusterEvent[] {
    const ctx = { now: this.sim.now, entropy: this.sim.entropy };
    const events = decide(this.sim.state, command, ctx);
    for (const e of events) evolve(this.sim.state, e);
    reconcile(this.sim.state, ctx);
    return events;
  }

  /** advance moves simulated time forward, running the cluster's reconcilers on the way. */
  advance(ms: number): void {
    this.sim.advance(ms);
  }
}

/** DockerResult is what one command printed and returned. */
export interface DockerResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** RunOptions shape the fake terminal. */
export interface RunOptions {
  tty?: boolean;
  columns?: number;
  /** interruptAfterMs presses Ctrl-C after that much simulated time. */
  interruptAfterMs?: number;
  exec?: (request: ExecRequest, io: ProcessIO) => Promise<number>;
  /** files are the user's files on the node (path → content) for `-c <file>` and `secret create`. */
  files?: Record<string, string>;
  /** input is what a pipe feeds the command's standard input. */
  input?: string;
}

/** NEVER_CONVERGES_MS is how much simulated time a command may wait before the harness gives up. */
const NEVER_CONVERGES_MS = 60 * 60_000;

/** docker runs `docker <line>` on hostname (the line is split on spaces; use an array for quoting). */
export async function docker(cluster: FakeCluster, hostname: string, line: string | string[], options: RunOptions = {}): Promise<DockerResult> {
  const argv = Array.isArray(line) ? line : line.split(' ').filter((w) => w !== '');
  let stdout = '';
  let stderr = '';
  const interrupt = new AbortController();
  const started = cluster.now();
  const io: ProcessIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: options.tty ?? false,
    size: () => ({ columns: options.columns ?? 80, rows: 24 }),
    signal: interrupt.signal,
    sleep: async (ms) => {
      if (interrupt.signal.aborted) return false;
      // A command that waits on a service that never converges (a shell image restarting forever,
      // a task no node can take) would wait as long as real docker does: fail the test instead.
      if (options.interruptAfterMs === undefined && cluster.now() - started > NEVER_CONVERGES_MS) {
        throw new Error(`docker ${argv.join(' ')} still waiting after ${NEVER_CONVERGES_MS / 60_000} simulated minutes: pass interruptAfterMs or -d`);
      }
      cluster.advance(ms);
      if (options.interruptAfterMs !== undefined && cluster.now() - started >= options.interruptAfterMs) {
        if (options.tty) stdout += '^C';
        interrupt.abort();
        return false;
      }
      return true;
    },
  };
  const host: DockerHost = {
    cluster,
    hostname,
    io: options.input === undefined ? io : { ...io, input: options.input },
    exec: options.exec ?? (async () => 0),
    ...(options.files && { files: memoryFiles(options.files) }),
  };
  const exitCode = await runDocker(argv, host);
  return { stdout, stderr, exitCode };
}

/** memoryFiles serves a fixed map of paths as the node's files. */
export function memoryFiles(files: Record<string, string>): NodeFiles {
  return {
    readFile: (path) => {
      const text = files[path.replace(/^\.\//, '')];
      return text === undefined ? { ok: false, error: 'no such file or directory' } : { ok: true, text };
    },
  };
}

/** golden returns the path of a golden file under test/golden/docker/. */
export function golden(name: string): string {
  return new URL(`../../golden/docker/${name}.golden`, import.meta.url).pathname;
}
