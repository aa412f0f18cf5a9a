// `docker ARGS...` on a simulated node: parse with docker's own rules, run the verb, and print
// errors the way cmd/docker/docker.go does (stderr, one line, exit 1; flag errors 125).

import { ClusterError, hostSwarmState, nodeOfHost, type ClusterState } from '../cluster/index.js';
import { parseArgs } from './cli/index.js';
import { CliError } from './command.js';
import { DaemonError, ENGINE_DOWN, daemonText } from './daemon.js';
import type { DockerHost } from './host.js';
import { dockerTree } from './registry.js';

// These print what the CLI knows (the Client section) before they fail to reach a down engine.
const CLIENT_FIRST = new Set(['docker version', 'docker info', 'docker system info']);

/** runDocker runs one docker command line (argv without the leading `docker`). */
export async function runDocker(argv: readonly string[], host: DockerHost): Promise<number> {
  const { io } = host;
  const state = host.cluster.state() as ClusterState;
  const node = nodeOfHost(state, host.hostname);
  // The engine's ping says inactive, pending or active/<role>; the CLI hides what that rules out
  // (docker/cli cmd/docker/docker.go hideUnsupportedFeatures: active-only only when inactive).
  const parsed = parseArgs(dockerTree(host.configDir ?? '/root/.docker'), argv, {
    width: io.isTTY ? io.size().columns : 80,
    hideManagerOnly: node?.role !== 'manager',
    hideActiveOnly: hostSwarmState(state, host.hostname) === 'inactive',
  });
  if (parsed.kind !== 'run') {
    io.stdout(parsed.stdout);
    io.stderr(parsed.stderr);
    return parsed.exitCode;
  }
  io.stdout(parsed.notices.stdout);
  io.stderr(parsed.notices.stderr);
  if (node?.state === 'down' && !CLIENT_FIRST.has(parsed.path.map((c) => c.name).join(' '))) {
    // The node's engine is down: the CLI cannot reach it (client.go, ErrorConnectionFailed).
    io.stderr(`${ENGINE_DOWN}\n`);
    return 1;
  }
  const run = parsed.command.run;
  if (!run) {
    const name = parsed.path.map((c) => c.name).join(' ');
    io.stderr(`${name}: this command is not simulated by swarmlab (it simulates Docker Swarm); see 'docker --help'\n`);
    return 1;
  }
  try {
    return await run({ req: parsed, host });
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    if (!(error instanceof DaemonError) && !(error instanceof ClusterError)) {
      host.log?.(error);
    }
    io.stderr(`${daemonText(error)}\n`);
    return 1;
  }
}
