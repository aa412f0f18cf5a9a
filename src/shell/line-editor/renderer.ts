// Keeps the screen in step with the edit buffer. It remembers what it drew (the clusters and where
// each one starts) and where the terminal cursor is, so an update only rewrites from the first
// changed cluster: typing at the end of the line writes just the new characters.
//
// Invariants: the terminal cursor is never left in the deferred-wrap state (after filling the
// last column we write a space and CR, which moves it to the next row the way readline does),
// and every cell after the end of the drawn text is blank.

import { cursorMove, layoutClusters, layoutPrompt, place, type Position } from './layout.js';
import { clusterWidth } from './width.js';

const CLEAR_TO_END = '\x1b[J';
const ORIGIN: Position = { row: 0, col: 0 };

/** Renderer draws a prompt and an editable line on an auto-wrapping terminal. */
export class Renderer {
  private prompt = '';
  private promptEnd: Position = ORIGIN;
  private shown: readonly string[] = [];
  private starts: Position[] = [];
  private end: Position = ORIGIN;
  private cursor: Position = ORIGIN;
  private endWrapped = false;

  /** constructor takes the function that writes to the terminal and its width in columns. */
  constructor(
    private readonly write: (text: string) => void,
    private cols: number,
  ) {
    this.cols = Math.max(2, Math.floor(cols) || 2);
  }

  /** columns returns the width the renderer lays text out for. */
  get columns(): number {
    return this.cols;
  }

  /** draw writes prompt and line from the current cursor row's start, as if the screen below were blank. */
  draw(prompt: string, clusters: readonly string[], cursorIndex: number): void {
    this.prompt = prompt;
    const promptLayout = layoutPrompt(prompt, this.cols);
    this.promptEnd = promptLayout.end;
    const text = layoutClusters(this.promptEnd, clusters, this.cols);
    this.shown = [...clusters];
    this.starts = text.starts;
    this.end = text.end;
    const pending = clusters.length > 0 ? text.wrapPending : promptLayout.wrapPending;
    this.endWrapped = pending;
    let out = prompt + clusters.join('');
    out += pending ? ' \r' : '';
    const target = this.positionOf(cursorIndex);
    out += cursorMove(this.end, target);
    this.cursor = target;
    this.write(out);
  }

  /** update redraws what changed since the last draw and moves the cursor to cursorIndex. */
  update(clusters: readonly string[], cursorIndex: number): void {
    const old = this.shown;
    let k = 0;
    const limit = Math.min(old.length, clusters.length);
    while (k < limit && old[k] === clusters[k]) k += 1;
    let out = '';
    if (k < old.length || k < clusters.length) {
      const from = this.after(k);
      const tail = clusters.slice(k);
      const text = layoutClusters(from, tail, this.cols);
      out += cursorMove(this.cursor, from);
      if (k < old.length) out += CLEAR_TO_END;
      out += tail.join('');
      if (tail.length > 0 && text.wrapPending) out += ' \r';
      this.endWrapped = tail.length > 0 ? text.wrapPending : this.wrappedAt(k);
      this.starts = this.starts.slice(0, k).concat(text.starts);
      this.shown = [...clusters];
      this.end = text.end;
      this.cursor = text.end;
    }
    const target = this.positionOf(cursorIndex);
    out += cursorMove(this.cursor, target);
    this.cursor = target;
    if (out !== '') this.write(out);
  }

  /** moveToEnd puts the cursor after the text; it returns true when that is already the start of a fresh row. */
  moveToEnd(): boolean {
    const out = cursorMove(this.cursor, this.end);
    this.cursor = this.end;
    if (out !== '') this.write(out);
    return this.endWrapped;
  }

  /** moveToTop puts the cursor at the start of the prompt's first row and erases everything below. */
  moveToTop(): void {
    this.write(cursorMove(this.cursor, ORIGIN) + '\r' + CLEAR_TO_END);
    this.cursor = ORIGIN;
  }

  /**
   * resize re-lays the line for a new width and, when a line is shown, redraws it. Terminals
   * disagree on what a resize does to wrapped rows: xterm, xterm.js and PuTTY keep them as they
   * are, while VTE, iTerm2 and Windows Terminal reflow them. We go up to the smaller of the two
   * possible cursor rows, so the redraw never erases the output above the prompt; at worst a
   * stale copy of the line's first rows stays above it.
   */
  resize(cols: number, cursorIndex: number, shown: boolean): void {
    const oldRow = this.cursor.row;
    this.cols = Math.max(2, Math.floor(cols) || 2);
    if (!shown) return;
    const promptEnd = layoutPrompt(this.prompt, this.cols).end;
    const reflowedRow = layoutClusters(promptEnd, this.shown.slice(0, cursorIndex), this.cols).end.row;
    this.cursor = { row: Math.min(oldRow, reflowedRow), col: 0 };
    this.moveToTop();
    this.draw(this.prompt, this.shown, cursorIndex);
  }

  /** positionOf returns the screen position of the cursor before cluster index i. */
  private positionOf(i: number): Position {
    if (i >= this.shown.length) return this.end;
    return this.starts[i] ?? this.end;
  }

  /** after returns where the text continues after the first i clusters, before placing the next one. */
  private after(i: number): Position {
    if (i === 0) return this.promptEnd;
    const start = this.starts[i - 1];
    if (start === undefined) return this.end;
    return place(start, clusterWidth(this.shown[i - 1] ?? ''), this.cols).end;
  }

  /** wrappedAt reports whether the text cut after i clusters ends exactly at the right margin. */
  private wrappedAt(i: number): boolean {
    if (i === 0) return layoutPrompt(this.prompt, this.cols).wrapPending;
    const pos = this.after(i);
    return pos.col === 0 && clusterWidth(this.shown[i - 1] ?? '') > 0;
  }
}
