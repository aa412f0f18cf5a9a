// The cluster a lesson begins with, as its front matter asks: the swarm initialised or not, how
// many managers and workers, and services already running. Validated when lessons load (a broken
// start state keeps the server from starting), turned into the same cluster commands a user's
// `docker network create` / `docker service create` send.

import type { ClusterCommand, ClusterState, PortConfig, ServiceSpec } from '../cluster/index.js';

/** StartNodes is how many managers and workers a lesson's cluster has. */
export interface StartNodes {
  managers: number;
  workers: number;
}

/** StartService is a service that already runs when the lesson starts. */
export interface StartService {
  name: string;
  /** image is tagged like the CLI does (`nginx` becomes `nginx:latest`). */
  image: string;
  replicas: number;
  /** networks are overlay networks, created first when missing. */
  networks: string[];
  /** publish are `published:target` pairs (tcp, ingress), like `-p 8080:80`. */
  publish: { published: number; target: number }[];
  /** args are the command after the image (`sleep 1d`). */
  args: string[];
}

/** StartState is everything a lesson asks of its starting cluster besides `start`. */
export interface StartState {
  nodes?: StartNodes;
  services: StartService[];
}

// The bounds keep a lesson from asking for a cluster a classroom server cannot hold.
const MAX_NODES = 9;
const NAME = /^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= MAX_NODES;

/** parseStartState reads `nodes` and `services` from front matter, pushing a message per problem. */
export function parseStartState(front: Record<string, unknown>, problems: string[]): StartState {
  const state: StartState = { services: [] };
  if (front.nodes !== undefined) {
    const n = front.nodes;
    if (!isObject(n) || !isCount(n.managers, 1) || !isCount(n.workers, 0) || Object.keys(n).some((k) => k !== 'managers' && k !== 'workers')) {
      problems.push(`front matter: "nodes" must be { managers: 1-${MAX_NODES}, workers: 0-${MAX_NODES} }`);
    } else state.nodes = { managers: n.managers, workers: n.workers };
  }
  if (front.services === undefined) return state;
  if (!Array.isArray(front.services)) {
    problems.push('front matter: "services" must be a list of { name, image, replicas, networks, publish, args }');
    return state;
  }
  front.services.forEach((raw: unknown, i: number) => {
    const service = startService(raw, `front matter: services[${i}]`, problems);
    if (service) state.services.push(service);
  });
  const names = state.services.map((s) => s.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) problems.push(`front matter: services: "${twice}" is listed twice`);
  return state;
}

const FIELDS = ['name', 'image', 'replicas', 'networks', 'publish', 'args'];

function startService(raw: unknown, path: string, problems: string[]): StartService | undefined {
  if (!isObject(raw)) return void problems.push(`${path}: expected a mapping like { name: web, image: nginx, replicas: 3 }`);
  const before = problems.length;
  for (const key of Object.keys(raw)) if (!FIELDS.includes(key)) problems.push(`${path}: unknown field "${key}" (expected ${FIELDS.join(', ')})`);
  const { name, image, replicas = 1, networks = [], publish = [], args = [] } = raw;
  if (typeof name !== 'string' || !NAME.test(name)) problems.push(`${path}.name: expected a service name (letters, digits, - and _)`);
  if (typeof image !== 'string' || !/^[a-z0-9][a-z0-9._\-/:]*$/.test(image)) problems.push(`${path}.image: expected an image reference like nginx or nginx:1.25`);
  if (!isCount(replicas, 0)) problems.push(`${path}.replicas: expected a whole number from 0 to ${MAX_NODES}`);
  if (!Array.isArray(networks) || networks.some((n) => typeof n !== 'string' || !NAME.test(n))) problems.push(`${path}.networks: expected a list of overlay network names`);
  if (!Array.isArray(args) || args.some((a) => typeof a !== 'string')) problems.push(`${path}.args: expected a list of strings`);
  const ports = Array.isArray(publish) ? publish.map(parsePort) : [undefined];
  if (ports.some((p) => p === undefined)) problems.push(`${path}.publish: expected a list of "published:target" ports like "8080:80"`);
  if (problems.length > before) return undefined;
  return {
    name: name as string,
    image: withTag(image as string),
    replicas: replicas as number,
    networks: networks as string[],
    publish: ports as StartService['publish'],
    args: args as string[],
  };
}

function parsePort(value: unknown): { published: number; target: number } | undefined {
  const m = typeof value === 'string' ? /^(\d{1,5}):(\d{1,5})$/.exec(value) : null;
  const [published, target] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  return published >= 1 && published <= 65535 && target >= 1 && target <= 65535 ? { published, target } : undefined;
}

/** withTag adds `:latest` to an untagged image, as the CLI does before sending a spec. */
function withTag(image: string): string {
  const last = image.slice(image.lastIndexOf('/') + 1);
  return last.includes(':') || last.includes('@') ? image : `${image}:latest`;
}

/** serviceSpecOf is the spec `docker service create` would send for a start service, network IDs resolved. */
export function serviceSpecOf(service: StartService, networkIds: readonly string[]): ServiceSpec {
  const ports: PortConfig[] = service.publish.map((p) => ({ protocol: 'tcp', targetPort: p.target, publishedPort: p.published, publishMode: 'ingress' }));
  return {
    name: service.name,
    labels: {},
    image: service.image,
    args: [...service.args],
    env: [],
    mode: { kind: 'replicated', replicas: service.replicas },
    networks: networkIds.map((target) => ({ target, aliases: [] })).sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0)),
    endpointMode: 'vip',
    stopGracePeriodMs: 10_000,
    restartDelayMs: 5_000,
    restartCondition: 'any',
    ...(ports.length > 0 && { ports }),
  };
}

/**
 * nextStartCommand returns the next command that brings a cluster closer to the start state
 * (a missing overlay network, then a missing service), or undefined once nothing is missing.
 * One at a time, because a service's spec needs the IDs of networks created before it.
 */
export function nextStartCommand(state: Readonly<ClusterState>, start: StartState): ClusterCommand | undefined {
  const networkId = (name: string) => Object.values(state.networks).find((n) => n.name === name)?.id;
  for (const service of start.services) {
    const missing = service.networks.find((n) => networkId(n) === undefined);
    if (missing) return { type: 'CreateNetwork', request: { name: missing, attachable: false, internal: false, labels: {} } };
    if (Object.values(state.services).some((s) => s.spec.name === service.name)) continue;
    return { type: 'CreateService', spec: serviceSpecOf(service, service.networks.map((n) => networkId(n) ?? '')) };
  }
  return undefined;
}
