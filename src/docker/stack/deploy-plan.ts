// The objects a compose file asks for, named for the stack (docker/cli v28.2.2
// cli/compose/convert/compose.go Networks, Secrets, Configs; stack/swarm/deploy_composefile.go
// getServicesDeclaredNetworks): the networks the services use (`default` when they name none),
// the external ones to check, and the secrets and configs with their data read from disk.

import type { DataRequest } from '../../cluster/index.js';
import { CliError } from '../command.js';
import type { DockerHost } from '../host.js';
import { notSimulated } from '../service/not-simulated.js';
import type { ComposeConfig, ComposeData } from './compose/index.js';
import { LABEL_NAMESPACE } from './convert-service.js';

/** PlannedNetwork is a network to create unless the stack already has it. */
export interface PlannedNetwork {
  name: string;
  attachable: boolean;
  internal: boolean;
  labels: Record<string, string>;
}

/** DeployPlan is everything `stack deploy` creates or checks before the services. */
export interface DeployPlan {
  networks: PlannedNetwork[];
  external: string[];
  /** networkName maps a network key of the file to the name the swarm knows. */
  networkName: Map<string, string>;
  secrets: DataRequest[];
  configs: DataRequest[];
  /** dataName maps `secret:<key>` / `config:<key>` to the object's swarm name. */
  dataName: Map<string, string>;
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

function readObjectFile(host: DockerHost, composePath: string, file: string): string {
  const path = file.startsWith('/') ? file : `${dirOf(composePath)}${file.replace(/^\.\//, '')}`;
  const read = host.files?.readFile(path) ?? { ok: false as const, error: 'no such file or directory' };
  if (!read.ok) throw new CliError(`open ${path}: ${read.error}`);
  return read.text;
}

function planData(stack: string, kind: 'secret' | 'config', section: Record<string, ComposeData>, plan: DeployPlan, read: (file: string) => string): DataRequest[] {
  const out: DataRequest[] = [];
  for (const [key, object] of Object.entries(section).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const name = object.name ?? `${stack}_${key}`;
    plan.dataName.set(`${kind}:${key}`, object.external ? (object.name ?? key) : name);
    if (object.external) continue;
    if (object.file === undefined) throw notSimulated(`a ${kind} without "file" (${kind}s.${key})`);
    out.push({ name, labels: { ...object.labels, [LABEL_NAMESPACE]: stack }, data: read(object.file) });
  }
  return out;
}

/** planDeploy names and reads everything the stack needs besides its services. */
export function planDeploy(host: DockerHost, stack: string, composePath: string, config: ComposeConfig): DeployPlan {
  const plan: DeployPlan = { networks: [], external: [], networkName: new Map(), secrets: [], configs: [], dataName: new Map() };
  const used = new Set<string>();
  for (const s of config.services) for (const key of Object.keys(s.networks ?? { default: [] })) used.add(key);
  for (const key of [...used].sort()) {
    const network = config.networks[key];
    if (network === undefined && key !== 'default') continue; // convertServiceNetworks reports it later
    const name = network?.name ?? `${stack}_${key}`;
    plan.networkName.set(key, network?.external ? (network.name ?? key) : name);
    if (network?.external) {
      plan.external.push(network.name ?? key);
      continue;
    }
    if (network?.driver !== undefined && network.driver !== 'overlay') throw notSimulated(`the network driver "${network.driver}" in a stack`);
    plan.networks.push({ name, attachable: network?.attachable ?? false, internal: network?.internal ?? false, labels: { ...(network?.labels ?? {}), [LABEL_NAMESPACE]: stack } });
  }
  const read = (file: string): string => readObjectFile(host, composePath, file);
  plan.secrets = planData(stack, 'secret', config.secrets, plan, read);
  plan.configs = planData(stack, 'config', config.configs, plan, read);
  return plan;
}
