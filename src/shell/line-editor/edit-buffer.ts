// The text being edited and the cursor in it, as a list of clusters (a character plus its
// combining marks) so every cursor position is between two visible characters. It knows nothing
// about the screen; the renderer compares successive states to decide what to redraw.

import { clusterWidth, splitClusters } from './width.js';

const WORD_CHAR = /^[\p{L}\p{N}]/u;
const SPACE = /^\s/u;

function codePointCount(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

function startsZeroWidth(cluster: string | undefined): boolean {
  return cluster !== undefined && clusterWidth(cluster) === 0;
}

/** EditBuffer holds one line of input and a cursor, with readline's editing operations. */
export class EditBuffer {
  private cells: string[] = [];
  private cursor = 0;
  private length = 0;

  /** constructor takes the maximum line length in code points. */
  constructor(private readonly maxLength: number) {}

  /** clusters returns the line as editing units. */
  get clusters(): readonly string[] {
    return this.cells;
  }

  /** cursorIndex returns the cursor as an index into clusters. */
  get cursorIndex(): number {
    return this.cursor;
  }

  /** text returns the line as a string. */
  get text(): string {
    return this.cells.join('');
  }

  /** cursorOffset returns the cursor as a UTF-16 offset into text. */
  get cursorOffset(): number {
    return this.cells.slice(0, this.cursor).join('').length;
  }

  /** isEmpty reports whether the line has no text. */
  get isEmpty(): boolean {
    return this.cells.length === 0;
  }

  /** set replaces the whole line and puts the cursor at UTF-16 offset (default: the end); false if it was cut short. */
  set(text: string, offset = text.length): boolean {
    this.cells = [];
    this.cursor = 0;
    this.length = 0;
    const fits = this.insert(text.slice(0, offset));
    const keep = this.cursor;
    const restFits = fits && this.insert(text.slice(offset));
    this.cursor = keep;
    return restFits;
  }

  /** insert puts text at the cursor; it returns false when the length cap cut it short. */
  insert(raw: string): boolean {
    // History loaded from disk or a completion may hold line breaks or control characters; the
    // line is one row of printable text, so breaks become spaces and controls are dropped.
    const text = raw.replace(/[\t\n\r]/g, ' ').replace(/[\x00-\x1f\x7f-\x9f]/g, '');
    let accepted = text;
    let fits = true;
    const room = this.maxLength - this.length;
    if (codePointCount(text) > room) {
      accepted = Array.from(text).slice(0, Math.max(0, room)).join('');
      fits = false;
    }
    if (accepted === '') return fits;
    // Re-split with the neighbours so a combining mark joins the character before it.
    const from = this.cursor > 0 ? this.cursor - 1 : 0;
    const left = this.cursor > 0 ? (this.cells[from] ?? '') : '';
    const rightJoins = startsZeroWidth(this.cells[this.cursor]);
    const right = rightJoins ? (this.cells[this.cursor] ?? '') : '';
    const merged = splitClusters(left + accepted + right);
    this.cells.splice(from, (this.cursor - from) + (rightJoins ? 1 : 0), ...merged);
    this.cursor = Math.min(from + splitClusters(left + accepted).length, from + merged.length);
    this.length += codePointCount(accepted);
    return fits;
  }

  /** deleteBackward removes the cluster before the cursor; false when there is none. */
  deleteBackward(): boolean {
    if (this.cursor === 0) return false;
    this.remove(this.cursor - 1, this.cursor);
    return true;
  }

  /** deleteForward removes the cluster under the cursor; false when there is none. */
  deleteForward(): boolean {
    if (this.cursor >= this.cells.length) return false;
    this.remove(this.cursor, this.cursor + 1);
    return true;
  }

  /** moveTo puts the cursor at a cluster index, clamped to the line. */
  moveTo(index: number): void {
    this.cursor = Math.max(0, Math.min(this.cells.length, index));
  }

  /** wordLeft returns the start of the word before the cursor (letters and digits, like readline's backward-word). */
  wordLeft(): number {
    let i = this.cursor;
    while (i > 0 && !this.isWord(i - 1)) i -= 1;
    while (i > 0 && this.isWord(i - 1)) i -= 1;
    return i;
  }

  /** wordRight returns the end of the word after the cursor (readline's forward-word). */
  wordRight(): number {
    let i = this.cursor;
    while (i < this.cells.length && !this.isWord(i)) i += 1;
    while (i < this.cells.length && this.isWord(i)) i += 1;
    return i;
  }

  /** spaceWordLeft returns the start of the whitespace-delimited word before the cursor (unix-word-rubout). */
  spaceWordLeft(): number {
    let i = this.cursor;
    while (i > 0 && this.isSpace(i - 1)) i -= 1;
    while (i > 0 && !this.isSpace(i - 1)) i -= 1;
    return i;
  }

  /** killRange removes clusters [from, to) (in either order), leaves the cursor at the gap and returns the text. */
  killRange(a: number, b: number): string {
    const from = Math.max(0, Math.min(a, b));
    const to = Math.min(this.cells.length, Math.max(a, b));
    const text = this.cells.slice(from, to).join('');
    this.remove(from, to);
    return text;
  }

  private remove(from: number, to: number): void {
    if (to <= from) return;
    const removed = this.cells.splice(from, to - from);
    this.length -= codePointCount(removed.join(''));
    if (this.cursor >= to) this.cursor -= to - from;
    else if (this.cursor > from) this.cursor = from;
  }

  private isWord(i: number): boolean {
    return WORD_CHAR.test(this.cells[i] ?? '');
  }

  private isSpace(i: number): boolean {
    return SPACE.test(this.cells[i] ?? '');
  }
}
