// Docker's table output: header row, then one row per object, through the tabwriter.
// Fidelity: cli/command/formatter/formatter.go (Context.Write, postFormat).
import { tabwrite } from './tabwriter.js';

/** Table is a header and rows of already-formatted cell texts. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * renderTable prints a table exactly as a docker `table` format does: cells joined by tabs, each
 * row ended by "\n", aligned by the tabwriter. With no rows only the header line is printed.
 */
export function renderTable(table: Table): string {
  const lines = [table.header, ...table.rows].map((cells) => `${cells.join('\t')}\n`);
  return tabwrite(lines.join(''));
}
