import { describe, expect, it } from 'vitest';
import { mib, percentile, summarize } from '../../../bench/stats.js';
import { nextClassSize } from '../../../bench/ceiling.js';
import { plan } from '../../../bench/sessions.js';

describe('bench stats', () => {
  it('percentile takes the nearest rank of sorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('summarize sorts, rounds to 0.01 ms and counts', () => {
    expect(summarize([3.004, 1, 2, 10.126])).toEqual({ count: 4, p50: 2, p99: 10.13, max: 10.13, mean: 4.03 });
  });

  it('summarize of nothing is a count of 0 with NaN figures', () => {
    const s = summarize([]);
    expect(s.count).toBe(0);
    expect(s.p99).toBeNaN();
  });

  it('one slow sample in a hundred is the p99 of 101 samples, not of 100', () => {
    const fast = Array.from({ length: 99 }, () => 1);
    expect(summarize([...fast, 50]).p99).toBe(1);
    expect(summarize([...fast, 50, 50]).p99).toBe(50);
  });

  it('mib converts bytes, two decimals', () => {
    expect(mib(1024 * 1024 * 1.5)).toBe(1.5);
    expect(mib(123_456)).toBe(0.12);
  });
});

describe('bench class plan', () => {
  it('puts session i on node i mod 5 of team i/5', () => {
    const p = plan(0, 7);
    expect(p.map((s) => s.spec.login)).toEqual([
      'u0000+manager1+t000', 'u0001+manager2+t000', 'u0002+manager3+t000', 'u0003+worker1+t000', 'u0004+worker2+t000',
      'u0005+manager1+t001', 'u0006+manager2+t001',
    ]);
    expect(p[6]?.spec.prompt).toBe('u0006@manager2:~$ ');
    expect(p[0]?.spec.localAddress).toBeUndefined();
  });

  it('counts source addresses from the base, so classes added in steps never crowd one address', () => {
    const first = plan(320, 480, 300, 320);
    const second = plan(480, 720, 300, 320);
    const perAddress = new Map<string, number>();
    for (const s of [...first, ...second]) perAddress.set(s.spec.localAddress ?? '', (perAddress.get(s.spec.localAddress ?? '') ?? 0) + 1);
    expect(Object.fromEntries(perAddress)).toEqual({ '127.0.0.2': 300, '127.0.0.3': 100 });
  });

  it('nextClassSize grows by half, rounded to 10, never past the maximum', () => {
    expect(nextClassSize(320, 3000)).toBe(480);
    expect(nextClassSize(480, 3000)).toBe(720);
    expect(nextClassSize(2430, 3000)).toBe(3000);
    expect(nextClassSize(10, 3000)).toBe(20);
  });
});
