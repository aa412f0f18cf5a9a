import { describe, expect, it } from 'vitest';
import type { RecordingChunk, RecordingSession } from '../../../src/store/index.js';
import { all, useTempStores } from './temp-store.js';

const session = (id: string, startedAt: number, user = 'alice'): RecordingSession => ({
  id,
  user,
  team: 'blue',
  node: 'manager1',
  startedAt,
  cols: 80,
  rows: 24,
});
const output = (t: number, data: string): RecordingChunk => ({ t, kind: 'o', data });

describe('RecordingStore', () => {
  const temp = useTempStores();

  it('records a session, its chunks in order and its end', () => {
    const { recordings } = temp.open();
    recordings.startSession(session('s1', 1000));
    recordings.appendChunks('s1', [output(0, 'alice@manager1:~$ '), { t: 5, kind: 'i', data: 'd' }]);
    recordings.appendChunks('s1', [{ t: 9, kind: 'r', data: '120x40' }]);
    recordings.appendChunks('s1', []);
    expect(recordings.session('s1')).toEqual(session('s1', 1000));
    recordings.endSession('s1', 2000);
    expect(recordings.session('s1')).toEqual({ ...session('s1', 1000), endedAt: 2000 });
    expect(all(recordings.chunks('s1'))).toEqual([
      output(0, 'alice@manager1:~$ '),
      { t: 5, kind: 'i', data: 'd' },
      { t: 9, kind: 'r', data: '120x40' },
    ]);
  });

  it('chunks reads a long session lazily, page after page, in append order', () => {
    const { recordings } = temp.open();
    recordings.startSession(session('s1', 0));
    const chunks = Array.from({ length: 1500 }, (_, n) => output(Math.floor(n / 3), `line ${n}\r\n`));
    recordings.appendChunks('s1', chunks);
    expect(all(recordings.chunks('s1'))).toEqual(chunks);
    expect(all(recordings.chunks('other'))).toEqual([]);
  });

  it('appendChunks to an unknown session throws and writes nothing', () => {
    const { recordings } = temp.open();
    expect(() => recordings.appendChunks('nope', [output(0, 'x')])).toThrow(/no recording session "nope"/);
  });

  it('appendBatches writes several sessions in one transaction and skips unknown ones', () => {
    const { recordings } = temp.open();
    recordings.startSession(session('s1', 0));
    recordings.startSession(session('s2', 0));
    const missing = recordings.appendBatches([
      { id: 's1', chunks: [output(1, 'a'), { t: 2, kind: 'i', data: 'b' }] },
      { id: 'nope', chunks: [output(1, 'lost')] },
      { id: 's2', chunks: [output(3, 'c')] },
      { id: 's1', chunks: [] },
    ]);
    expect(missing).toEqual(['nope']);
    expect(all(recordings.chunks('s1'))).toEqual([output(1, 'a'), { t: 2, kind: 'i', data: 'b' }]);
    expect(all(recordings.chunks('s2'))).toEqual([output(3, 'c')]);
    expect(recordings.appendBatches([])).toEqual([]);
  });

  it('latestSessionOf returns the session of that user that started last', () => {
    const { recordings } = temp.open();
    expect(recordings.latestSessionOf('alice')).toBeUndefined();
    recordings.startSession(session('old', 1000));
    recordings.startSession(session('new', 3000));
    recordings.startSession(session('bob', 5000, 'bob'));
    expect(recordings.latestSessionOf('alice')?.id).toBe('new');
  });

  it('prune by age removes sessions idle for longer than maxAgeMs', () => {
    const { recordings } = temp.open();
    recordings.startSession(session('ended-long-ago', 0));
    recordings.appendChunks('ended-long-ago', [output(10, 'abc')]);
    recordings.endSession('ended-long-ago', 100);
    recordings.startSession(session('live', 50));
    recordings.appendChunks('live', [output(5_000, 'x')]);
    expect(recordings.prune({ now: 6_000, maxAgeMs: 1_000 })).toEqual({ sessions: 1, bytes: 3 });
    expect(recordings.session('ended-long-ago')).toBeUndefined();
    expect(all(recordings.chunks('ended-long-ago'))).toEqual([]);
    expect(recordings.session('live')).toBeDefined();
  });

  it('prune by size removes the oldest ended sessions first and never a live one', () => {
    const { recordings } = temp.open();
    for (const [id, startedAt] of [['a', 1], ['b', 2], ['live', 3], ['c', 4]] as const) {
      recordings.startSession(session(id, startedAt));
      recordings.appendChunks(id, [output(0, 'é'.repeat(50))]); // 100 UTF-8 bytes each
      if (id !== 'live') recordings.endSession(id, startedAt + 1);
    }
    expect(recordings.prune({ now: 10, maxBytes: 250 })).toEqual({ sessions: 2, bytes: 200 });
    expect(['a', 'b', 'live', 'c'].filter((id) => recordings.session(id) !== undefined)).toEqual(['live', 'c']);
    expect(recordings.prune({ now: 10, maxBytes: 0 })).toEqual({ sessions: 1, bytes: 100 });
    expect(recordings.session('live')).toBeDefined();
  });
});
