// Output helpers for the admin commands: docker-style tables for people, JSON for scripts.

import { renderTable } from '../../docker/format/index.js';

/** Column is one column of an admin table: its header and how to read a row's cell. */
export interface Column<T> {
  header: string;
  cell(row: T): string;
}

/** printRows writes rows as a table, or as a JSON array (one object per row) with --json. */
export function printRows<T>(write: (text: string) => void, rows: readonly T[], columns: readonly Column<T>[], json: boolean, toJson: (row: T) => unknown): void {
  if (json) {
    write(`${JSON.stringify(rows.map(toJson))}\n`);
    return;
  }
  write(renderTable({ header: columns.map((c) => c.header), rows: rows.map((r) => columns.map((c) => c.cell(r))) }));
}

/** idle renders a duration the way `w` does for idle time: 5s, 3m, 2h. */
export function idle(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m`;
  return `${Math.floor(s / 3600)}h`;
}
