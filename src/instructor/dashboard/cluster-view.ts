// The cluster view of one team, in the style of docker-swarm-visualizer: one column per node
// (hostname, role and leader, status and availability) with its tasks stacked below as coloured
// boxes, one line each.

import type { ClusterView, NodeColumn, TaskBox } from '../instructor-api.js';
import { column, line, type Segment } from './format.js';
import { stateLook } from './task-states.js';

const MIN_COLUMN = 10; // fits `manager1` and a task chip like ` web.1 run`
const HEADER_ROWS = 4;

/** taskChip is one task as a coloured box: label left, short state right. */
function taskChip(task: TaskBox, width: number): Segment[] {
  const look = stateLook(task.state);
  const fg = ['green', 'yellow', 'cyan'].includes(look.color) ? 'black' : 'white';
  const label = [...task.label].length > width - look.short.length - 2 ? [...task.label].slice(0, Math.max(1, width - look.short.length - 3)).join('') + '…' : task.label;
  const gap = Math.max(1, width - [...label].length - look.short.length - 1);
  return column([{ text: ` ${label}${' '.repeat(gap)}${look.short}`, style: `${fg}-fg ${look.color}-bg` }], width);
}

/** statusLine shows status and availability, or in a narrow column the one that is not the usual `ready`/`active`. */
function statusLine(node: NodeColumn, width: number, status: string, availability: string): Segment[] {
  if (node.status.length + 1 + node.availability.length <= width) return [{ text: node.status, style: status }, { text: ' ' }, { text: node.availability, style: availability }];
  if (node.status !== 'ready' || node.availability === 'active') return [{ text: node.status, style: status }];
  return [{ text: node.availability, style: availability }];
}

/** nodeHeader is the node's first rows: hostname, role (and leader), status and availability. */
function nodeHeader(node: NodeColumn, width: number): Segment[][] {
  const status = node.status === 'ready' ? 'green-fg' : node.status === 'down' ? 'red-fg' : 'yellow-fg';
  const availability = node.availability === 'active' ? 'green-fg' : 'yellow-fg';
  return [
    column([{ text: node.hostname, style: 'bold' }], width),
    column(node.leader ? [{ text: 'leader', style: 'cyan-fg bold' }] : [{ text: node.role }], width),
    column(statusLine(node, width, status, availability), width),
    column([{ text: '─'.repeat(width), style: 'gray-fg' }], width),
  ];
}

/** nodeRows is one node's column: its header, then its tasks, with "+N more" when they overflow. */
function nodeRows(node: NodeColumn, width: number, height: number): Segment[][] {
  const rows = nodeHeader(node, width).slice(0, height);
  const room = height - rows.length;
  if (room <= 0) return rows;
  const tasks = [...node.tasks].sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
  const shown = tasks.length > room ? tasks.slice(0, room - 1) : tasks;
  for (const task of shown) rows.push(taskChip(task, width));
  if (tasks.length > shown.length) rows.push(column([{ text: `+${tasks.length - shown.length} more`, style: 'gray-fg' }], width));
  if (node.tasks.length === 0 && room > 0) rows.push(column([{ text: 'no tasks', style: 'gray-fg' }], width));
  return rows;
}

/** clusterLines draws a team's cluster view as tagged lines of at most width columns and height rows. */
export function clusterLines(view: ClusterView | undefined, width: number, height: number): string[] {
  if (!view) return [line([{ text: 'No team selected: pick one in the Teams pane.', style: 'gray-fg' }], width)];
  if (view.nodes.length === 0) return [line([{ text: `Team ${view.team} has no nodes.`, style: 'gray-fg' }], width)];
  const fitting = Math.max(1, Math.floor((width + 1) / (MIN_COLUMN + 1)));
  const nodes = view.nodes.slice(0, fitting);
  const hidden = view.nodes.length - nodes.length;
  const rowsAvailable = hidden > 0 ? height - 1 : height;
  const colWidth = Math.max(1, Math.floor((width + 1) / nodes.length) - 1);
  const columns = nodes.map((n) => nodeRows(n, colWidth, Math.max(HEADER_ROWS, rowsAvailable)));
  const tall = Math.min(rowsAvailable, Math.max(...columns.map((c) => c.length)));
  const lines: string[] = [];
  for (let r = 0; r < tall; r++) {
    const segments = columns.flatMap((c, i) => [...(i > 0 ? [{ text: ' ' }] : []), ...(c[r] ?? [{ text: ' '.repeat(colWidth) }])]);
    lines.push(line(segments, width));
  }
  if (hidden > 0) lines.push(line([{ text: `+${hidden} more node${hidden === 1 ? '' : 's'} (widen the terminal)`, style: 'gray-fg' }], width));
  return lines;
}
