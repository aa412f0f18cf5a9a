// The template lexer, a port of text/template/parse/lex.go (Go 1.22+: pull-based, trim markers
// `{{- ` / ` -}}`, comments, `=` and `:=`, break/continue keywords). Positions are UTF-16 indices
// into the input; error locations convert them to Go's byte columns. This file holds the items
// and the states outside actions; lex-action.ts holds the states inside them.
import { lexInsideState } from './lex-action.js';
import { Scanner, type State } from './lex-scanner.js';
import { goQuote } from './quote.js';

/** ItemType names a token kind; keyword kinds are listed in KEYWORDS. */
export type ItemType =
  | 'error' | 'bool' | 'char' | 'charConstant' | 'comment' | 'complex' | 'assign' | 'declare' | 'eof'
  | 'field' | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString' | 'rightDelim'
  | 'rightParen' | 'space' | 'string' | 'text' | 'variable'
  | 'block' | 'break' | 'continue' | 'dot' | 'define' | 'else' | 'end' | 'if' | 'nil' | 'range' | 'template' | 'with';

/** Item is one token: its type, UTF-16 position, text and line. */
export interface Item {
  readonly typ: ItemType;
  readonly pos: number;
  readonly val: string;
  readonly line: number;
}

/** KEYWORDS are the item types Go lists after itemKeyword (printed as `<val>`). */
export const KEYWORDS: ReadonlySet<string> = new Set(['block', 'break', 'continue', 'dot', 'define', 'else', 'end', 'if', 'nil', 'range', 'template', 'with']);

/** itemString is item.String() as parse errors print a token. */
export function itemString(i: Item): string {
  if (i.typ === 'eof') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (KEYWORDS.has(i.typ)) return `<${i.val}>`;
  const runes = [...i.val];
  return runes.length > 10 ? `${goQuote(runes.slice(0, 10).join(''))}...` : goQuote(i.val);
}

/** Lexer scans one template text into items, one nextItem() call at a time. */
export class Lexer extends Scanner {
  /** nextItem returns the next token; after an error or EOF it keeps returning EOF or errors. */
  nextItem(): Item {
    this.item = { typ: 'eof', pos: this.pos, val: 'EOF', line: this.startLine };
    let state: State = this.insideAction ? 'inside' : 'text';
    while (state !== null) state = this.step(state);
    return this.item;
  }

  private step(state: Exclude<State, null>): State {
    switch (state) {
      case 'text': return this.lexText();
      case 'leftDelim': return this.lexLeftDelim();
      case 'comment': return this.lexComment();
      case 'rightDelim': return this.lexRightDelim();
      default: return lexInsideState(this, state);
    }
  }

  private lexText(): State {
    const x = this.input.indexOf('{{', this.pos);
    if (x >= 0) {
      if (x > this.pos) {
        this.pos = x;
        const before = this.input.slice(this.start, this.pos);
        const trim = this.hasLeftTrimMarker(x + 2) ? before.length - before.replace(/[ \t\r\n]+$/, '').length : 0;
        this.pos -= trim;
        this.countLines();
        const i = this.thisItem('text');
        this.pos += trim;
        this.ignore();
        if (i.val.length > 0) return this.emitItem(i);
      }
      return 'leftDelim';
    }
    this.pos = this.input.length;
    if (this.pos > this.start) {
      this.countLines();
      return this.emit('text');
    }
    return this.emit('eof');
  }

  private lexLeftDelim(): State {
    this.pos += 2;
    const after = this.hasLeftTrimMarker(this.pos) ? 2 : 0;
    if (this.input.startsWith('/*', this.pos + after)) {
      this.pos += after;
      this.ignore();
      return 'comment';
    }
    const i = this.thisItem('leftDelim');
    this.insideAction = true;
    this.pos += after;
    this.ignore();
    this.parenDepth = 0;
    return this.emitItem(i);
  }

  private lexComment(): State {
    this.pos += 2;
    const x = this.input.indexOf('*/', this.pos);
    if (x < 0) return this.errorf('unclosed comment');
    this.pos = x + 2;
    const { delim, trim } = this.atRightDelim();
    if (!delim) return this.errorf('comment ends before closing delimiter');
    this.countLines();
    this.thisItem('comment');
    this.pos += (trim ? 2 : 0) + 2;
    if (trim) this.pos += this.leftTrimLength();
    this.ignore();
    return 'text';
  }

  private lexRightDelim(): State {
    const { trim } = this.atRightDelim();
    if (trim) {
      this.pos += 2;
      this.ignore();
    }
    this.pos += 2;
    const i = this.thisItem('rightDelim');
    if (trim) {
      this.pos += this.leftTrimLength();
      this.ignore();
    }
    this.insideAction = false;
    return this.emitItem(i);
  }
}
