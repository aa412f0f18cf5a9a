// Where each pane goes for a terminal size. Small terminals (80×24 up to 119 columns or 31 rows)
// show one pane at a time under a tab bar; larger ones show all five in a grid:
//
//   title                                   (row 0)
//   tab bar                                 (row 1)
//   Teams            | Cluster              (~40% of the body)
//   Sessions         | Progress             (~35%)
//   Events                                  (the rest)
//   status line, help line                  (last two rows)

import type { PaneId } from './types.js';

/** Rect is a pane's position and size in cells, borders included. */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Layout says which panes are visible and where; panes missing from it are hidden. */
export interface Layout {
  mode: 'tabs' | 'grid' | 'tiny';
  panes: Partial<Record<PaneId, Rect>>;
}

/** GRID_MIN is the smallest terminal that gets the all-panes grid. */
export const GRID_MIN = { columns: 120, rows: 32 };

/** TINY is below what the dashboard can draw usefully: it then only asks for a larger terminal. */
const TINY = { columns: 40, rows: 10 };

/** computeLayout places the panes for a terminal of columns × rows with the focus on focused. */
export function computeLayout(columns: number, rows: number, focused: PaneId): Layout {
  if (columns < TINY.columns || rows < TINY.rows) return { mode: 'tiny', panes: {} };
  const top = 2;
  const body = rows - 4;
  if (columns < GRID_MIN.columns || rows < GRID_MIN.rows) {
    return { mode: 'tabs', panes: { [focused]: { top, left: 0, width: columns, height: body } } };
  }
  const upper = Math.floor(body * 0.4);
  const middle = Math.floor(body * 0.35);
  const lower = body - upper - middle;
  const leftWidth = Math.floor(columns * 0.5);
  const rightWidth = columns - leftWidth;
  return {
    mode: 'grid',
    panes: {
      teams: { top, left: 0, width: leftWidth, height: upper },
      cluster: { top, left: leftWidth, width: rightWidth, height: upper },
      sessions: { top: top + upper, left: 0, width: leftWidth, height: middle },
      progress: { top: top + upper, left: leftWidth, width: rightWidth, height: middle },
      feed: { top: top + upper + middle, left: 0, width: columns, height: lower },
    },
  };
}
