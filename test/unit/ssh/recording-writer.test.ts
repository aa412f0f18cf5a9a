import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_MS, MAX_SESSIONS_PER_COMMIT, RecordingWriter, TICK_MS } from '../../../src/ssh/recording-writer.js';
import { SessionRecorder } from '../../../src/ssh/session-recorder.js';
import type { RecordingBatch, RecordingChunk, RecordingStore } from '../../../src/store/index.js';

/** fakeStore records what reached it: one entry per transaction. */
function fakeStore(options: { missing?: string[]; broken?: boolean } = {}): RecordingStore & { commits: RecordingBatch[][]; single: RecordingBatch[] } {
  const commits: RecordingBatch[][] = [];
  const single: RecordingBatch[] = [];
  return {
    commits,
    single,
    startSession: () => undefined,
    appendChunks: (id: string, chunks: readonly RecordingChunk[]) => void single.push({ id, chunks }),
    appendBatches(batches) {
      if (options.broken) throw new Error('disk full');
      commits.push([...batches]);
      return batches.filter((b) => options.missing?.includes(b.id)).map((b) => b.id);
    },
    endSession: () => undefined,
    session: () => undefined,
    latestSessionOf: () => undefined,
    chunks: () => [],
    prune: () => ({ sessions: 0, bytes: 0 }),
  };
}

const log = pino({ level: 'silent' });

describe('RecordingWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('commits sessions typing at once together, each within FLUSH_MS', () => {
    const store = fakeStore();
    const writer = RecordingWriter.of(store, log);
    const recorders = ['a', 'b', 'c'].map((id) => new SessionRecorder(writer, id, 0, log));
    for (const [n, r] of recorders.entries()) {
      r.record('i', 'x', 10 + n);
      r.record('o', 'x', 11 + n);
    }
    vi.advanceTimersByTime(FLUSH_MS - TICK_MS);
    expect(store.commits).toEqual([]);
    vi.advanceTimersByTime(TICK_MS);
    expect(store.commits).toHaveLength(1);
    expect(store.commits[0]?.map((b) => [b.id, b.chunks.length])).toEqual([['a', 2], ['b', 2], ['c', 2]]);
    vi.advanceTimersByTime(FLUSH_MS * 4);
    expect(store.commits).toHaveLength(1);
  });

  it('cuts a big class\'s due sessions into short commits, the rest right after pending I/O, not a tick later', () => {
    // The continuation is an immediate: fake it too, so the clock runs it.
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'Date'] });
    const store = fakeStore();
    const writer = RecordingWriter.of(store, log);
    const count = MAX_SESSIONS_PER_COMMIT * 2 + 5;
    const recorders = Array.from({ length: count }, (_, i) => new SessionRecorder(writer, `s${i}`, 0, log));
    for (const r of recorders) r.record('i', 'x', 1);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(store.commits.map((c) => c.length)).toEqual([MAX_SESSIONS_PER_COMMIT]);
    // The rest follows in immediates: well before the next tick.
    vi.advanceTimersByTime(TICK_MS / 2);
    expect(store.commits.map((c) => c.length)).toEqual([MAX_SESSIONS_PER_COMMIT, MAX_SESSIONS_PER_COMMIT, 5]);
    expect(store.commits.flat().map((b) => b.id)).toEqual(recorders.map((r) => r.id));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('spreads the commits of sessions that started typing at different times', () => {
    const store = fakeStore();
    const writer = RecordingWriter.of(store, log);
    const a = new SessionRecorder(writer, 'a', 0, log);
    const b = new SessionRecorder(writer, 'b', 0, log);
    a.record('i', 'x', 1);
    vi.advanceTimersByTime(FLUSH_MS / 2);
    b.record('i', 'y', 2);
    a.record('i', 'z', 3);
    vi.advanceTimersByTime(FLUSH_MS / 2);
    expect(store.commits.map((c) => c.map((batch) => [batch.id, batch.chunks.length]))).toEqual([[['a', 2]]]);
    vi.advanceTimersByTime(FLUSH_MS / 2);
    expect(store.commits.map((c) => c.map((batch) => [batch.id, batch.chunks.length]))).toEqual([[['a', 2]], [['b', 1]]]);
  });

  it('leaves no timer running once nothing waits', () => {
    const store = fakeStore();
    const r = new SessionRecorder(RecordingWriter.of(store, log), 'a', 0, log);
    r.record('o', 'x', 1);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is one writer per store', () => {
    const store = fakeStore();
    expect(RecordingWriter.of(store, log)).toBe(RecordingWriter.of(store, log));
    expect(RecordingWriter.of(fakeStore(), log)).not.toBe(RecordingWriter.of(store, log));
  });

  it('a session that ends writes its own chunks at once and leaves the next flush', () => {
    const store = fakeStore();
    const writer = RecordingWriter.of(store, log);
    const r = new SessionRecorder(writer, 'a', 0, log);
    r.record('o', 'bye', 5);
    r.end(6);
    expect(store.single).toEqual([{ id: 'a', chunks: [{ t: 5, kind: 'o', data: 'bye' }] }]);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(store.commits).toEqual([]);
  });

  it('a missing session stops only its own recording', () => {
    const store = fakeStore({ missing: ['gone'] });
    const writer = RecordingWriter.of(store, log);
    const gone = new SessionRecorder(writer, 'gone', 0, log);
    const kept = new SessionRecorder(writer, 'kept', 0, log);
    gone.record('o', '1', 1);
    kept.record('o', '1', 1);
    vi.advanceTimersByTime(FLUSH_MS);
    gone.record('o', '2', 2);
    kept.record('o', '2', 2);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(store.commits).toHaveLength(2);
    expect(store.commits[1]?.map((b) => b.id)).toEqual(['kept']);
  });

  it('a storage failure stops recording, never throws into the session', () => {
    const store = fakeStore({ broken: true });
    const writer = RecordingWriter.of(store, log);
    const r = new SessionRecorder(writer, 'a', 0, log);
    r.record('o', '1', 1);
    expect(() => vi.advanceTimersByTime(FLUSH_MS)).not.toThrow();
    r.record('o', '2', 2);
    expect(() => vi.advanceTimersByTime(FLUSH_MS)).not.toThrow();
  });
});
