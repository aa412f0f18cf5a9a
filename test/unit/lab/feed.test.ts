import { describe, expect, it } from 'vitest';
import { EventFeed } from '../../../src/lab/feed.js';

describe('EventFeed', () => {
  it('keeps lines in order, bounded', () => {
    const feed = new EventFeed(3);
    feed.add('a', 1, ['one', 'two']);
    feed.add('b', 2, ['three', 'four']);
    expect(feed.latest(10).map((l) => l.text)).toEqual(['two', 'three', 'four']);
  });

  it('collapses a line that repeats the team\'s previous one', () => {
    const feed = new EventFeed();
    for (let i = 0; i < 4; i++) feed.add('red', i, ['task typo.1 rejected: No such image: ngnix:latest']);
    feed.add('blue', 9, ['bob@manager3 scaled web 2→5']);
    feed.add('red', 10, ['task typo.1 rejected: No such image: ngnix:latest']);
    expect(feed.latest(10).map((l) => `${l.team}: ${l.text}`)).toEqual([
      'blue: bob@manager3 scaled web 2→5',
      'red: task typo.1 rejected: No such image: ngnix:latest (×5)',
    ]);
  });
});
