/** NewEvent is one event to append: an opaque type name and JSON-able data. */
export interface NewEvent {
  readonly type: string;
  readonly data: unknown;
}

/** StoredEvent is an event as the log holds it: its stream, its position there and when it was written. */
export interface StoredEvent {
  readonly stream: string;
  readonly seq: number;
  readonly type: string;
  readonly data: unknown;
  readonly recordedAt: number;
}

/** AppendResult gives the sequence numbers the appended events received (firstSeq > lastSeq when none). */
export interface AppendResult {
  readonly firstSeq: number;
  readonly lastSeq: number;
}

/**
 * EventLog is the append-only log of every team's cluster. A stream is one team's cluster; its
 * sequence numbers start at 1 and have no gaps.
 */
export interface EventLog {
  /**
   * append writes `events` to the end of `stream` in one transaction: all of them or none. It
   * returns once that transaction has committed (inside Store.transaction, once the outer one has).
   * An empty batch writes nothing and returns { firstSeq: lastSeq + 1, lastSeq }.
   */
  append(stream: string, events: readonly NewEvent[], recordedAt: number): AppendResult;
  /** read yields the events of `stream` with seq > afterSeq in order, fetching them lazily in pages. */
  read(stream: string, afterSeq?: number): Iterable<StoredEvent>;
  /** lastSeq is the seq of the newest event of `stream`, 0 when it has none. */
  lastSeq(stream: string): number;
  /** streams lists the streams that have events, sorted by name. */
  streams(): string[];
  /**
   * deleteStream removes the stream's events and snapshots for good, in one transaction, so the
   * next append starts again at seq 1. History is not kept: a reset starts a team afresh, and what
   * people typed and saw stays in the session recordings. A caller that wants history appends a
   * "reset" event to the stream instead.
   */
  deleteStream(stream: string): void;
}
