import { describe, expect, it } from 'vitest';
import { all, useTempStores } from './temp-store.js';

const created = (name: string, n = 0) => ({ type: 'NetworkCreated', data: { name, n } });

describe('EventLog', () => {
  const temp = useTempStores();

  it('append numbers a stream from 1 without gaps across batches', () => {
    const { events } = temp.open();
    expect(events.append('blue', [created('a'), created('b')], 1000)).toEqual({ firstSeq: 1, lastSeq: 2 });
    expect(events.append('blue', [created('c')], 2000)).toEqual({ firstSeq: 3, lastSeq: 3 });
    expect(all(events.read('blue'))).toEqual([
      { stream: 'blue', seq: 1, type: 'NetworkCreated', data: { name: 'a', n: 0 }, recordedAt: 1000 },
      { stream: 'blue', seq: 2, type: 'NetworkCreated', data: { name: 'b', n: 0 }, recordedAt: 1000 },
      { stream: 'blue', seq: 3, type: 'NetworkCreated', data: { name: 'c', n: 0 }, recordedAt: 2000 },
    ]);
    expect(events.lastSeq('blue')).toBe(3);
  });

  it('read(stream, afterSeq) starts after afterSeq', () => {
    const { events } = temp.open();
    events.append('blue', [created('a'), created('b'), created('c')], 1);
    expect(all(events.read('blue', 2)).map((event) => event.seq)).toEqual([3]);
    expect(all(events.read('blue', 3))).toEqual([]);
  });

  it('keeps streams apart', () => {
    const { events } = temp.open();
    events.append('blue', [created('a')], 1);
    expect(events.append('red', [created('x'), created('y')], 2)).toEqual({ firstSeq: 1, lastSeq: 2 });
    events.append('blue', [created('b')], 3);
    expect(all(events.read('blue')).map((event) => event.data)).toEqual([{ name: 'a', n: 0 }, { name: 'b', n: 0 }]);
    expect(all(events.read('red')).map((event) => event.stream)).toEqual(['red', 'red']);
    expect(events.streams()).toEqual(['blue', 'red']);
    expect(events.lastSeq('green')).toBe(0);
    expect(all(events.read('green'))).toEqual([]);
  });

  it('append of an empty batch writes nothing', () => {
    const { events } = temp.open();
    events.append('blue', [created('a')], 1);
    expect(events.append('blue', [], 2)).toEqual({ firstSeq: 2, lastSeq: 1 });
    expect(events.append('red', [], 2)).toEqual({ firstSeq: 1, lastSeq: 0 });
    expect(events.streams()).toEqual(['blue']);
  });

  it('append is all or nothing when an event in the middle is not JSON', () => {
    const { events } = temp.open();
    events.append('blue', [created('a')], 1);
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    for (const bad of [10n, cyclic, undefined]) {
      const batch = [created('b'), { type: 'Bad', data: bad }, created('c')];
      expect(() => events.append('blue', batch, 2)).toThrow(/event 1 \(Bad\) for stream "blue" is not JSON/);
    }
    expect(events.lastSeq('blue')).toBe(1);
    expect(all(events.read('blue'))).toHaveLength(1);
  });

  it('append inside a transaction that throws leaves nothing behind', () => {
    const store = temp.open();
    store.events.append('blue', [created('a')], 1);
    expect(() =>
      store.transaction(() => {
        store.events.append('blue', [created('b'), created('c')], 2);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.events.lastSeq('blue')).toBe(1);
    expect(store.events.append('blue', [created('d')], 3)).toEqual({ firstSeq: 2, lastSeq: 2 });
  });

  it('read is lazy over many pages, re-iterable, and allows appends while iterating', () => {
    const { events } = temp.open();
    const batch = Array.from({ length: 1300 }, (_, n) => created('net', n));
    events.append('blue', batch, 1);
    const log = events.read('blue');
    let seen = 0;
    for (const event of log) {
      seen += 1;
      expect(event.seq).toBe(seen);
      if (seen === 10) events.append('red', [created('other')], 2);
    }
    expect(seen).toBe(1300);
    expect(all(log)).toHaveLength(1300);
    expect(all(events.read('blue', 1299)).map((event) => event.data)).toEqual([{ name: 'net', n: 1299 }]);
  });

  it('deleteStream removes events and snapshots of that stream only, and numbering restarts', () => {
    const store = temp.open();
    store.events.append('blue', [created('a'), created('b')], 1);
    store.events.append('red', [created('x')], 1);
    store.snapshots.save('blue', 2, { networks: 2 });
    store.snapshots.save('red', 1, { networks: 1 });
    store.events.deleteStream('blue');
    expect(all(store.events.read('blue'))).toEqual([]);
    expect(store.events.lastSeq('blue')).toBe(0);
    expect(store.snapshots.latest('blue')).toBeUndefined();
    expect(store.events.streams()).toEqual(['red']);
    expect(store.snapshots.latest('red')).toEqual({ seq: 1, state: { networks: 1 } });
    expect(store.events.append('blue', [created('fresh')], 2)).toEqual({ firstSeq: 1, lastSeq: 1 });
  });
});
