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
  type ClusterState,
  type Entropy,
  type TopologySpec,
} from '../cluster/index.js';
import type { Store } from '../store/index.js';
import { TeamClock } from './team-clock.js';
import type { TimerHandle, Timers } from './timers.js';

/** SNAPSHOT_EVERY bounds replay: a snapshot is written after this many events. */
const SNAPSHOT_EVERY = 500;

/** TeamChange is one committed batch of events, published to subscribers. */
export interface TeamChange {
  team: string;
  events: readonly ClusterEvent[];
  /** cause says what produced the batch: a user's command or the clock. */
  cause: { kind: 'command'; user?: string; node?: string } | { kind: 'clock' };
}

/** TeamListener receives every committed batch. */
export type TeamListener = (change: TeamChange) => void;

/** TeamDeps are what a team needs from the outside world. */
export interface TeamDeps {
  store: Store;
  timers: Timers;
  entropy: Entropy;
  log: Logger;
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
  execute(command: ClusterCommand, by: { user?: string; node?: string } = {}): ClusterEvent[] {
    const ctx = { now: this.clock.now(), entropy: this.deps.entropy };
    const events = decide(this.current, command, ctx);
    this.commit(events, false);
    for (const e of events) evolve(this.current, e);
    this.publish(events, { kind: 'command', ...by });
    this.settle({ kind: 'clock' });
    return events;
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
      this.publish(events, cause);
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
  }

  private publish(events: readonly ClusterEvent[], cause: TeamChange['cause']): void {
    const change: TeamChange = { team: this.name, events, cause };
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
