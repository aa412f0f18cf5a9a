// `docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]` (docker/cli v28.2.2
// cli/command/service/scale.go): each argument is applied in turn (`X scaled to N`), then the
// progress display runs for each scaled service unless --detach; every failure is prefixed
// with the service as typed and all of them are printed at the end (errors.Join), exit 1.
import { findService } from '../../cluster/index.js';
import { scaleArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import type { DockerHost } from '../host.js';
import { daemonText, requireManager } from '../daemon.js';
import { detachFlag } from './service-flags.js';
import { waitOnService } from './wait-on-service.js';

const MAX_UINT64 = 2n ** 64n - 1n;

/** parseReplicas is strconv.ParseUint(s, 10, 64) with Go's error text. */
export function parseReplicas(text: string): number | string {
  if (!/^[0-9]+$/.test(text)) return `strconv.ParseUint: parsing "${text}": invalid syntax`;
  if (BigInt(text) > MAX_UINT64) return `strconv.ParseUint: parsing "${text}": value out of range`;
  return Number(text);
}

function errorText(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof Error && ['DaemonError', 'ClusterError'].includes(error.name)) return daemonText(error);
  throw error;
}

/** scaleOne is runServiceScale: inspect, check the mode, update the replica count; returns the service ID. */
function scaleOne(host: DockerHost, ref: string, replicas: number): string {
  const state = host.cluster.state();
  requireManager(state, host.hostname);
  const service = findService(state, ref);
  if (service.spec.mode.kind !== 'replicated') throw new CliError('scale can only be used with replicated or replicated-job mode');
  host.cluster.execute({ type: 'UpdateService', serviceId: service.id, spec: { ...service.spec, mode: { kind: 'replicated', replicas } } });
  return service.id;
}

/** serviceScale is `docker service scale`. */
export const serviceScale: DockerCommand = {
  name: 'scale',
  use: 'scale SERVICE=REPLICAS [SERVICE=REPLICAS...]',
  short: 'Scale one or multiple replicated services',
  args: scaleArgs,
  flags: [detachFlag],
  run: async ({ req, host }) => {
    const errors: string[] = [];
    const scaled: { ref: string; id: string }[] = [];
    for (const arg of req.args) {
      const eq = arg.indexOf('=');
      const ref = arg.slice(0, eq);
      const value = arg.slice(eq + 1);
      const replicas = parseReplicas(value);
      if (typeof replicas === 'string') {
        errors.push(`${ref}: invalid replicas value ${value}: ${replicas}`);
        continue;
      }
      try {
        scaled.push({ ref, id: scaleOne(host, ref, replicas) });
        host.io.stdout(`${ref} scaled to ${replicas}\n`);
      } catch (error) {
        errors.push(`${ref}: ${errorText(error)}`);
      }
    }
    if (!req.flags.bool('detach')) {
      for (const { ref, id } of scaled) {
        try {
          await waitOnService(host, id, ref, false);
        } catch (error) {
          errors.push(`${ref}: ${errorText(error)}`);
        }
        if (host.io.signal.aborted) break;
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};
