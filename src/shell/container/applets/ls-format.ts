// How busybox `ls` prints one entry and lays entries out: coreutils/ls.c (1_36_1)
// display_single() for -l/-i/-s/-F/-p and colors (FEATURE_LS_COLOR: bold blue directories, cyan
// links), display_files() for the column layout (width = longest name + 2, filled down columns).

import type { FsNode } from '../rootfs.js';

/** Entry is one name to print with its node. */
export interface Entry {
  name: string;
  node: FsNode;
  /** nlink is the link count `ls -l` shows (a directory: 2 + its subdirectories). */
  nlink?: number;
}

/** Style holds the display choices parsed from ls's options. */
export interface Style {
  long: boolean;
  numeric: boolean;
  human: boolean;
  inode: boolean;
  blocks: boolean;
  classify: 'none' | 'slash' | 'all';
  color: boolean;
  now: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS_MS = ((365 * 24 * 3600) / 2) * 1000;

/** sizeOf gives the size `ls -l` shows: 4096 for directories, the target's length for links. */
export function sizeOf(node: FsNode): number {
  if (node.kind === 'dir') return 4096;
  if (node.kind === 'link') return node.target.length;
  if (node.kind === 'char') return 0;
  return node.size ?? Buffer.byteLength(node.content);
}

/** blocksOf gives allocated 1K blocks (overlayfs: 4K pages). */
export function blocksOf(node: FsNode): number {
  if (node.kind === 'link' || node.kind === 'char') return 0;
  return Math.ceil(sizeOf(node) / 4096) * 4;
}

function modeString(node: FsNode): string {
  if (node.kind === 'link') return 'lrwxrwxrwx';
  const perm = node.perm;
  const bit = (mask: number, c: string): string => ((perm & mask) !== 0 ? c : '-');
  const sticky = (perm & 0o1000) !== 0;
  const other = `${bit(0o4, 'r')}${bit(0o2, 'w')}${sticky ? ((perm & 0o1) !== 0 ? 't' : 'T') : bit(0o1, 'x')}`;
  const type = node.kind === 'dir' ? 'd' : node.kind === 'char' ? 'c' : '-';
  return `${type}${bit(0o400, 'r')}${bit(0o200, 'w')}${bit(0o100, 'x')}${bit(0o40, 'r')}${bit(0o20, 'w')}${bit(0o10, 'x')}${other}`;
}

function timeString(mtime: number, now: number): string {
  const d = new Date(mtime);
  const day = `${MONTHS[d.getUTCMonth()] ?? ''} ${String(d.getUTCDate()).padStart(2, ' ')}`;
  const age = now - mtime;
  if (age < SIX_MONTHS_MS && age > -15 * 60 * 1000) {
    return `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} `;
  }
  return `${day} ${String(d.getUTCFullYear()).padStart(5, ' ')} `;
}

/** humanSize mirrors make_human_readable_str(size, 1, 0): 4.0K, 789.8K, 12. */
function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)}${units[unit] ?? ''}`;
}

function colorOf(node: FsNode): string {
  if (node.kind === 'dir') return '\x1b[1;34m';
  if (node.kind === 'link') return '\x1b[1;36m';
  if (node.kind === 'char') return '\x1b[1;33m';
  return (node.perm & 0o111) !== 0 ? '\x1b[1;32m' : '\x1b[0;0m';
}

function indicator(node: FsNode, style: Style): string {
  if (style.classify === 'none') return '';
  if (node.kind === 'dir') return '/';
  if (style.classify === 'slash') return '';
  if (node.kind === 'link') return '@';
  return node.kind === 'file' && (node.perm & 0o111) !== 0 ? '*' : '';
}

/** formatEntry renders one entry; the second value is its printed width (for columns). */
export function formatEntry(entry: Entry, style: Style, target?: FsNode): [string, number] {
  const { node } = entry;
  let text = '';
  if (style.inode) text += `${String(inodeOf(entry.name)).padStart(7, ' ')} `;
  if (style.blocks) text += `${String(blocksOf(node)).padStart(6, ' ')} `;
  if (style.long) {
    const owner = style.numeric ? `${'0'.padEnd(8, ' ')} ${'0'.padEnd(8, ' ')} ` : 'root     root     ';
    const nlink = entry.nlink ?? 1;
    const size = node.kind === 'char' ? `${String(node.major).padStart(4, ' ')}, ${String(node.minor).padStart(3, ' ')} ` : `${(style.human ? humanSize(sizeOf(node)) : String(sizeOf(node))).padStart(9, ' ')} `;
    text += `${modeString(node)} ${String(nlink).padStart(4, ' ')} ${owner}${size}${timeString(node.mtime, style.now)}`;
  }
  const width = text.length + entry.name.length;
  text += style.color ? `${colorOf(node)}${entry.name}\x1b[m` : entry.name;
  let extra = 0;
  if (style.long && node.kind === 'link') {
    const shown = style.color && target !== undefined ? `${colorOf(target)}${node.target}\x1b[m` : node.target;
    text += ` -> ${shown}`;
    extra += 4 + node.target.length;
  }
  const mark = indicator(style.long && node.kind === 'link' && target !== undefined ? target : node, style);
  return [text + mark, width + extra + mark.length];
}

function inodeOf(name: string): number {
  let hash = 2_000_000;
  for (const c of name) hash = (hash * 33 + c.charCodeAt(0)) % 9_000_000;
  return hash + 1_000_000;
}

/** layoutColumns arranges rendered entries down columns (or across with byRows), like display_files(). */
export function layoutColumns(cells: Array<[string, number]>, names: string[], width: number, byRows: boolean): string {
  if (cells.length === 0) return '';
  const columnWidth = Math.max(...names.map((n) => n.length)) + 2;
  const ncols = Math.max(1, Math.floor(width / columnWidth));
  const nrows = ncols > 1 ? Math.ceil(cells.length / ncols) : cells.length;
  let out = '';
  for (let row = 0; row < nrows; row++) {
    let column = 0;
    let nexttab = 0;
    for (let col = 0; col < ncols; col++) {
      const i = byRows ? row * ncols + col : col * nrows + row;
      const cell = cells[i];
      if (cell === undefined) continue;
      if (column > 0) {
        out += ' '.repeat(Math.max(0, nexttab - column));
        column = nexttab;
      }
      nexttab = column + columnWidth;
      out += cell[0];
      column += cell[1];
    }
    out += '\n';
  }
  return out;
}
