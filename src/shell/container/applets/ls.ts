// `ls`: busybox coreutils/ls.c (1_36_1) over the static image in rootfs.ts: operands that are
// files first, then each directory (with a `dir:` header when there are several operands),
// `ls: <path>: No such file or directory` for missing ones. Columns and colors on a terminal,
// one name per line otherwise. -R, -S, -t, -X, -v and -c/-u are accepted; all image files share
// one date, so they change nothing.

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';
import { FALLBACK_NOW } from '../image-info.js';
import { listDir, normalizePath, statPath, type FsNode } from '../rootfs.js';
import type { Applet } from './applet.js';
import { hasOption, parseArgs, type ParsedArgs } from './getopt.js';
import { blocksOf, formatEntry, layoutColumns, type Entry, type Style } from './ls-format.js';
import { LS_USAGE } from './ls-usage.js';
import { showUsage } from './usage.js';

const LONG = [
  { name: 'full-time', hasArg: false, short: '\xff' },
  { name: 'group-directories-first', hasArg: false, short: '\xfe' },
  { name: 'color', hasArg: false, short: '\xfd', optionalArg: true },
];

/** ls lists directories and files of the simulated image. */
export const ls: Applet = {
  name: 'ls',
  async run(argv, io, env) {
    const parsed = parseArgs(argv.slice(1), { short: 'Cadi1lgnsxAkFpRQctuSXrvLHhT:w:', long: LONG });
    if (parsed.error !== undefined) {
      io.stderr(`ls: ${parsed.error}\n`);
      return showUsage(io, 'ls', LS_USAGE);
    }
    const now = env.now?.() ?? FALLBACK_NOW;
    const has = (o: string): boolean => hasOption(parsed, o);
    const style = styleOf(parsed, io, now);
    const format = has('l') ? 'long' : lastOf(parsed, '1Cx') ?? (io.isTTY ? 'C' : '1');
    const width = widthOf(parsed, io);
    const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
    let status = 0;
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    for (const name of operands) {
      const node = statPath(env, name, now);
      if (node === undefined) {
        io.stderr(`ls: ${name}: No such file or directory\n`);
        status = 1;
      } else if (node.kind === 'dir' && !has('d')) dirs.push({ name, node });
      else files.push({ name, node });
    }
    const show = (entries: Entry[], dir?: string): string =>
      render(sortEntries(entries.map((e) => withLinks(env, e, dir, now)), has('r')), style, format, width, env, dir);
    let out = files.length > 0 ? show(files) : '';
    dirs.forEach((dir, n) => {
      if (operands.length > 1) out += `${n > 0 || files.length > 0 ? '\n' : ''}${dir.name}:\n`;
      const entries = entriesOf(env, dir.name, has('a'), has('A'), now);
      if (format === 'long' || has('s')) out += `total ${entries.reduce((sum, e) => sum + blocksOf(e.node), 0)}\n`;
      out += show(entries, dir.name);
    });
    io.stdout(out);
    return status;
  },
};

function lastOf(parsed: ParsedArgs, letters: string): '1' | 'C' | 'x' | undefined {
  const found = parsed.options.filter((o) => letters.includes(o.opt)).pop()?.opt;
  return found === '1' || found === 'C' || found === 'x' ? found : undefined;
}

function styleOf(parsed: ParsedArgs, io: ProcessIO, now: number): Style {
  const has = (o: string): boolean => hasOption(parsed, o);
  const colorArg = parsed.options.filter((o) => o.opt === '\xfd').pop();
  let color = io.isTTY;
  if (colorArg !== undefined) {
    const when = colorArg.arg ?? 'always';
    color = when.startsWith('n') ? false : ['always', 'yes', 'force'].includes(when) || io.isTTY;
  }
  return {
    long: has('l'), numeric: has('n'), human: has('h'), inode: has('i'), blocks: has('s'),
    classify: has('F') ? 'all' : has('p') ? 'slash' : 'none', color, now,
  };
}

function widthOf(parsed: ParsedArgs, io: ProcessIO): number {
  const w = parsed.options.filter((o) => o.opt === 'w').pop()?.arg;
  if (w !== undefined && /^[0-9]+$/.test(w)) return Number(w);
  return io.size().columns - 1; // busybox uses one column less than the terminal
}

function entriesOf(env: ContainerEnv, dir: string, all: boolean, almostAll: boolean, now: number): Entry[] {
  const base = normalizePath(dir);
  const entries: Entry[] = [];
  if (all) {
    const self = statPath(env, base, now);
    const parent = statPath(env, `${base}/..`, now);
    if (self !== undefined) entries.push({ name: '.', node: self });
    if (parent !== undefined) entries.push({ name: '..', node: parent });
  }
  for (const name of listDir(env, base)) {
    if (name.startsWith('.') && !all && !almostAll) continue;
    const node = statPath(env, `${base}/${name}`, now);
    if (node !== undefined) entries.push({ name, node });
  }
  return entries;
}

/** withLinks adds the link count: a directory has `.`, its entry in the parent, and each child's `..`. */
function withLinks(env: ContainerEnv, entry: Entry, dir: string | undefined, now: number): Entry {
  if (entry.node.kind !== 'dir') return entry;
  const path = dir === undefined ? entry.name : `${dir}/${entry.name}`;
  const subdirs = listDir(env, path).filter((name) => statPath(env, `${path}/${name}`, now)?.kind === 'dir');
  return { ...entry, nlink: 2 + subdirs.length };
}

function sortEntries(entries: Entry[], reverse: boolean): Entry[] {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return reverse ? sorted.reverse() : sorted;
}

function render(entries: Entry[], style: Style, format: string, width: number, env: ContainerEnv, dir?: string): string {
  const targetOf = (e: Entry): FsNode | undefined => {
    if (e.node.kind !== 'link') return undefined;
    const from = dir === undefined ? `${e.name}/..` : dir;
    return statPath(env, e.node.target.startsWith('/') ? e.node.target : `${from}/${e.node.target}`, style.now);
  };
  const cells = entries.map((e) => formatEntry(e, style, targetOf(e)));
  if (format === 'long' || format === '1') return cells.map(([text]) => `${text}\n`).join('');
  return layoutColumns(cells, entries.map((e) => e.name), width, format === 'x');
}
