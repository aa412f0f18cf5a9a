// Draws nano's screen from its state, GNU nano 7.2 style: an inverse title bar, the text, a
// status line and two rows of shortcuts. Every frame is drawn whole, so a resize or a lost byte
// never leaves garbage; control characters in the text show as ^X and never reach the terminal.

import { clusterWidth, splitClusters } from '../line-editor/width.js';
import type { TextBuffer } from './text-buffer.js';

/** Prompt is the question on the status line: a file name to write, or yes/no. */
export type Prompt = { kind: 'write'; answer: string } | { kind: 'save-changes' };

/** NanoView is what one frame shows. */
export interface NanoView {
  fileName: string;
  buffer: TextBuffer;
  /** top is the first line shown; render adjusts it to keep the cursor visible. */
  top: number;
  status: string;
  prompt?: Prompt;
  cols: number;
  rows: number;
}

const INVERSE = '\x1b[7m';
const NORMAL = '\x1b[0m';

const EDIT_HELP = [
  [['^G', 'Help'], ['^O', 'Write Out'], ['^W', 'Where Is'], ['^K', 'Cut'], ['^T', 'Execute'], ['^C', 'Location']],
  [['^X', 'Exit'], ['^R', 'Read File'], ['^\\', 'Replace'], ['^U', 'Paste'], ['^J', 'Justify'], ['^/', 'Go To Line']],
];
const WRITE_HELP = [[['^G', 'Help']], [['^C', 'Cancel']]];
const YES_NO_HELP = [[[' Y', 'Yes']], [[' N', 'No'], ['^C', 'Cancel']]];

/** Layout says which screen rows hold what; tiny terminals drop the help, then the status and title. */
export function layout(rows: number): { title: boolean; first: number; height: number; status: number; help: number } {
  const help = rows >= 6 ? 2 : 0;
  const status = rows >= 3 ? rows - 1 - help : -1;
  const title = rows >= 2;
  const first = title ? 1 : 0;
  const height = Math.max(1, (status >= 0 ? status : rows) - first);
  return { title, first, height, status, help };
}

/** cellsOf splits a line into what each character shows: ^X for controls, spaces for tabs. */
export function cellsOf(line: string): Array<{ text: string; width: number; length: number }> {
  const cells: Array<{ text: string; width: number; length: number }> = [];
  let column = 0;
  for (const cluster of splitClusters(line)) {
    const code = cluster.codePointAt(0) ?? 0;
    let cell: { text: string; width: number; length: number };
    if (cluster === '\t') cell = { text: ' '.repeat(8 - (column % 8)), width: 8 - (column % 8), length: 1 };
    else if (code < 0x20 || code === 0x7f) cell = { text: `^${String.fromCharCode(code === 0x7f ? 63 : code + 64)}`, width: 2, length: cluster.length };
    else if (code >= 0x80 && code <= 0x9f) cell = { text: `^${String.fromCharCode(code - 64)}`, width: 2, length: cluster.length };
    else cell = { text: cluster, width: clusterWidth(cluster), length: cluster.length };
    cells.push(cell);
    column += cell.width;
  }
  return cells;
}

/** renderScreen draws a whole frame and returns it with the (possibly scrolled) top line. */
export function renderScreen(view: NanoView): { text: string; top: number } {
  const cols = Math.max(1, view.cols);
  const rows = Math.max(1, view.rows);
  const at = layout(rows);
  const { buffer } = view;
  let top = Math.min(view.top, buffer.row);
  if (buffer.row >= top + at.height) top = buffer.row - at.height + 1;
  let out = '\x1b[?25l';
  const row = (r: number, content: string): void => void (out += `\x1b[${r + 1};1H${content}${NORMAL}\x1b[K`);
  if (at.title) row(0, INVERSE + titleBar(view.fileName, buffer.modified, cols));
  let cursorX = 0;
  for (let i = 0; i < at.height; i++) {
    const index = top + i;
    const line = buffer.lines[index];
    if (line === undefined) {
      row(at.first + i, '');
      continue;
    }
    const shown = visibleLine(line, index === buffer.row ? buffer.col : 0, cols, index === buffer.row);
    if (index === buffer.row) cursorX = shown.cursor;
    row(at.first + i, shown.text);
  }
  if (at.status >= 0) row(at.status, statusLine(view, cols));
  const help = view.prompt?.kind === 'write' ? WRITE_HELP : view.prompt ? YES_NO_HELP : EDIT_HELP;
  if (at.help > 0) {
    row(rows - 2, helpRow(help[0] ?? [], cols));
    row(rows - 1, helpRow(help[1] ?? [], cols));
  }
  if (view.prompt && at.status >= 0) {
    const label = promptLabel(view.prompt);
    out += `\x1b[${at.status + 1};${Math.min(cols, label.length + 1)}H`;
  } else out += `\x1b[${at.first + (buffer.row - top) + 1};${Math.min(cursorX, cols - 1) + 1}H`;
  return { text: `${out}\x1b[?25h`, top };
}

