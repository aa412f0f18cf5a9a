// Property tests: the tabwriter never throws, and a table's columns always line up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellWidth, renderTable, tabwrite } from '../../../../src/docker/format/index.js';

const cell = fc.oneof(
  fc.string({ maxLength: 14 }),
  fc.constantFrom('', 'é', '日本', 'a\u0301', '😀', '…', ' \\_ web.1'),
).map((s) => s.replace(/[\t\n\v\f]/g, ' '));

describe('tabwriter properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      expect(typeof tabwrite(text)).toBe('string');
    }));
  });

  it('aligns every column of a rectangular table', () => {
    const table = fc.integer({ min: 1, max: 6 }).chain((n) => fc.record({
      header: fc.array(cell, { minLength: n, maxLength: n }),
      rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 6 }),
    }));
    fc.assert(fc.property(table, ({ header, rows }) => {
      const all = [header, ...rows];
      const out = renderTable({ header, rows });
      const lines = out.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(all.length);
      const widths = header.slice(0, -1).map((_, j) => Math.max(10, ...all.map((r) => cellWidth(r[j] as string) + 3)));
      lines.forEach((line, i) => {
        const row = all[i] as string[];
        let rest = line;
        row.forEach((text, j) => {
          expect(rest.startsWith(text)).toBe(true);
          if (j === row.length - 1) {
            expect(rest).toBe(text);
            return;
          }
          const pad = (widths[j] as number) - cellWidth(text);
          expect(rest.slice(text.length, text.length + pad)).toBe(' '.repeat(pad));
          rest = rest.slice(text.length + pad);
        });
      });
    }));
  });
});
