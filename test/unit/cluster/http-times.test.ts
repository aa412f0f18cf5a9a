// The cluster's date arithmetic (no Date objects in src/cluster) against JavaScript's own UTC
// formatting, across leap years, month ends and times before 1970.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goLogTime, httpDate } from '../../../src/cluster/http/times.js';

describe('cluster http times', () => {
  it('httpDate is the IMF-fixdate of the instant', () => {
    expect(httpDate(Date.UTC(2026, 10, 22, 20, 0, 0))).toBe('Sun, 22 Nov 2026 20:00:00 GMT');
    fc.assert(fc.property(fc.integer({ min: -2e12, max: 4e12 }), (ms) => httpDate(ms) === new Date(ms).toUTCString()));
  });

  it('goLogTime agrees with the ISO date', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4e12 }), (ms) => goLogTime(ms) === new Date(ms).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')));
  });
});
