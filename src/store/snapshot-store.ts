/** Snapshot is a stream's state as of event `seq`, so replay can start there. */
export interface Snapshot {
  readonly seq: number;
  readonly state: unknown;
}

/** SnapshotStore keeps the newest few snapshots of each stream. */
export interface SnapshotStore {
  /** save stores `state` as of event `seq` of `stream` (replacing one at the same seq) and drops older extras. */
  save(stream: string, seq: number, state: unknown): void;
  /** latest is the snapshot of `stream` with the highest seq, if any. */
  latest(stream: string): Snapshot | undefined;
}
