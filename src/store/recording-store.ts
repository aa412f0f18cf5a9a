/** RecordingSession describes one recorded terminal session (times in ms since the epoch). */
export interface RecordingSession {
  readonly id: string;
  readonly user: string;
  readonly team: string;
  readonly node: string;
  readonly startedAt: number;
  readonly endedAt?: number;
  readonly cols: number;
  readonly rows: number;
}

/** ChunkKind is what a chunk holds: 'o' output, 'i' input, 'r' a resize (data like "80x24"). */
export type ChunkKind = 'o' | 'i' | 'r';

/** RecordingChunk is one piece of a session, `t` milliseconds after it started. */
export interface RecordingChunk {
  readonly t: number;
  readonly kind: ChunkKind;
  readonly data: string;
}

/** RecordingBatch is one session's chunks within a multi-session append. */
export interface RecordingBatch {
  readonly id: string;
  readonly chunks: readonly RecordingChunk[];
}

/** PruneLimits bounds the recordings kept: `now` and the limits are in milliseconds and bytes. */
export interface PruneLimits {
  readonly now: number;
  readonly maxAgeMs?: number;
  readonly maxBytes?: number;
}

/** PruneResult counts what a prune removed. */
export interface PruneResult {
  readonly sessions: number;
  readonly bytes: number;
}

/** RecordingStore keeps terminal session recordings for replay and export. */
export interface RecordingStore {
  /** startSession records a new session (endedAt is ignored); its id must be new. */
  startSession(session: RecordingSession): void;
  /** appendChunks adds `chunks` to the end of session `id` in one transaction. */
  appendChunks(id: string, chunks: readonly RecordingChunk[]): void;
  /**
   * appendBatches adds several sessions' chunks in one transaction, so a class typing at once
   * costs one commit per flush instead of one per session. A batch for a session that does not
   * exist is skipped (the others are written); its id is returned.
   */
  appendBatches(batches: readonly RecordingBatch[]): string[];
  /** endSession marks session `id` ended at `endedAt`. */
  endSession(id: string, endedAt: number): void;
  /** session returns session `id`, if any. */
  session(id: string): RecordingSession | undefined;
  /** latestSessionOf returns the session of `user` that started last, if any. */
  latestSessionOf(user: string): RecordingSession | undefined;
  /** chunks yields the chunks of session `id` in the order they were appended, fetched lazily. */
  chunks(id: string): Iterable<RecordingChunk>;
  /**
   * prune deletes sessions whose last activity is older than `maxAgeMs`, then the oldest ended
   * sessions until all recordings fit in `maxBytes` (UTF-8 bytes of chunk data). A session that
   * has not ended is only removed by age, so a live recording is never cut for size.
   */
  prune(limits: PruneLimits): PruneResult;
}
