// `docker service inspect [OPTIONS] SERVICE [SERVICE...]` (docker/cli v28.2.2
// cli/command/service/inspect.go and formatter.go InspectFormatWrite): JSON (with the daemon's
// defaults inserted), a --format template, or --pretty. A missing service is
// `Error: no such service: X`; JSON output still prints `[]`, --pretty prints nothing at all.
import { ClusterError, lookupBy, type ClusterState, type Service } from '../../cluster/index.js';
import { inspectFormatFlag, minArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import type { DockerHost } from '../host.js';
import { inspectObjects } from '../inspect.js';
import { SERVICE } from '../inspect-types.js';
import { serviceJson } from './inspect-json.js';
import { prettyService } from './inspect-pretty.js';

/** inspectService resolves one reference as getRef does, or throws what the CLI prints. */
export function inspectService(host: DockerHost, ref: string): Service {
  const state = host.cluster.state() as ClusterState;
  requireManager(state, host.hostname);
  const found = lookupBy(Object.values(state.services), ref, (s) => s.spec.name);
  if (found.kind === 'found') return found.value;
  if (found.kind === 'ambiguous') throw new ClusterError('ambiguous', `service ${ref} is ambiguous (${found.count} matches found)`);
  throw new CliError(`Error: no such service: ${ref}`);
}

function pretty(host: DockerHost, refs: readonly string[]): number {
  // formatter.Context.Write buffers: one failure and nothing is printed.
  const services = refs.map((ref) => inspectService(host, ref));
  const state = host.cluster.state();
  host.io.stdout(services.map((s) => `${prettyService(state, s, host.cluster.now())}\n`).join(''));
  return 0;
}

/** serviceInspect is `docker service inspect`. */
export const serviceInspect: DockerCommand = {
  name: 'inspect',
  use: 'inspect [OPTIONS] SERVICE [SERVICE...]',
  short: 'Display detailed information on one or more services',
  args: minArgs(1),
  flags: [inspectFormatFlag(), { kind: 'bool', name: 'pretty', usage: 'Print the information in a human friendly format' }],
  run: ({ req, host }) => {
    const format = req.flags.string('format');
    if (req.flags.bool('pretty') && format !== '') throw new CliError('--format is incompatible with human friendly format');
    const f = req.flags.bool('pretty') ? 'pretty' : format;
    if (f.startsWith('pretty') && f !== 'pretty') throw new CliError('Cannot supply extra formatting options to the pretty template');
    if (f === 'pretty') return pretty(host, req.args);
    const template = f.startsWith('raw') ? f.slice('raw'.length) : f;
    return inspectObjects(host, req.args, template, (ref) => serviceJson(host.cluster.state(), inspectService(host, ref)), { goType: SERVICE });
  },
};
