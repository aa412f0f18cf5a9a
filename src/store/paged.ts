// better-sqlite3 keeps the connection busy while a statement's iterate() is open, so a lazy read
// that lets the caller append in the middle fetches bounded pages instead.

/** pageSize is how many rows a lazy read fetches at a time. */
export const pageSize = 512;

/**
 * paged is an Iterable over every row `fetchPage(after)` returns, page after page, where `after`
 * is the key of the last row seen (or `start`); it stops at the first short page. Each iteration
 * starts again from `start`, and rows are mapped by `map` as they are reached.
 */
export function paged<Row, Item>(
  start: number,
  fetchPage: (after: number) => readonly Row[],
  keyOf: (row: Row) => number,
  map: (row: Row) => Item,
): Iterable<Item> {
  return {
    *[Symbol.iterator](): Generator<Item, void, undefined> {
      let after = start;
      for (;;) {
        const rows = fetchPage(after);
        for (const row of rows) yield map(row);
        const last = rows[rows.length - 1];
        if (last === undefined || rows.length < pageSize) return;
        after = keyOf(last);
      }
    },
  };
}
