// The observe screen: a student's terminal replayed into our own @xterm/headless copy and drawn
// below a one-line header. Redrawing from the emulated screen (rather than passing the bytes
// through) keeps the header intact whatever the student's programs print (clear-screen,
// scrolling), clips the picture when the instructor's terminal is smaller, and only rewrites
// the rows that changed.

import xterm from '@xterm/headless';
import type { TerminalSize } from '../../docker/process-io.js';
import type { ObserverMirror } from '../instructor-api.js';
import { clean } from './format.js';
import { serializeRow } from './serialize-row.js';

const FRAME_MS = 30;

/** MirrorView draws a live, read-only copy of a student's terminal. */
export class MirrorView {
  private readonly copy: InstanceType<typeof xterm.Terminal>;
  private drawn: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly mirror: ObserverMirror, private readonly out: (text: string) => void, private size: TerminalSize) {
    this.copy = new xterm.Terminal({ cols: Math.max(1, mirror.columns), rows: Math.max(1, mirror.rows), scrollback: 0, allowProposedApi: true });
    this.copy.write(mirror.screen, () => this.redraw());
  }

  /** feed replays what the student's terminal shows next. */
  feed(data: string): void {
    if (!this.disposed) this.copy.write(data, () => this.schedule());
  }

  /** resize redraws everything for the instructor's new terminal size. */
  resize(size: TerminalSize): void {
    this.size = size;
    this.redraw();
  }

  /** dispose stops drawing and frees the emulated copy. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.copy.dispose();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.draw();
    }, FRAME_MS);
  }

  /** redraw clears the instructor's screen and draws header and rows again. */
  private redraw(): void {
    if (this.disposed) return;
    this.drawn = [];
    this.out('\x1b[0m\x1b[H\x1b[2J');
    this.draw();
  }

  private header(shown: { columns: number; rows: number }): string {
    const { user, node, columns, rows } = this.mirror;
    const clipped = shown.columns < columns || shown.rows < rows;
    const size = clipped ? ` · smaller: ${shown.columns}×${shown.rows} of ${columns}×${rows}` : ` (${columns}×${rows})`;
    const text = clean(clipped ? ` READ-ONLY · ${user}@${node} · q to return${size}` : ` READ-ONLY · ${user}@${node}${size} · q to return`);
    const fitted = [...text].slice(0, this.size.columns).join('').padEnd(this.size.columns);
    return `\x1b[1;1H\x1b[0;30;${clipped ? 43 : 46}m${fitted}\x1b[0m`;
  }

  private draw(): void {
    if (this.disposed) return;
    const buffer = this.copy.buffer.active;
    const { columns, rows } = this.mirror;
    const shown = { columns: Math.min(columns, this.size.columns), rows: Math.max(0, Math.min(rows, this.size.rows - 1)) };
    // When rows are missing, show the part around the cursor: that is where the student types.
    const first = Math.max(0, Math.min(buffer.cursorY - shown.rows + 1, rows - shown.rows));
    const frame = [this.header(shown)];
    const cell = buffer.getNullCell();
    for (let i = 0; i < shown.rows; i++) frame.push(serializeRow(buffer.getLine(buffer.baseY + first + i), shown.columns, cell));
    if (shown.rows < this.size.rows - 1) frame.push(`\x1b[2m${'─'.repeat(shown.columns)}\x1b[0m`);
    let out = '';
    frame.forEach((row, i) => {
      if (this.drawn[i] === row) return;
      this.drawn[i] = row;
      out += i === 0 ? row : `\x1b[${i + 1};1H${row}`;
    });
    const cursorRow = buffer.cursorY - first;
    const visible = cursorRow >= 0 && cursorRow < shown.rows && buffer.cursorX < shown.columns;
    out += visible ? `\x1b[${cursorRow + 2};${buffer.cursorX + 1}H\x1b[?25h` : '\x1b[?25l';
    this.out(out);
  }
}
