// The text nano edits: lines, a cursor, the cut buffer and the modified flag. Pure, no screen.
// Like nano, a file that ends with a newline has an empty last line (the "magic line"), and
// saving adds the final newline when the last line is not empty.

/** TextBuffer is an editable list of lines with a cursor (row, and column in UTF-16 units). */
export class TextBuffer {
  lines: string[];
  row = 0;
  col = 0;
  modified = false;
  private cut: string[] = [];
  private lastWasCut = false;

  constructor(text: string) {
    this.lines = text.replace(/\r\n/g, '\n').split('\n');
  }

  /** text is the file content nano would write. */
  text(): string {
    const last = this.lines[this.lines.length - 1] ?? '';
    return this.lines.join('\n') + (last === '' ? '' : '\n');
  }

  /** lineCount is how many lines a save writes (the empty magic line is not one). */
  lineCount(): number {
    const last = this.lines[this.lines.length - 1] ?? '';
    return this.lines.length - (last === '' ? 1 : 0);
  }

  get line(): string {
    return this.lines[this.row] ?? '';
  }

  /** insert types text at the cursor; newlines in it (a paste) split lines. */
  insert(text: string): void {
    const parts = text.replace(/\r\n?/g, '\n').split('\n');
    const before = this.line.slice(0, this.col);
    const after = this.line.slice(this.col);
    if (parts.length === 1) {
      this.lines[this.row] = before + text + after;
      this.col += text.length;
    } else {
      const first = parts[0] ?? '';
      const last = parts[parts.length - 1] ?? '';
      this.lines.splice(this.row, 1, before + first, ...parts.slice(1, -1), last + after);
      this.row += parts.length - 1;
      this.col = last.length;
    }
    this.changed();
  }

  /** backspace deletes the character before the cursor, joining lines at column 0. */
  backspace(): void {
    if (this.col > 0) {
      const step = isLowSurrogate(this.line.charCodeAt(this.col - 1)) && this.col > 1 ? 2 : 1;
      this.lines[this.row] = this.line.slice(0, this.col - step) + this.line.slice(this.col);
      this.col -= step;
    } else if (this.row > 0) {
      const previous = this.lines[this.row - 1] ?? '';
      this.lines.splice(this.row - 1, 2, previous + this.line);
      this.row -= 1;
      this.col = previous.length;
    } else return;
    this.changed();
  }

  /** del deletes the character under the cursor, joining the next line at the end. */
  del(): void {
    if (this.col < this.line.length) {
      const step = isHighSurrogate(this.line.charCodeAt(this.col)) ? 2 : 1;
      this.lines[this.row] = this.line.slice(0, this.col) + this.line.slice(this.col + step);
    } else if (this.row < this.lines.length - 1) {
      this.lines.splice(this.row, 2, this.line + (this.lines[this.row + 1] ?? ''));
    } else return;
    this.changed();
  }

  /** cutLine moves the current line into the cut buffer (consecutive cuts add up), like ^K. */
  cutLine(): void {
    if (this.row === this.lines.length - 1 && this.line === '') return;
    if (!this.lastWasCut) this.cut = [];
    this.cut.push(this.line);
    if (this.lines.length === 1) this.lines = [''];
    else this.lines.splice(this.row, 1);
    this.row = Math.min(this.row, this.lines.length - 1);
    this.col = 0;
    this.changed();
    this.lastWasCut = true;
  }

  /** paste inserts the cut buffer above the current line, like ^U. */
  paste(): void {
    if (this.cut.length === 0) return;
    this.lines.splice(this.row, 0, ...this.cut);
    this.row += this.cut.length;
    this.col = 0;
    this.changed();
  }

  /** move moves the cursor; vertical moves keep the column within the line. */
  move(to: 'left' | 'right' | 'up' | 'down' | 'home' | 'end', by = 1): void {
    this.lastWasCut = false;
    if (to === 'left') {
      if (this.col > 0) this.col -= isLowSurrogate(this.line.charCodeAt(this.col - 1)) && this.col > 1 ? 2 : 1;
      else if (this.row > 0) (this.row -= 1), (this.col = this.line.length);
    } else if (to === 'right') {
      if (this.col < this.line.length) this.col += isHighSurrogate(this.line.charCodeAt(this.col)) ? 2 : 1;
      else if (this.row < this.lines.length - 1) (this.row += 1), (this.col = 0);
    } else if (to === 'up' || to === 'down') {
      this.row = Math.max(0, Math.min(this.lines.length - 1, this.row + (to === 'up' ? -by : by)));
      this.col = Math.min(this.col, this.line.length);
      if (isLowSurrogate(this.line.charCodeAt(this.col))) this.col -= 1;
    } else this.col = to === 'home' ? 0 : this.line.length;
  }

  private changed(): void {
    this.modified = true;
    this.lastWasCut = false;
  }
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
