// The content of each pane: a bold header row, then the rows that fit, scrolled so that the
// selection stays visible, with the selected row highlighted (inverse when the pane has focus).

import { clusterLines } from './cluster-view.js';
import { highlight, line } from './format.js';
import type { DashboardModel } from './model.js';
import { FEED_COLUMNS, PROGRESS_COLUMNS, SESSION_COLUMNS, TEAM_COLUMNS, type Columns } from './rows.js';
import type { PaneId } from './types.js';

/** PaneContent is a pane's border label and its lines (blessed tags). */
export interface PaneContent {
  label: string;
  lines: string[];
}

const EMPTY: Record<Exclude<PaneId, 'cluster'>, string> = {
  teams: 'No teams yet: a team appears when a student logs in as user+node+team.',
  sessions: 'Nobody is logged in yet.',
  progress: 'No lesson progress yet: it shows up here once students work on a lesson.',
  feed: 'No events yet: what students do to their clusters shows up here.',
};

/** table draws a list pane: header, visible rows, selection. */
function table<T>(model: DashboardModel, pane: Exclude<PaneId, 'cluster'>, items: readonly T[], columns: Columns<T>, width: number, height: number): string[] {
  if (items.length === 0) return [line([{ text: EMPTY[pane], style: 'gray-fg' }], width)];
  const cursor = model.cursors[pane];
  const rows = Math.max(0, height - 1);
  const first = cursor.window(items.length, rows);
  const lines = [line([{ text: columns.header, style: 'bold' }], width)];
  for (let i = first; i < Math.min(items.length, first + rows); i++) {
    const item = items[i] as T;
    const selected = i === cursor.index && (pane !== 'feed' || model.focused === 'feed');
    const text = line(columns.row(item), width, selected);
    lines.push(selected ? highlight(text, model.focused === pane) : text);
  }
  return lines;
}

/** paneContent builds what the pane shows at width × height inner cells. */
export function paneContent(model: DashboardModel, pane: PaneId, width: number, height: number): PaneContent {
  const { teams, sessions, progress } = model.snapshot;
  switch (pane) {
    case 'teams':
      return { label: `Teams (${teams.length})`, lines: table(model, pane, teams, TEAM_COLUMNS, width, height) };
    case 'sessions':
      return { label: `Sessions (${sessions.length})`, lines: table(model, pane, sessions, SESSION_COLUMNS, width, height) };
    case 'progress':
      return { label: `Lesson progress (${progress.length})`, lines: table(model, pane, progress, PROGRESS_COLUMNS, width, height) };
    case 'feed':
      return { label: 'Events', lines: table(model, pane, model.feed, FEED_COLUMNS, width, height) };
    case 'cluster': {
      const team = model.selectedTeam();
      return { label: team === undefined ? 'Cluster' : `Cluster · ${team}`, lines: clusterLines(model.cluster, width, height) };
    }
  }
}
