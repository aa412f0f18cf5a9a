// One writer per recording store commits what every live session recorded. SQLite's cost here
// is pages, not rows: each session's chunks land on their own leaf of the by-session index, so a
// commit writes about one page per session in it, and every 1000 pages WAL checkpoints the file.
// Committing each session once per FLUSH_MS (not on every keystroke burst) bounds the pages per
// second, and spreading those commits over TICK_MS ticks keeps each one short: a class of 300
// typing costs a sub-millisecond commit every 100 ms instead of 600 commits a second, or one
// stall of several milliseconds every flush.

import type { Logger } from 'pino';
import type { RecordingChunk, RecordingStore } from '../store/index.js';

/** FLUSH_MS is how long recorded chunks may wait in memory before they are committed. */
export const FLUSH_MS = 1000;
/** TICK_MS is how often the writer commits the recordings that are due. */
export const TICK_MS = 100;
/**
 * MAX_SESSIONS_PER_COMMIT bounds one commit. A class of 2400 typing has some 240 sessions due per
 * tick; committed at once that is a stall of 10 ms and more, every tick, for every session. Cut
 * into commits of this size with pending I/O handled between them, each stays short.
 */
export const MAX_SESSIONS_PER_COMMIT = 32;

/** PendingRecording is a session whose recorded chunks wait for the writer. */
export interface PendingRecording {
  readonly id: string;
  /** take hands over the chunks waiting to be written (and forgets them). */
  take(): RecordingChunk[];
  /** fail stops the recording after a storage error; the session itself goes on. */
  fail(error: unknown): void;
}

const writers = new WeakMap<RecordingStore, RecordingWriter>();

/** RecordingWriter batches many sessions' chunks into few, short commits. */
export class RecordingWriter {
  // Each waiting recording with the time its chunks must be committed by (insertion order = due order).
  private readonly waiting = new Map<PendingRecording, number>();
  private timer: NodeJS.Timeout | undefined;
  private continuing: NodeJS.Immediate | undefined;

  private constructor(readonly store: RecordingStore, private readonly log: Logger, private readonly now: () => number) {}

  /** of returns the writer of a store, creating it on first use (one per store, so one per server). */
  static of(store: RecordingStore, log: Logger, now: () => number = Date.now): RecordingWriter {
    let writer = writers.get(store);
    if (!writer) {
      writer = new RecordingWriter(store, log, now);
      writers.set(store, writer);
    }
    return writer;
  }

  /** schedule makes sure a recording's waiting chunks are committed within FLUSH_MS. */
  schedule(recording: PendingRecording): void {
    if (!this.waiting.has(recording)) this.waiting.set(recording, this.now() + FLUSH_MS);
    this.arm();
  }

  /** forget drops a recording from the next commits (it wrote its chunks itself, or ended). */
  forget(recording: PendingRecording): void {
    this.waiting.delete(recording);
  }

  // tick commits the recordings that are due; the timer runs only while some are waiting.
  private tick(): void {
    this.timer = undefined;
    this.continuing = undefined;
    const horizon = this.now() + TICK_MS / 2;
    const due: PendingRecording[] = [];
    let more = false;
    for (const [recording, at] of this.waiting) {
      if (at > horizon) break;
      if (due.length === MAX_SESSIONS_PER_COMMIT) {
        more = true;
        break;
      }
      due.push(recording);
    }
    this.commit(due);
    // More are due than one short commit holds: go on once pending I/O has been handled.
    if (more) this.continuing = setImmediate(() => this.tick());
    else this.arm();
  }

  private arm(): void {
    if (this.timer || this.continuing || this.waiting.size === 0) return;
    this.timer = setTimeout(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  private commit(recordings: PendingRecording[]): void {
    if (recordings.length === 0) return;
    for (const r of recordings) this.waiting.delete(r);
    const batches = recordings.map((r) => ({ id: r.id, chunks: r.take() }));
    try {
      const missing = new Set(this.store.appendBatches(batches));
      for (const r of recordings) if (missing.has(r.id)) r.fail(new Error(`no recording session "${r.id}"`));
    } catch (error) {
      this.log.warn({ err: error, sessions: recordings.length }, 'recording commit failed');
      for (const r of recordings) r.fail(error);
    }
  }
}
