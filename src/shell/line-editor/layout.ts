// Where text lands on an auto-wrapping terminal. Positions are (row, col) relative to the row the
// prompt starts on. A character that fills the last column leaves the terminal waiting to wrap
// ("deferred wrap"); we model its end as the start of the next row, and a wide character that
// does not fit in the last column is pushed to the next row, leaving that column blank, as
// xterm and VTE do.

import { clusterWidth } from './width.js';

/** Position is a cell on screen relative to the first row of the prompt. */
export interface Position {
  row: number;
  col: number;
}

/** Placement is where one cluster is drawn and where the cursor is after it. */
export interface Placement {
  start: Position;
  end: Position;
}

/** place returns where a cluster of the given width goes when written at pos on a cols-wide screen. */
export function place(pos: Position, width: number, cols: number): Placement {
  let start = pos;
  if (width === 2 && pos.col === cols - 1) start = { row: pos.row + 1, col: 0 };
  const col = start.col + width;
  const end = col >= cols ? { row: start.row + 1, col: 0 } : { row: start.row, col };
  return { start, end };
}

/** TextLayout is the placement of a run of clusters and whether the terminal is left waiting to wrap. */
export interface TextLayout {
  starts: Position[];
  end: Position;
  wrapPending: boolean;
}

/** layoutClusters places clusters one after another starting at pos. */
export function layoutClusters(pos: Position, clusters: readonly string[], cols: number): TextLayout {
  const starts: Position[] = [];
  let end = pos;
  let wrapPending = false;
  for (const cluster of clusters) {
    const width = clusterWidth(cluster);
    const placed = place(end, width, cols);
    starts.push(placed.start);
    if (width > 0) wrapPending = placed.end.col === 0;
    end = placed.end;
  }
  return { starts, end, wrapPending };
}

// Escape sequences in a prompt (colours) take no cells: CSI ... final, or ESC + one character.
const ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|[^[])/g;

/** layoutPrompt returns where text typed after the prompt starts; "\n" in a prompt starts a new row. */
export function layoutPrompt(prompt: string, cols: number): { end: Position; wrapPending: boolean } {
  const lines = prompt.replace(ESCAPE, '').split('\n');
  const last = lines[lines.length - 1] ?? '';
  const { end, wrapPending } = layoutClusters({ row: lines.length - 1, col: 0 }, Array.from(last), cols);
  return { end, wrapPending: wrapPending && last !== '' };
}

/** cursorMove returns the escape sequences that move the cursor from one position to another. */
export function cursorMove(from: Position, to: Position): string {
  let out = '';
  const rows = to.row - from.row;
  if (rows < 0) out += rows === -1 ? '\x1b[A' : `\x1b[${-rows}A`;
  if (rows > 0) out += rows === 1 ? '\x1b[B' : `\x1b[${rows}B`;
  const cols = to.col - from.col;
  if (to.col === 0 && from.col !== 0) out += '\r';
  else if (cols > 0) out += cols === 1 ? '\x1b[C' : `\x1b[${cols}C`;
  else if (cols < 0) out += cols === -1 ? '\x1b[D' : `\x1b[${-cols}D`;
  return out;
}

/** samePosition reports whether two positions are the same cell. */
export function samePosition(a: Position, b: Position): boolean {
  return a.row === b.row && a.col === b.col;
}
