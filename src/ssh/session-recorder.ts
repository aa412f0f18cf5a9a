// Records one session's terminal traffic into the store: output with its timing, input and
// resizes (for the instructor's eyes only). Chunks wait in memory and the store's RecordingWriter
// commits every session's chunks together, so a typing class costs a few commits a second, not
// one per keystroke or per session; a storage failure stops recording, never the session.

import type { Logger } from 'pino';
import type { RecordingChunk, RecordingStore } from '../store/index.js';
import type { PendingRecording, RecordingWriter } from './recording-writer.js';

// A burst of output this large is written at once rather than held for the next flush.
const FLUSH_BYTES = 16 * 1024;

/** SessionRecorder keeps one session's recording. */
export class SessionRecorder implements PendingRecording {
  private pending: RecordingChunk[] = [];
  private pendingBytes = 0;
  private failed = false;

  constructor(
    private readonly writer: RecordingWriter,
    readonly id: string,
    private readonly startedAt: number,
    private readonly log: Logger,
  ) {}

  private get store(): RecordingStore {
    return this.writer.store;
  }

  /** start records the session's header. */
  start(session: { user: string; team: string; node: string; cols: number; rows: number }): void {
    this.guard(() => this.store.startSession({ id: this.id, startedAt: this.startedAt, ...session }));
  }

  /** record adds one chunk at time `now`. */
  record(kind: RecordingChunk['kind'], data: string, now: number): void {
    if (this.failed) return;
    this.pending.push({ t: Math.max(0, now - this.startedAt), kind, data });
    this.pendingBytes += data.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    else if (this.pending.length === 1) this.writer.schedule(this);
  }

  /** chunks returns everything recorded so far, stored and pending, in order (observers replay it). */
  chunks(): RecordingChunk[] {
    this.flush();
    const stored: RecordingChunk[] = [];
    this.guard(() => {
      for (const c of this.store.chunks(this.id)) stored.push(c);
    });
    return stored;
  }

  /** flush writes this session's pending chunks now. */
  flush(): void {
    this.writer.forget(this);
    const batch = this.take();
    if (batch.length > 0) this.guard(() => this.store.appendChunks(this.id, batch));
  }

  /** take hands the pending chunks to whoever writes them (PendingRecording). */
  take(): RecordingChunk[] {
    const batch = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    return batch;
  }

  /** fail stops recording after a storage error (PendingRecording). */
  fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.pending = [];
    this.log.warn({ err: error, recording: this.id }, 'recording stopped');
  }

  /** end flushes and marks the session ended. */
  end(now: number): void {
    this.flush();
    this.guard(() => this.store.endSession(this.id, now));
  }

  private guard(work: () => void): void {
    if (this.failed) return;
    try {
      work();
    } catch (error) {
      this.fail(error);
    }
  }
}
