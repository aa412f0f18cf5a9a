// One team's live cluster. Every change follows the same path: decide (pure) → append to the
// event log (committed) → evolve the in-memory state → reconcile → append → tell subscribers.
// A command's events are committed before the command returns, so what a user saw succeed
// survives kill -9. The team wakes itself up when the cluster asked for a reconcile at a later
// time (tasks moving through their states), and sleeps otherwise.

import type { Logger } from 'pino';
import {
  decide,
  emptyCluster,
  evolve,
  nextWakeup,
  reconcile,
  type ClusterCommand,
  type ClusterEvent,
  type ClusterLimits,
  type ClusterState,
  type Entropy,
  type TopologySpec,
} from '../cluster/index.js';
import type { Store } from '../store/index.js';
import { describeClock, describeCommand } from './describe.js';
import { TeamClock } from './team-clock.js';
import type { TimerHandle, Timers } from './timers.js';

/** MAX_FAST_FORWARD_STEPS bounds one fast-forward (a restart loop could otherwise wake it forever). */
const MAX_FAST_FORWARD_STEPS = 20_000;

/** SNAPSHOT_EVERY bounds replay: a snapshot is written after this many events. */
const SNAPSHOT_EVERY = 500;

/** Actor says who caused a change: a user on a node, or an instructor. */
export type Actor = { user?: string; node?: string; instructor?: boolean };

/** TeamChange is one committed batch of events, published to subscribers. */
export interface TeamChange {
  team: string;
  events: readonly ClusterEvent[];
  /** cause says what produced the batch: someone's command or the clock. */
  cause: ({ kind: 'command' } & Actor) | { kind: 'clock' } | { kind: 'reset'; by: string };
  /** lines describe the batch for the event feed (may be empty). */
  lines: string[];
}

/** TeamListener receives every committed batch. */
export type TeamListener = (change: TeamChange) => void;

/** TeamDeps are what a team needs from the outside world. */
export interface TeamDeps {
  store: Store;
  timers: Timers;
  entropy: Entropy;
  log: Logger;
  /** limits bound what the team's users may create; reconcilers and resets are not limited. */
  limits?: ClusterLimits;
}

/** Team owns one team's cluster state, clock and event stream. */
export class Team {
  private current: ClusterState = emptyCluster();
  private readonly listeners = new Set<TeamListener>();
  private timer: TimerHandle | undefined;
  private lastSnapshotSeq = 0;
  private closed = false;
  readonly clock: TeamClock;

  private constructor(readonly name: string, private readonly deps: TeamDeps) {
    this.clock = new TeamClock(deps.timers.now);
  }

  /** open loads a team from its snapshot and event log, building the topology if the stream is empty. */
  static open(name: string, topology: TopologySpec, deps: TeamDeps): Team {
    const team = new Team(name, deps);
    team.load();
    if (team.current.seq === 0) team.execute({ type: 'BuildTopology', topology });
    else team.settle({ kind: 'clock' });
    return team;
  }

  /** state is the live cluster; treat it as read-only. */
  get state(): Readonly<ClusterState> {
    return this.current;
  }

  /** now returns the team clock's current time. */
  now(): number {
    return this.clock.now();
  }

  /**
   * execute decides a command, commits and applies its events, reconciles, and returns the
   * command's own events. It throws ClusterError when the command is refused and StoreError when
   * the events could not be committed; in both cases nothing changed.
   */
  execute(command: ClusterCommand, by: Actor = {}): ClusterEvent[] {
    const ctx = { now: this.clock.now(), entropy: this.deps.entropy, ...(this.deps.limits && { limits: this.deps.limits }) };
    const events = decide(this.current, command, ctx);
    this.commit(events, false);
    const lines = describeCommand(this.current, events, actorName(by));
    for (const e of events) evolve(this.current, e);
    this.publish(events, { kind: 'command', ...by }, lines);
    this.settle({ kind: 'clock' });
    return events;
  }

  /**
   * reset replaces the team's cluster with a fresh one built from topology: the old event stream
   * is deleted and the new one written in one transaction, then every subscriber is told.
   */
  reset(topology: TopologySpec, by: string): void {
    const ctx = { now: this.clock.now(), entropy: this.deps.entropy };
    const events = decide(emptyCluster(), { type: 'BuildTopology', topology }, ctx);
    this.deps.store.transaction(() => {
      this.deps.store.events.deleteStream(this.name);
      this.deps.store.events.append(this.name, events, this.deps.timers.now());
    });
    const fresh = emptyCluster();
    for (const e of events) evolve(fresh, e);
    this.current = fresh;
    this.lastSnapshotSeq = 0;
    this.publish(events, { kind: 'reset', by }, [`${by} reset the team's cluster${topology.swarm === false ? ' (swarm not initialised)' : ''}`]);
    this.settle({ kind: 'clock' });
  }

