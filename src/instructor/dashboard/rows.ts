// One formatter per pane row: the column layout of the teams, sessions, progress and event panes.
// Each returns coloured segments; the pane cuts them to its width and highlights the selection.

import type { FeedEntry, ProgressSummary, SessionSummary, TaskCounts, TeamSummary } from '../instructor-api.js';
import { clockTime, column, duration, right, speedLabel, type Segment } from './format.js';
import { byDisplayOrder, stateLook } from './task-states.js';

/** Columns is a table's header and how to turn one item into segments. */
export interface Columns<T> {
  header: string;
  row(item: T): Segment[];
}

// Each cell keeps one trailing space, so a value cut with "…" never touches the next column.
const text = (value: string, width: number, style?: string): Segment[] => [...column([style ? { text: value, style } : { text: value }], width - 1), { text: ' ' }];
const num = (value: number, width: number, style?: string): Segment[] => text(right(String(value), width - 1), width, style);

/** heading builds a header line from [label, width, numeric?] so it lines up with the rows. */
function heading(cells: [string, number, boolean?][]): string {
  return cells.map(([label, width, numeric]) => (numeric ? right(label, width - 1) + ' ' : label.padEnd(width))).join('').trimEnd();
}

/** taskCounts prints tasks by state, running first: `run 4 prep 1 fail 2`, coloured. */
export function taskCounts(tasks: TaskCounts): Segment[] {
  const states = Object.keys(tasks).filter((s) => (tasks[s] ?? 0) > 0).sort(byDisplayOrder);
  if (states.length === 0) return [{ text: 'no tasks', style: 'gray-fg' }];
  return states.flatMap((state, i) => {
    const look = stateLook(state);
    return [...(i > 0 ? [{ text: ' ' }] : []), { text: `${look.short} ${tasks[state] ?? 0}`, style: `${look.color}-fg` }];
  });
}

/** TEAM_COLUMNS lays out the teams pane: who is online where, what runs, how fast time goes. */
export const TEAM_COLUMNS: Columns<TeamSummary> = {
  header: heading([['TEAM', 12], ['ON', 3, true], ['NODES', 6, true], ['SVC', 4, true], ['TASKS', 24], ['CLOCK', 7], ['MEMBERS ONLINE', 0]]),
  row: (t) => [
    ...text(t.name, 12, 'bold'),
    ...num(t.online.length, 3, t.online.length > 0 ? 'green-fg' : 'gray-fg'),
    ...num(t.nodes, 6),
    ...num(t.services, 4),
    ...column([...taskCounts(t.tasks), { text: ' ' }], 24),
    ...text(speedLabel(t.clock.speed), 7, t.clock.speed === 1 ? undefined : 'yellow-fg'),
    ...(t.swarm ? [] : [{ text: 'no swarm ', style: 'yellow-fg' }]),
    { text: t.online.map((m) => `${m.user}@${m.node}`).join(' ') },
  ],
};

/** SESSION_COLUMNS lays out the sessions pane: one live session per row. */
export const SESSION_COLUMNS: Columns<SessionSummary> = {
  header: heading([['USER', 13], ['NODE', 11], ['TEAM', 11], ['IDLE', 8], ['FAIL', 5, true], ['OBS', 4], ['LAST COMMAND', 0]]),
  row: (s) => [
    ...text(s.user, 13, 'bold'),
    ...(s.kind === 'dashboard' ? text('dashboard', 11, 'gray-fg') : text(s.kind === 'exec' ? `${s.node} exec` : s.node, 11)),
    ...text(s.team, 11),
    ...text(duration(s.idleMs), 8, s.idleMs >= 300_000 ? 'yellow-fg' : undefined),
    ...num(s.failures, 5, s.failures > 0 ? 'red-fg' : 'gray-fg'),
    ...text(s.observers > 0 ? `${s.observers}` : '-', 4, s.observers > 0 ? 'cyan-fg' : 'gray-fg'),
    { text: s.lastCommand },
  ],
};

/** PROGRESS_COLUMNS lays out the lesson-progress pane; a long time on one step shows in yellow. */
export const PROGRESS_COLUMNS: Columns<ProgressSummary> = {
  header: heading([['USER', 13], ['TEAM', 11], ['LESSON', 17], ['STEP', 17], ['ON STEP', 9], ['FAILED', 6, true]]),
  row: (p) => [
    ...text(p.user, 13, 'bold'),
    ...text(p.team, 11),
    ...text(p.lesson, 17),
    ...text(p.step, 17),
    ...text(duration(p.onStepMs), 9, p.onStepMs >= 600_000 ? 'yellow-fg' : undefined),
    ...num(p.checksFailed, 6, p.checksFailed > 0 ? 'red-fg' : 'gray-fg'),
  ],
};

/** FEED_COLUMNS lays out the event feed: time, team, who did what. */
export const FEED_COLUMNS: Columns<FeedEntry> = {
  header: heading([['TIME', 9], ['TEAM', 11], ['EVENT', 0]]),
  row: (e) => [...text(clockTime(e.at), 9, 'gray-fg'), ...text(e.team, 11, 'cyan-fg'), { text: e.text }],
};
