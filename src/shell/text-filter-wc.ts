// wc (GNU coreutils 9.4 src/wc.c): lines, words and bytes (or the ones asked for, always in that
// order) of each input, a `total` line for several, and the column width wc computes: 1 for one
// count of one input, else the digits of the regular files' total size, at least 7 when an input
// is a pipe or a directory (compute_number_width).

import type { ShellCommand } from './interpreter.js';
import { readInputs, type FilterInput, type ReadText } from './text-filter-inputs.js';

type Counts = [lines: number, words: number, chars: number, bytes: number];

function countsOf(text: string): Counts {
  return [(text.match(/\n/g) ?? []).length, text.split(/\s+/).filter((x) => x !== '').length, [...text].length, Buffer.byteLength(text)];
}

/** widthOf is compute_number_width over the inputs that could be opened. */
function widthOf(inputs: readonly FilterInput[], single: boolean): number {
  if (single && inputs.length === 1) return 1;
  let total = 0;
  let minimum = 1;
  for (const it of inputs) {
    if (!it.opened) continue;
    if (it.name === undefined || it.name === '-' || it.failure !== undefined) minimum = 7;
    else total += Buffer.byteLength(it.text);
  }
  return Math.max(String(total).length, minimum);
}

/** wcCommand builds wc over a filesystem (read). */
export function wcCommand(read: ReadText | undefined): ShellCommand {
  return async ({ argv, io, input }) => {
    const letters = argv.slice(1).filter((a) => a.startsWith('-') && a !== '-').join('');
    const wanted = [letters.includes('l'), letters.includes('w'), letters.includes('m'), letters.includes('c')];
    const shown = wanted.some(Boolean) ? wanted : [true, true, false, true];
    const inputs = readInputs('wc', argv.slice(1).filter((a) => a === '-' || !a.startsWith('-')), input, read);
    const width = widthOf(inputs, shown.filter(Boolean).length === 1);
    const line = (counts: Counts, name: string | undefined): string =>
      `${counts.filter((_, i) => shown[i]).map((c) => String(c).padStart(width)).join(' ')}${name === undefined ? '' : ` ${name}`}\n`;
    const total: Counts = [0, 0, 0, 0];
    let status = 0;
    for (const it of inputs) {
      if (it.failure !== undefined) {
        io.stderr(it.failure);
        status = 1;
        if (!it.opened) continue;
      }
      const counts = countsOf(it.text);
      counts.forEach((c, i) => (total[i] = (total[i] ?? 0) + c));
      io.stdout(line(counts, it.name));
    }
    if (inputs.length > 1) io.stdout(line(total, 'total'));
    return status;
  };
}
