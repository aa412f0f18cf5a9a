// What the engine checks in a service spec before swarmkit stores it, in its order: the API
// conversion (moby daemon/cluster/convert/service.go ServiceSpecToGRPC: restart condition, the
// update and rollback configs' failure action and order, then endpoint mode) and swarmkit's validation (manager/controlapi/service.go validateServiceSpec:
// name, then the image). The remaining checks (networks, name conflicts) live in the cluster.
import type { ServiceSpec } from '../../cluster/index.js';
import { goQuote } from '../cli/index.js';
import { DaemonError } from '../daemon.js';
import { parseNormalizedNamed } from '../image-ref.js';

const DNS_NAME = /^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$/;
const invalid = (desc: string): DaemonError => new DaemonError(`rpc error: code = InvalidArgument desc = ${desc}`);

/** checkServiceSpec returns the spec with API defaults filled in, or throws the engine's error. */
export function checkServiceSpec(spec: ServiceSpec): ServiceSpec {
  const condition = spec.restartCondition as string;
  if (!['', 'none', 'on-failure', 'any'].includes(condition)) throw new DaemonError(`invalid RestartCondition: ${goQuote(condition)}`);
  for (const config of [spec.updateConfig, spec.rollbackConfig]) {
    // updateConfigToGRPC: the failure action, then the order.
    const action = (config?.failureAction ?? '') as string;
    if (!['', 'pause', 'continue', 'rollback'].includes(action)) throw new DaemonError(`unrecognized update failure action ${action}`);
    const order = (config?.order ?? '') as string;
    if (!['', 'stop-first', 'start-first'].includes(order)) throw new DaemonError(`unrecognized update order ${order}`);
  }
  const mode = spec.endpointMode as string;
  if (!['', 'vip', 'dnsrr'].includes(mode)) throw new DaemonError(`invalid resolution mode: ${goQuote(mode)}`);
  const checked: ServiceSpec = { ...spec, restartCondition: condition === '' ? 'any' : spec.restartCondition, endpointMode: mode === '' ? 'vip' : spec.endpointMode };
  // An unnamed service gets its random name later; swarmkit checks names before images.
  const nameOk = spec.name === '' || (DNS_NAME.test(spec.name) && spec.name.length <= 63);
  if (nameOk && !parseNormalizedNamed(spec.image)) {
    if (spec.image === '') throw invalid('ContainerSpec: image reference must be provided');
    throw invalid(`ContainerSpec: ${goQuote(spec.image)} is not a valid repository/tag`);
  }
  return checked;
}
