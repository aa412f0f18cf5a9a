import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../../../src/shell/limits/token-bucket.js';

describe('TokenBucket', () => {
  it('allows a full burst at once, then refuses until time passes', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    expect(bucket.waitMs()).toBe(100);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('never holds more than the burst, however long it rests', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 3, () => now);
    now += 60_000;
    for (let i = 0; i < 3; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('ignores a clock that goes backwards', () => {
    let now = 1000;
    const bucket = new TokenBucket(1, 1, () => now);
    expect(bucket.take()).toBe(true);
    now = 0;
    expect(bucket.take()).toBe(false);
  });
});
