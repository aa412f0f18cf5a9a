// `docker stack deploy -c FILE STACK` (docker/cli v28.2.2 cli/command/stack/deploy.go,
// loader/loader.go, swarm/deploy.go, swarm/deploy_composefile.go): load and check the file, then
// create the stack's missing networks, create or relabel its secrets and configs, and create or
// update its services, printing docker's "Creating …"/"Updating …" lines. Docker walks Go maps
// (random order); swarmlab goes by name so output is stable.

import { ClusterError, findSwarmNetwork, type ClusterState, type Service } from '../../cluster/index.js';
import { exactArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { daemonText, DaemonError } from '../daemon.js';
import type { DockerHost } from '../host.js';
import { notSimulated } from '../service/not-simulated.js';
import { checkServiceSpec } from '../service/daemon-checks.js';
import { waitOnService } from '../service/wait-on-service.js';
import { findDataObject } from '../data-object/resolve.js';
import { loadComposeFile, type ComposeConfig } from './compose/index.js';
import { convertService } from './convert-service.js';
import { planDeploy, type DeployPlan } from './deploy-plan.js';
import { deployFlags, NOT_A_MANAGER, readComposeFile, validateStackName } from './deploy-input.js';
import { stackNetworks, stackServices } from './stack-objects.js';

function wrap(what: string, error: unknown): CliError {
  if (error instanceof ClusterError || error instanceof DaemonError) return new CliError(`${what}: ${daemonText(error)}`);
  throw error;
}

function checkExternal(state: Readonly<ClusterState>, names: readonly string[]): void {
  for (const name of names) {
    try {
      findSwarmNetwork(state as ClusterState, name);
    } catch {
      throw new CliError(`network ${JSON.stringify(name)} is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed`);
    }
  }
}

function createObjects(host: DockerHost, stack: string, plan: DeployPlan): void {
  const existing = new Set(stackNetworks(host.cluster.state(), stack).map((n) => n.name));
  for (const n of plan.networks) {
    if (existing.has(n.name)) continue;
    host.io.stdout(`Creating network ${n.name}\n`);
    try {
      host.cluster.execute({ type: 'CreateNetwork', request: n });
    } catch (error) {
      throw wrap(`failed to create network ${n.name}`, error);
    }
  }
  for (const kind of ['secret', 'config'] as const) {
    for (const request of kind === 'secret' ? plan.secrets : plan.configs) {
      const found = findExisting(host.cluster.state(), kind, request.name);
      try {
        if (found) host.cluster.execute({ type: kind === 'secret' ? 'UpdateSecret' : 'UpdateConfig', id: found, request });
        else {
          host.io.stdout(`Creating ${kind} ${request.name}\n`);
          host.cluster.execute({ type: kind === 'secret' ? 'CreateSecret' : 'CreateConfig', request });
        }
      } catch (error) {
        throw wrap(`failed to ${found ? 'update' : 'create'} ${kind} ${request.name}`, error);
      }
    }
  }
}

function findExisting(state: Readonly<ClusterState>, kind: 'secret' | 'config', name: string): string | undefined {
  try {
    return findDataObject(state, kind, name).id;
  } catch {
    return undefined;
  }
}

function deployServices(host: DockerHost, stack: string, config: ComposeConfig, plan: DeployPlan): string[] {
  const state = host.cluster.state();
  const resolvers = {
    network: (key: string) => {
      const name = plan.networkName.get(key);
      if (name === undefined) throw new CliError(`undefined network ${JSON.stringify(key)}`);
      return { id: findSwarmNetwork(state as ClusterState, name).id, name };
    },
    data: (kind: 'secret' | 'config', key: string) => {
      const name = plan.dataName.get(`${kind}:${key}`);
      if (name === undefined) throw new CliError(`undefined ${kind} ${JSON.stringify(key)}`);
      const object = findDataObject(host.cluster.state(), kind, name);
      return { id: object.id, name: object.name };
    },
  };
  const specs = config.services.map((s) => checkServiceSpec(convertService(stack, s, resolvers)));
  const existing = new Map<string, Service>(stackServices(state, stack).map((s) => [s.spec.name, s]));
  const ids: string[] = [];
  for (const spec of specs) {
    const current = existing.get(spec.name);
    try {
      if (current) {
        host.io.stdout(`Updating service ${spec.name} (id: ${current.id})\n`);
        const forceUpdate = current.spec.forceUpdate;
        host.cluster.execute({ type: 'UpdateService', serviceId: current.id, spec: { ...spec, ...(forceUpdate !== undefined && { forceUpdate }) } });
        ids.push(current.id);
      } else {
        host.io.stdout(`Creating service ${spec.name}\n`);
        const events = host.cluster.execute({ type: 'CreateService', spec });
        const created = events.find((e) => e.type === 'ServiceCreated');
        if (created?.type === 'ServiceCreated') ids.push(created.data.service.id);
      }
    } catch (error) {
      throw wrap(`failed to ${current ? 'update' : 'create'} service ${spec.name}`, error);
    }
  }
  return ids;
}

/**
 * pruneServices removes the stack's services the file no longer names, before anything is
 * created (swarm/deploy.go pruneServices, called first in deployCompose).
 */
function pruneServices(host: DockerHost, stack: string, config: ComposeConfig): void {
  const wanted = new Set(config.services.map((s) => `${stack}_${s.name}`));
  const services = stackServices(host.cluster.state(), stack).sort((a, b) => (a.spec.name < b.spec.name ? -1 : 1));
  for (const service of services) {
    if (wanted.has(service.spec.name)) continue;
    host.io.stdout(`Removing service ${service.spec.name}\n`);
    try {
      host.cluster.execute({ type: 'RemoveService', serviceId: service.id });
    } catch (error) {
      if (!(error instanceof ClusterError || error instanceof DaemonError)) throw error;
      // removeServices reports each failure, without a newline, and goes on (stack/swarm/remove.go).
      host.io.stderr(`Failed to remove service ${service.id}: ${daemonText(error)}`);
    }
  }
}

/** stackDeploy is `docker stack deploy`. */
export const stackDeploy: DockerCommand = {
  name: 'deploy',
  use: 'deploy [OPTIONS] STACK',
  short: 'Deploy a new stack or update an existing stack',
  aliases: ['up'],
  args: exactArgs(1),
  flags: deployFlags(),
  run: async ({ req, host }) => {
    const stack = req.args[0] ?? '';
    validateStackName(stack);
    const files = req.flags.strings('compose-file');
    if (files.length === 0) throw new CliError('Specify a Compose file (with --compose-file)');
    if (files.length > 1) throw notSimulated('more than one --compose-file');
    const path = files[0] ?? '';
    const loaded = loadComposeFile(readComposeFile(host, path));
    if (!loaded.ok) throw new CliError(loaded.error);
    if (loaded.ignored.length > 0) host.io.stderr(`Ignoring unsupported options: ${loaded.ignored.join(', ')}\n\n`);
    for (const s of loaded.config.services) {
      if (s.image === '') throw new CliError(`invalid image reference for service ${s.name}: no image specified`);
    }
    const resolve = req.flags.string('resolve-image');
    if (!['always', 'changed', 'never'].includes(resolve)) throw new CliError(`Invalid option ${resolve} for flag --resolve-image`);
    const detach = req.flags.bool('detach');
    if (detach && !req.flags.changed('detach')) {
      host.io.stderr('Since --detach=false was not specified, tasks will be created in the background.\nIn a future release, --detach=false will become the default.\n');
    }
    const state = host.cluster.state();
    const node = Object.values(state.nodes).find((n) => n.hostname === host.hostname && n.left !== true);
    if (node?.role !== 'manager') throw new CliError(NOT_A_MANAGER);
    if (req.flags.bool('prune')) pruneServices(host, stack, loaded.config);
    const plan = planDeploy(host, stack, path, loaded.config);
    checkExternal(state, plan.external);
    createObjects(host, stack, plan);
    const ids = deployServices(host, stack, loaded.config, plan);
    if (!detach) for (const id of ids) await waitOnService(host, id, id, req.flags.bool('quiet'));
    return 0;
  },
};
