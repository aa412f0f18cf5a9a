// ls: GNU coreutils src/ls.c as a Debian node runs it with LANG=C.UTF-8: names in byte order,
// columns down then across on a terminal (one per line otherwise), -a/-A, -l, -1, -d, and
// `cannot access` errors with exit status 2.

import { errnoText, type FsCode } from '../../fs/fs-errors.js';
import type { FileStat, NodeFs } from '../../fs/node-fs.js';
import { joinPath } from '../../fs/path.js';
import type { ShellCommand } from '../../interpreter.js';
import { stringWidth } from '../../line-editor/width.js';
import { parseGnuOptions, quoteName } from './gnu-options.js';

const SPEC = {
  short: { a: 'all', A: 'almost-all', l: 'long', '1': 'one', d: 'directory', C: 'columns', h: 'human' },
  long: { all: 'all', 'almost-all': 'almost-all', directory: 'directory', 'human-readable': 'human' },
};

type Item = { name: string; stat: FileStat };

/** lsCommand lists directory contents. */
export function lsCommand(fs: NodeFs, now: () => number): ShellCommand {
  return async ({ argv, io }) => {
    const parsed = parseGnuOptions('ls', argv.slice(1), SPEC);
    if ('error' in parsed) return (io.stderr(parsed.error), 2);
    const { flags } = parsed;
    const operands = parsed.operands.length === 0 ? ['.'] : parsed.operands;
    const columns = io.isTTY && !flags.has('one') && !flags.has('long') ? io.size().columns : 0;
    const render = (items: Item[]): string => (flags.has('long') ? longFormat(items, now()) : columnFormat(items.map((i) => shownName(i.name, io.isTTY)), columns));
    let status = 0;
    const files: Item[] = [];
    const dirs: string[] = [];
    for (const name of operands) {
      const stat = fs.stat(name);
      if (typeof stat === 'string') {
        io.stderr(`ls: cannot access ${quoteName(name)}: ${errnoText(stat)}\n`);
        status = 2;
      } else if (stat.kind === 'dir' && !flags.has('directory')) dirs.push(name);
      else files.push({ name, stat });
    }
    const blocks: string[] = [];
    if (files.length > 0) blocks.push(render(sortItems(files)));
    for (const dir of dirs.sort(byteOrder)) {
      const items = listing(fs, dir, flags);
      if (typeof items === 'string') {
        io.stderr(`ls: cannot open directory ${quoteName(dir)}: ${errnoText(items)}\n`);
        status = 2;
        continue;
      }
      const header = operands.length > 1 ? `${dir}:\n` : '';
      const total = flags.has('long') ? `total ${items.reduce((sum, i) => sum + blocks1k(i.stat), 0)}\n` : '';
      blocks.push(header + total + render(items));
    }
    io.stdout(blocks.join('\n'));
    return status;
  };
}

function listing(fs: NodeFs, dir: string, flags: Set<string>): Item[] | FsCode {
  const names = fs.list(dir);
  if (typeof names === 'string') return names;
  const shown = names.filter((n) => flags.has('all') || flags.has('almost-all') || !n.startsWith('.'));
  if (flags.has('all')) shown.push('.', '..');
  const base = fs.resolve(dir);
  const items: Item[] = [];
  for (const name of shown) {
    const stat = fs.stat(joinPath(base, name));
    if (typeof stat !== 'string') items.push({ name, stat });
  }
  return sortItems(items);
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortItems = (items: Item[]): Item[] => items.sort((a, b) => byteOrder(a.name, b.name));
const blocks1k = (stat: FileStat): number => (stat.kind === 'dir' ? 4 : Math.ceil(stat.size / 4096) * 4);

/** shownName quotes names a shell would split, as ls does on a terminal (QUOTING_STYLE shell-escape). */
function shownName(name: string, tty: boolean): string {
  const clean = name.replace(/[\x00-\x1f\x7f]/g, '?');
  return tty && !/^[A-Za-z0-9._+,/:@%^=~-]+$/.test(clean) ? quoteName(clean) : clean;
}

/** columnFormat lays names out down then across like ls -C; width 0 means one per line. */
export function columnFormat(names: string[], width: number): string {
  if (names.length === 0) return '';
  if (width <= 0) return names.map((n) => `${n}\n`).join('');
  const widths = names.map(stringWidth);
  let best = { cols: 1, rows: names.length, colWidths: [Math.max(...widths)] };
  for (let cols = names.length; cols > 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const colWidths: number[] = [];
    widths.forEach((w, i) => {
      const c = Math.floor(i / rows);
      colWidths[c] = Math.max(colWidths[c] ?? 0, w);
    });
    const total = colWidths.reduce((s, w) => s + w, 0) + 2 * (colWidths.length - 1);
    if (total < width) {
      best = { cols: colWidths.length, rows, colWidths };
      break;
    }
  }
  let out = '';
  for (let r = 0; r < best.rows; r++) {
    let line = '';
    for (let c = 0; c < best.cols; c++) {
      const i = c * best.rows + r;
      const name = names[i];
      if (name === undefined) break;
      const last = c === best.cols - 1 || i + best.rows >= names.length;
      line += last ? name : name + ' '.repeat((best.colWidths[c] ?? 0) - (widths[i] ?? 0) + 2);
    }
    out += `${line}\n`;
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HALF_YEAR = 15_778_476_000;

/** longFormat is ls -l: mode, links, owner, group, size, time, name (the node's clock is UTC). */
function longFormat(items: Item[], now: number): string {
  const rows = items.map(({ name, stat }) => {
    const d = new Date(stat.mtime);
    const recent = now - stat.mtime < HALF_YEAR && stat.mtime <= now + 3_600_000;
    const when = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${recent ? `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}` : ` ${d.getUTCFullYear()}`}`;
    const mode = stat.kind === 'dir' ? 'drwxr-xr-x' : stat.kind === 'null' ? 'crw-rw-rw-' : '-rw-r--r--';
    const size = stat.kind === 'null' ? '1, 3' : String(stat.size);
    return { mode, links: stat.kind === 'dir' ? '2' : '1', owner: stat.owner, size, when, name: name.replace(/[\x00-\x1f\x7f]/g, '?') };
  });
  const w = (key: 'links' | 'owner' | 'size'): number => Math.max(...rows.map((r) => r[key].length));
  return rows.map((r) => `${r.mode} ${r.links.padStart(w('links'))} ${r.owner.padEnd(w('owner'))} ${r.owner.padEnd(w('owner'))} ${r.size.padStart(w('size'))} ${r.when} ${r.name}\n`).join('');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
