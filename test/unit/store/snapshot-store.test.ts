import { describe, expect, it } from 'vitest';
import { peek, useTempStores } from './temp-store.js';

describe('SnapshotStore', () => {
  const temp = useTempStores();

  it('latest is undefined before any save', () => {
    expect(temp.open().snapshots.latest('blue')).toBeUndefined();
  });

  it('latest returns the snapshot with the highest seq of that stream', () => {
    const { snapshots } = temp.open();
    snapshots.save('blue', 10, { services: ['web'] });
    snapshots.save('blue', 30, { services: ['web', 'db'] });
    snapshots.save('blue', 20, { services: [] });
    snapshots.save('red', 99, { services: ['red'] });
    expect(snapshots.latest('blue')).toEqual({ seq: 30, state: { services: ['web', 'db'] } });
    expect(snapshots.latest('red')).toEqual({ seq: 99, state: { services: ['red'] } });
  });

  it('save at an existing seq replaces that snapshot', () => {
    const { snapshots } = temp.open();
    snapshots.save('blue', 5, 'first');
    snapshots.save('blue', 5, 'second');
    expect(snapshots.latest('blue')).toEqual({ seq: 5, state: 'second' });
  });

  it('keeps only the newest three per stream', () => {
    const store = temp.open();
    for (const seq of [1, 2, 3, 4, 5]) store.snapshots.save('blue', seq, { seq });
    store.snapshots.save('red', 1, { seq: 1 });
    const kept = peek(store.file, (db) => db.prepare('SELECT stream, seq FROM snapshots ORDER BY stream, seq').all());
    expect(kept).toEqual([
      { stream: 'blue', seq: 3 },
      { stream: 'blue', seq: 4 },
      { stream: 'blue', seq: 5 },
      { stream: 'red', seq: 1 },
    ]);
  });

  it('save refuses a state that is not JSON, naming the stream', () => {
    const { snapshots } = temp.open();
    expect(() => snapshots.save('blue', 1, 1n)).toThrow(/snapshot 1 of stream "blue" is not JSON/);
  });
});