  /** setClock changes the team clock's speed (0 pauses) and/or moves it forward, then catches up. */
  setClock(change: { speed?: number; stepMs?: number }): void {
    if (change.speed !== undefined) this.clock.setSpeed(change.speed);
    if (change.stepMs !== undefined) this.fastForward(change.stepMs);
    this.settle({ kind: 'clock' });
  }

  /**
   * fastForward moves the clock forward by ms, stopping at every moment the cluster asked to be
   * woken, so tasks go through each state with its own time as they would have in real time.
   */
  private fastForward(ms: number): void {
    const target = this.clock.now() + Math.max(0, ms);
    for (let step = 0; step < MAX_FAST_FORWARD_STEPS; step++) {
      const wake = nextWakeup(this.current);
      if (wake === undefined || wake > target) break;
      const now = this.clock.now();
      if (wake > now) this.clock.advance(wake - now);
      this.settle({ kind: 'clock' });
    }
    const now = this.clock.now();
    if (target > now) this.clock.advance(target - now);
  }

  /** subscribe registers a listener for committed batches. */
  subscribe(listener: TeamListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** tick runs the reconcilers at the current team time (clock changes call it). */
  tick(): void {
    this.settle({ kind: 'clock' });
  }

  /** close stops the team's timer; the state stays readable. */
  close(): void {
    this.closed = true;
    if (this.timer) this.deps.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private settle(cause: TeamChange['cause']): void {
    const ctx = { now: this.clock.now(), entropy: this.deps.entropy };
    const events = reconcile(this.current, ctx);
    if (events.length > 0) {
      try {
        this.commit(events, true);
      } catch (error) {
        // The live state is ahead of the log: rebuild it from what is committed, then report.
        this.deps.log.error({ err: error, team: this.name }, 'reconcile commit failed; reloading team');
        this.load();
        this.schedule();
        return;
      }
      this.publish(events, cause, describeClock(this.current, events));
    }
    this.schedule();
  }

  /** commit appends events to the log; `applied` says whether the live state already contains them. */
  private commit(events: readonly ClusterEvent[], applied: boolean): void {
    if (events.length === 0) return;
    const { lastSeq } = this.deps.store.events.append(this.name, events, this.deps.timers.now());
    const expected = this.current.seq + (applied ? 0 : events.length);
    if (lastSeq !== expected) {
      this.deps.log.warn({ team: this.name, lastSeq, expected }, 'event log and state disagree on sequence');
    }
    if (lastSeq - this.lastSnapshotSeq >= SNAPSHOT_EVERY) this.snapshot(applied ? [] : events, lastSeq);
  }

  private snapshot(pending: readonly ClusterEvent[], lastSeq: number): void {
    // The snapshot must describe the state after every committed event, pending ones included.
    const next = structuredClone(this.current);
    for (const e of pending) evolve(next, e);
    try {
      this.deps.store.snapshots.save(this.name, lastSeq, next);
      this.lastSnapshotSeq = lastSeq;
    } catch (error) {
      this.deps.log.warn({ err: error, team: this.name }, 'snapshot failed');
    }
  }

  private load(): void {
    const snapshot = this.deps.store.snapshots.latest(this.name);
    const state = snapshot ? (snapshot.state as ClusterState) : emptyCluster();
    for (const stored of this.deps.store.events.read(this.name, state.seq)) {
      evolve(state, { type: stored.type, data: stored.data } as ClusterEvent);
    }
    this.current = state;
    this.lastSnapshotSeq = snapshot?.seq ?? 0;
    // A fast-forwarded team clock must not go back to wall time after a restart: the recorded
    // events would then lie in the future and every pending step would stall.
    this.clock.notBefore(latestTime(state));
  }

  private publish(events: readonly ClusterEvent[], cause: TeamChange['cause'], lines: string[]): void {
    const change: TeamChange = { team: this.name, events, cause, lines };
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        this.deps.log.error({ err: error, team: this.name }, 'team listener failed');
      }
    }
  }

  private schedule(): void {
    if (this.timer) this.deps.timers.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed) return;
    const wake = nextWakeup(this.current);
    if (wake === undefined) return;
    const delay = this.clock.wallDelayUntil(wake);
    if (!Number.isFinite(delay)) return;
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = undefined;
      this.settle({ kind: 'clock' });
    }, delay);
  }
}

/** actorName renders who did something for the event feed: `bob@manager3` or `instructor`. */
function actorName(by: Actor): string {
  if (by.instructor) return `instructor ${by.user ?? ''}`.trim();
  if (by.user && by.node) return `${by.user}@${by.node}`;
  return by.user ?? 'someone';
}

/** latestTime is the newest timestamp recorded anywhere in a cluster. */
function latestTime(state: ClusterState): number {
  let latest = 0;
  const see = (t: number | undefined): void => void (t !== undefined && t > latest && (latest = t));
  for (const t of Object.values(state.tasks)) see(Math.max(t.updatedAt, t.status.timestamp));
  for (const s of Object.values(state.services)) see(s.updatedAt);
  for (const n of Object.values(state.nodes)) see(n.updatedAt);
  for (const n of Object.values(state.networks)) see(n.updatedAt);
  return latest;
}
