// Elastic tabstops as Go's text/tabwriter computes them, in docker's configuration.
// Fidelity: cli/command/formatter/tabwriter/tabwriter.go (docker's fork of text/tabwriter that
// measures cells with go-runewidth) and cli/command/formatter/formatter.go (postFormat:
// NewWriter(out, 10, 1, 3, ' ', 0)). Flags 0 means: left-aligned, empty columns kept, no HTML.
import { cellWidth } from './cell-width.js';

/** TabwriterOptions are the knobs of tabwriter.NewWriter that docker uses. */
export interface TabwriterOptions {
  readonly minwidth: number;
  readonly padding: number;
  readonly padchar: string;
}

/** DOCKER_TABWRITER is the configuration every docker table uses (minwidth 10, padding 3, ' '). */
export const DOCKER_TABWRITER: TabwriterOptions = { minwidth: 10, padding: 3, padchar: ' ' };

interface Cell {
  readonly text: string;
  readonly width: number;
}

/** One buffered line: its cells (all tab-terminated except the last) and whether a newline ended it. */
interface Line {
  readonly cells: readonly Cell[];
  readonly terminated: boolean;
}

function toCells(parts: readonly string[]): Cell[] {
  return parts.map((text) => ({ text, width: cellWidth(text) }));
}

/**
 * splitLines turns text into tabwriter lines. A '\t' or '\v' ends a cell; '\n' ends a cell and
 * the line. Text after the last newline is a line of its own; there a trailing empty cell was
 * never terminated, so it is not a cell (Go's Flush only terminates a non-empty cell).
 */
function splitLines(text: string): Line[] {
  const parts = text.split('\n');
  const lines: Line[] = [];
  parts.forEach((part, index) => {
    const cellTexts = part.split(/[\t\v]/);
    const last = index === parts.length - 1;
    if (last && cellTexts[cellTexts.length - 1] === '') cellTexts.pop();
    lines.push({ cells: toCells(cellTexts), terminated: !last });
  });
  return lines;
}

class Formatter {
  private readonly out: string[] = [];
  private readonly widths: number[] = [];

  constructor(
    private readonly lines: readonly Line[],
    private readonly opts: TabwriterOptions,
  ) {}

  run(): string {
    this.format(0, this.lines.length);
    return this.out.join('');
  }

  private pad(n: number): void {
    if (n > 0) this.out.push(this.opts.padchar.repeat(n));
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i] as Line;
      line.cells.forEach((cell, j) => {
        this.out.push(cell.text);
        const width = this.widths[j];
        if (width !== undefined) this.pad(width - cell.width);
      });
      if (line.terminated) this.out.push('\n');
    }
  }

  /** format mirrors tabwriter's recursive column-block algorithm over lines [line0, line1). */
  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    let start = line0;
    for (let row = line0; row < line1; row++) {
      if (column >= (this.lines[row] as Line).cells.length - 1) continue;
      // A column block begins here: lines that all have a tab-terminated cell in this column.
      this.writeLines(start, row);
      start = row;
      let width = this.opts.minwidth;
      for (; row < line1; row++) {
        const cells = (this.lines[row] as Line).cells;
        if (column >= cells.length - 1) break;
        width = Math.max(width, (cells[column] as Cell).width + this.opts.padding);
      }
      this.widths.push(width);
      this.format(start, row);
      this.widths.pop();
      start = row;
      // Like Go, the loop increment skips the line that ended the block: it has no cell here.
    }
    this.writeLines(start, line1);
  }
}

/**
 * tabwrite formats tab-separated text like a Go tabwriter written to and then flushed: every
 * tab-terminated cell is padded to its column block's width (empty cells too), the last cell of
 * a line is never padded. A '\f' also ends the line and starts an independent block of lines.
 */
export function tabwrite(text: string, opts: TabwriterOptions = DOCKER_TABWRITER): string {
  return text
    .split('\f')
    .map((chunk, i, all) => {
      const body = i < all.length - 1 ? `${chunk}\n` : chunk;
      return new Formatter(splitLines(body), opts).run();
    })
    .join('');
}
