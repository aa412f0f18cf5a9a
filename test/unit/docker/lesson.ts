// Cluster builders for the docker verb tests: the seed lesson's flow (overlay
// minha_rede_overlay, service teste_discovery_search with 2 replicas on it, 10 s later) and a
// few small variations, as option functions over a FakeCluster.

import { containerName, type ClusterState, type Task } from '../../../src/cluster/index.js';
import { Sim } from '../cluster/sim.js';
import { FakeCluster, spec } from './harness.js';

/** Setup changes a fresh classroom cluster before a case runs. */
export type Setup = (c: FakeCluster) => void;

/** overlay creates a swarm overlay network through the cluster. */
export const overlay = (name: string, labels: Record<string, string> = {}): Setup => (c) =>
  void c.execute({ type: 'CreateNetwork', request: { name, attachable: false, internal: false, labels } });

/** localBridge creates a node-local bridge network on one host. */
export const localBridge = (hostname: string, name: string, labels: Record<string, string> = {}): Setup => (c) =>
  void c.execute({ type: 'CreateLocalNetwork', request: { hostname, name, labels, options: {}, internal: false, attachable: false } });

/** service creates a replicated alpine `sleep 50m` service on the named networks. */
export const service = (name: string, replicas: number, networks: string[] = [], extra: Parameters<typeof spec>[0] = {}): Setup => (c) => {
  const targets = networks.map((n) => ({ target: networkId(c, n), aliases: [] }));
  c.execute({ type: 'CreateService', spec: spec({ name, mode: { kind: 'replicated', replicas }, networks: targets, ...extra }) });
};

/** wait moves the simulated clock forward. */
export const wait = (ms: number): Setup => (c) => c.advance(ms);

/** lesson is the seed lesson's flow up to `docker service ps`. */
export const lesson: Setup = (c) => {
  overlay('minha_rede_overlay')(c);
  service('teste_discovery_search', 2, ['minha_rede_overlay'])(c);
  c.advance(10_000);
};

/** given builds a classroom cluster (seed 1) with the setups applied in order. */
export function given(...setups: Setup[]): FakeCluster {
  const c = FakeCluster.classroom();
  for (const s of setups) s(c);
  return c;
}

/** noSwarm builds the classroom's hosts with no swarm initialised. */
export function noSwarm(): FakeCluster {
  const c = new FakeCluster(new Sim(1));
  c.execute({ type: 'BuildTopology', topology: { managers: 3, workers: 2, swarm: false } });
  return c;
}

/** networkId returns a swarm network's ID by name. */
export function networkId(c: FakeCluster, name: string): string {
  const n = Object.values(c.state().networks).find((x) => x.name === name);
  if (!n) throw new Error(`no network ${name}`);
  return n.id;
}

/** taskOn returns the task of a service whose container runs on a host. */
export function taskOn(c: FakeCluster, service: string, hostname: string): Task {
  const state = c.state() as ClusterState;
  const node = Object.values(state.nodes).find((n) => n.hostname === hostname);
  const task = Object.values(state.tasks).find((t) => t.nodeId === node?.id && t.spec.name === service);
  if (!task) throw new Error(`no task of ${service} on ${hostname}`);
  return task;
}

/** nameOf returns a task's container name. */
export function nameOf(c: FakeCluster, task: Task): string {
  return containerName(c.state() as ClusterState, task);
}

/** slug turns a case description into a golden file name. */
export function slug(text: string): string {
  return text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
}
