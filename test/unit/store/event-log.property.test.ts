import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../../src/store/index.js';
import { all, useTempStores } from './temp-store.js';

const append = fc.record({
  stream: fc.constantFrom('blue', 'red', 'green'),
  events: fc.array(fc.record({ type: fc.string({ maxLength: 20 }), data: fc.jsonValue({ maxDepth: 3 }) }), {
    maxLength: 8,
  }),
  recordedAt: fc.integer({ min: 0, max: 2 ** 42 }),
});

describe('EventLog property', () => {
  const temp = useTempStores();

  it('any sequence of appends of JSON data reads back equal and in order', () => {
    const store = temp.open();
    let run = 0;
    fc.assert(
      fc.property(fc.array(append, { maxLength: 12 }), (appends) => {
        run += 1;
        const expected = new Map<string, (NewEvent & { recordedAt: number })[]>();
        for (const { stream, events, recordedAt } of appends) {
          const name = `${stream}-${run}`;
          const before = expected.get(name) ?? [];
          const result = store.events.append(name, events, recordedAt);
          expect(result).toEqual({ firstSeq: before.length + 1, lastSeq: before.length + events.length });
          expected.set(name, [...before, ...events.map((event) => ({ ...event, recordedAt }))]);
        }
        for (const [name, events] of expected) {
          const read = all(store.events.read(name));
          expect(read.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
          // JSON is the contract: compare with what a JSON round trip gives (-0 comes back as 0).
          const roundTrip = events.map(({ type, data, recordedAt }) => ({
            type,
            data: JSON.parse(JSON.stringify(data)) as unknown,
            recordedAt,
          }));
          expect(read.map(({ type, data, recordedAt }) => ({ type, data, recordedAt }))).toEqual(roundTrip);
        }
      }),
      { numRuns: 100 },
    );
  });
});
