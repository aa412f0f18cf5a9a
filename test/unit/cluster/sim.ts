// A tiny driver for the pure cluster: a seeded entropy, a manual clock, and the
// decide → evolve → reconcile loop the lab runs for real.

import {
  decide,
  emptyCluster,
  evolve,
  nextWakeup,
  reconcile,
  seededEntropy,
  type ClusterCommand,
  type ClusterEvent,
  type ClusterState,
  type Entropy,
  type ServiceSpec,
} from '../../../src/cluster/index.js';

export const T0 = Date.UTC(2026, 10, 22, 20, 0, 0);

export class Sim {
  state: ClusterState = emptyCluster();
  now = T0;
  readonly log: ClusterEvent[] = [];
  readonly entropy: Entropy;

  constructor(seed = 1) {
    this.entropy = seededEntropy(seed);
  }

  private record(events: ClusterEvent[]): void {
    for (const e of events) evolve(this.state, e);
    this.log.push(...events);
  }

  /** run decides a command, applies it and reconciles, returning the command's own events. */
  run(command: ClusterCommand): ClusterEvent[] {
    const ctx = { now: this.now, entropy: this.entropy };
    const events = decide(this.state, command, ctx);
    this.record(events);
    this.log.push(...reconcile(this.state, ctx));
    return events;
  }

  /** advance moves the clock forward, waking up whenever the cluster asked to be woken. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (let guard = 0; guard < 100_000; guard++) {
      const wake = nextWakeup(this.state);
      if (wake === undefined || wake > end) break;
      this.now = Math.max(this.now, wake);
      this.log.push(...reconcile(this.state, { now: this.now, entropy: this.entropy }));
    }
    this.now = end;
    this.log.push(...reconcile(this.state, { now: this.now, entropy: this.entropy }));
  }

  static classroom(seed = 1): Sim {
    const sim = new Sim(seed);
    sim.run({ type: 'BuildTopology', topology: { managers: 3, workers: 2 } });
    return sim;
  }

  nodeId(hostname: string): string {
    const node = Object.values(this.state.nodes).find((n) => n.hostname === hostname);
    if (!node) throw new Error(`no node ${hostname}`);
    return node.id;
  }

  network(name: string): string {
    const n = Object.values(this.state.networks).find((x) => x.name === name);
    if (!n) throw new Error(`no network ${name}`);
    return n.id;
  }

  service(name: string): string {
    const s = Object.values(this.state.services).find((x) => x.spec.name === name);
    if (!s) throw new Error(`no service ${name}`);
    return s.id;
  }

  tasksOf(name: string) {
    const id = this.service(name);
    return Object.values(this.state.tasks).filter((t) => t.serviceId === id);
  }
}

/** spec builds a service spec with defaults plus overrides. */
export function spec(overrides: Partial<ServiceSpec> = {}): ServiceSpec {
  return {
    name: 'web',
    labels: {},
    image: 'alpine:latest',
    args: ['sleep', '50m'],
    env: [],
    mode: { kind: 'replicated', replicas: 1 },
    networks: [],
    endpointMode: 'vip',
    stopGracePeriodMs: 10_000,
    restartDelayMs: 5_000,
    restartCondition: 'any',
    ...overrides,
  };
}

/** replay rebuilds a cluster from a log. */
export function replay(events: readonly ClusterEvent[]): ClusterState {
  const state = emptyCluster();
  for (const e of events) evolve(state, e);
  return state;
}
