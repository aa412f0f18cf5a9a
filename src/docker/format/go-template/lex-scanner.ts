// The lexer's cursor over the input: runes in, items out, with Go's line counting.
// Fidelity: text/template/parse/lex.go (next, peek, backup, thisItem, emit, ignore, accept,
// acceptRun, errorf, atRightDelim, trim markers, atTerminator).
import type { Item, ItemType } from './lexer.js';

/** State names the next lexing step; null means an item is ready. */
export type State = 'text' | 'leftDelim' | 'comment' | 'rightDelim' | 'inside' | 'space' | 'identifier' | 'field' | 'variable' | 'char' | 'number' | 'quote' | 'rawQuote' | null;

/** EOF is what next() returns at the end of the input. */
export const EOF = '';

/** isSpace reports whether r is a space character inside an action. */
export const isSpace = (r: string): boolean => r === ' ' || r === '\t' || r === '\r' || r === '\n';

/** isAlphaNumeric reports whether r is a letter, a decimal digit or an underscore. */
export const isAlphaNumeric = (r: string): boolean => r !== EOF && /^[_\p{L}\p{Nd}]$/u.test(r);

const count = (s: string): number => s.split('\n').length - 1;

/** Scanner holds the lexing position; positions are UTF-16 indices. */
export class Scanner {
  pos = 0;
  start = 0;
  parenDepth = 0;
  line = 1;
  startLine = 1;
  insideAction = false;
  item: Item = { typ: 'eof', pos: 0, val: 'EOF', line: 1 };
  private atEOF = false;

  constructor(public input: string) {}

  /** next returns the next rune, or EOF. */
  next(): string {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return EOF;
    }
    const r = String.fromCodePoint(this.input.codePointAt(this.pos) ?? 0);
    this.pos += r.length;
    if (r === '\n') this.line++;
    return r;
  }

  /** peek returns but does not consume the next rune. */
  peek(): string {
    const r = this.next();
    this.backup();
    return r;
  }

  /** backup steps back one rune (never after EOF was seen, as in Go). */
  backup(): void {
    if (this.atEOF || this.pos === 0) return;
    const low = this.input.charCodeAt(this.pos - 1);
    const high = this.input.charCodeAt(this.pos - 2);
    this.pos -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (this.input[this.pos] === '\n') this.line--;
  }

  /** thisItem returns the pending input as an item and advances past it. */
  thisItem(typ: ItemType): Item {
    const i = { typ, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
    this.start = this.pos;
    this.startLine = this.line;
    return i;
  }

  /** emit makes the pending input the next item. */
  emit(typ: ItemType): State {
    return this.emitItem(this.thisItem(typ));
  }

  /** emitItem makes i the next item. */
  emitItem(i: Item): State {
    this.item = i;
    return null;
  }

  /** ignore skips the pending input, counting its newlines. */
  ignore(): void {
    this.countLines();
    this.start = this.pos;
    this.startLine = this.line;
  }

  /** countLines adds the newlines in the pending input to the line count. */
  countLines(): void {
    this.line += count(this.input.slice(this.start, this.pos));
  }

  /** accept consumes the next rune if it is in valid. */
  accept(valid: string): boolean {
    const r = this.next();
    if (r !== EOF && valid.includes(r)) return true;
    this.backup();
    return false;
  }

  /** acceptRun consumes a run of runes from valid. */
  acceptRun(valid: string): void {
    while (this.accept(valid));
  }

  /** errorf makes an error the next item and empties the input, ending the scan. */
  errorf(message: string): State {
    this.item = { typ: 'error', pos: this.start, val: message, line: this.startLine };
    this.start = 0;
    this.pos = 0;
    this.input = '';
    return null;
  }

  /** hasLeftTrimMarker reports `- ` (dash and a space) at a position. */
  hasLeftTrimMarker(at: number): boolean {
    return this.input[at] === '-' && isSpace(this.input[at + 1] ?? EOF);
  }

  /** hasRightTrimMarker reports ` -` (a space and a dash) at a position. */
  hasRightTrimMarker(at: number): boolean {
    return isSpace(this.input[at] ?? EOF) && this.input[at + 1] === '-';
  }

  /** atRightDelim reports whether `}}` or ` -}}` starts here. */
  atRightDelim(): { delim: boolean; trim: boolean } {
    if (this.hasRightTrimMarker(this.pos) && this.input.startsWith('}}', this.pos + 2)) return { delim: true, trim: true };
    return { delim: this.input.startsWith('}}', this.pos), trim: false };
  }

  /** leftTrimLength is the length of the spaces at the current position. */
  leftTrimLength(): number {
    const rest = this.input.slice(this.pos);
    return rest.length - rest.replace(/^[ \t\r\n]+/, '').length;
  }

  /** atTerminator reports whether an identifier may end here (breaks `.X.Y` into two pieces). */
  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r) || r === EOF || '.,|:)('.includes(r)) return true;
    return this.input.startsWith('}}', this.pos);
  }
}
