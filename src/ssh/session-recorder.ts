// Records one session's terminal traffic into the store: output with its timing, input and
// resizes (for the instructor's eyes only). Chunks are batched so a typing student costs a few
// writes a second, not one per keystroke; a storage failure stops recording, never the session.

import type { Logger } from 'pino';
import type { RecordingChunk, RecordingStore } from '../store/index.js';

const FLUSH_MS = 500;
const FLUSH_BYTES = 16 * 1024;

/** SessionRecorder batches a session's chunks into the recording store. */
export class SessionRecorder {
  private pending: RecordingChunk[] = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private failed = false;

  constructor(
    private readonly store: RecordingStore,
    readonly id: string,
    private readonly startedAt: number,
    private readonly log: Logger,
  ) {}

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
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), FLUSH_MS);
      this.timer.unref();
    }
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

  /** flush writes pending chunks now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    this.guard(() => this.store.appendChunks(this.id, batch));
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
      this.failed = true;
      this.log.warn({ err: error, recording: this.id }, 'recording stopped');
    }
  }
}
