import { describe, expect, it } from 'vitest';
import { memoize } from '../../../src/docker/format/memo.js';

describe('memoize', () => {
  it('computes each key once and forgets the oldest past its bound', () => {
    const calls: string[] = [];
    const upper = memoize((s) => (calls.push(s), s.toUpperCase()), 2);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    upper('c');
    upper('b');
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers undefined answers too', () => {
    let calls = 0;
    const none = memoize(() => (calls++, undefined));
    none('x');
    none('x');
    expect(calls).toBe(1);
  });
});