function titleBar(fileName: string, modified: boolean, cols: number): string {
  const left = '  GNU nano 7.2';
  const right = modified ? 'Modified ' : '';
  const name = fileName === '' ? 'New Buffer' : fileName;
  const line = Array.from({ length: cols }, () => ' ');
  const put = (text: string, from: number): void => [...text].forEach((ch, i) => from + i >= 0 && from + i < cols && (line[from + i] = ch));
  if (cols >= left.length + name.length + right.length + 2) put(left, 0);
  put(name, Math.max(0, Math.floor((cols - name.length) / 2)));
  if (right && cols >= name.length + right.length + 2) put(right, cols - right.length);
  return line.join('');
}

function visibleLine(line: string, col: number, cols: number, current: boolean): { text: string; cursor: number } {
  const cells = cellsOf(line);
  let cursor = 0;
  let consumed = 0;
  for (const cell of cells) {
    if (consumed >= col) break;
    consumed += cell.length;
    cursor += cell.width;
  }
  // Like nano's default (no softwrap), a long line scrolls in chunks on its own row when the cursor is on it.
  const chunk = Math.max(1, cols - 1);
  const offset = current && cursor >= cols ? Math.floor(cursor / chunk) * chunk - 1 : 0;
  const total = cells.reduce((sum, c) => sum + c.width, 0);
  // The last column shows `>` when the line goes on past the screen, the first `<` when scrolled.
  const marks = cols >= 3;
  const room = marks && total - offset > cols ? cols - 1 : cols;
  let text = marks && offset > 0 ? '<' : '';
  let x = text.length;
  let column = 0;
  for (const cell of cells) {
    const start = column - offset;
    column += cell.width;
    if (start < x) continue;
    if (start + cell.width > room) break;
    text += ' '.repeat(start - x) + cell.text;
    x = start + cell.width;
  }
  if (room < cols && marks) text += `${' '.repeat(Math.max(0, cols - 1 - x))}>`;
  return { text, cursor: cursor - offset };
}

function promptLabel(prompt: Prompt): string {
  return prompt.kind === 'write' ? `File Name to Write: ${prompt.answer}` : 'Save modified buffer? ';
}

function statusLine(view: NanoView, cols: number): string {
  if (view.prompt) {
    const label = promptLabel(view.prompt).replace(/[\x00-\x1f\x7f-\x9f]/g, '?');
    return INVERSE + label.slice(-cols).padEnd(cols);
  }
  if (view.status === '') return '';
  const message = `[ ${view.status.replace(/[\x00-\x1f\x7f-\x9f]/g, '?')} ]`.slice(0, cols);
  return ' '.repeat(Math.max(0, Math.floor((cols - message.length) / 2))) + INVERSE + message;
}

function helpRow(items: string[][], cols: number): string {
  if (cols < 4) return '';
  const perRow = Math.max(1, Math.min(6, Math.floor(cols / 13)));
  const width = Math.floor(cols / perRow);
  let out = '';
  for (const [key = '', label = ''] of items.slice(0, perRow)) {
    const room = Math.max(0, width - key.length - 1);
    out += `${INVERSE}${key.slice(0, cols)}${NORMAL} ${label.slice(0, room).padEnd(room)}`;
  }
  return out;
}
