// Every command re-checks its team's lesson steps, so LessonProgress answers "which lessons are
// active in this team" from memory, reading the store again only after a change of its own.

import { describe, expect, it } from 'vitest';
import { LessonProgress } from '../../../src/lab/lesson-progress.js';
import type { ProgressFilter } from '../../../src/store/index.js';
import { useTempStores } from '../store/temp-store.js';

describe('LessonProgress', () => {
  const stores = useTempStores();

  function setup() {
    const store = stores.open();
    const reads: ProgressFilter[] = [];
    const counted = { ...store.progress, get: store.progress.get.bind(store.progress), put: store.progress.put.bind(store.progress), list: (f: ProgressFilter = {}) => (reads.push(f), store.progress.list(f)) };
    return { progress: new LessonProgress(counted, () => 1_000), reads };
  }

  it('reads a team once until one of its rows changes', () => {
    const { progress, reads } = setup();
    progress.start('ana', 'red', 'services', 'a');
    progress.start('bia', 'blue', 'services', 'a');
    reads.length = 0;
    expect(progress.activeInTeam('red').map((a) => a.user)).toEqual(['ana']);
    expect(progress.active('ana', 'red')?.lesson).toBe('services');
    expect(progress.active('bia', 'red')).toBeUndefined();
    expect(reads).toEqual([{ team: 'red' }]);
    // Another team's change leaves red's answer alone; red's own change is seen at once.
    progress.start('bia', 'blue', 'stacks', 'a');
    const ana = progress.active('ana', 'red');
    if (!ana) throw new Error('no active lesson');
    const moved = progress.moveTo(ana, 2, true);
    expect(progress.active('ana', 'red')).toEqual(moved);
    progress.stop(moved);
    expect(progress.activeInTeam('red')).toEqual([]);
    expect(reads.filter((f) => f.team === 'red' && f.user === undefined)).toHaveLength(3);
  });

  it('hands out copies a caller may change without touching the cache', () => {
    const { progress } = setup();
    progress.start('ana', 'red', 'services', 'a');
    progress.activeInTeam('red').pop();
    expect(progress.activeInTeam('red')).toHaveLength(1);
  });
});
