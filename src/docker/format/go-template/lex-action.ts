// Lexing inside `{{ }}`: spaces, operators, strings, numbers, fields, variables, identifiers
// and keywords. Fidelity: text/template/parse/lex.go (lexInsideAction, lexSpace,
// lexIdentifier, lexFieldOrVariable, lexChar, lexQuote, lexRawQuote, lexNumber, scanNumber).
import type { ItemType } from './lexer.js';
import { EOF, isAlphaNumeric, isSpace, type Scanner, type State } from './lex-scanner.js';
import { formatU, goQuote } from './quote.js';

const KEYWORD_WORDS: ReadonlySet<string> = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'nil', 'range', 'template', 'with']);

/** lexInsideState runs one of the inside-action states. */
export function lexInsideState(l: Scanner, state: Exclude<State, null>): State {
  switch (state) {
    case 'space': return lexSpace(l);
    case 'identifier': return lexIdentifier(l);
    case 'field': return lexFieldOrVariable(l, 'field');
    case 'variable': return l.atTerminator() ? l.emit('variable') : lexFieldOrVariable(l, 'variable');
    case 'char': return lexQuoted(l, "'", 'charConstant', 'unterminated character constant');
    case 'number': return lexNumber(l);
    case 'quote': return lexQuoted(l, '"', 'string', 'unterminated quoted string');
    case 'rawQuote': return lexRawQuote(l);
    default: return lexInsideAction(l);
  }
}

function lexInsideAction(l: Scanner): State {
  if (l.atRightDelim().delim) return l.parenDepth === 0 ? 'rightDelim' : l.errorf('unclosed left paren');
  const r = l.next();
  if (r === EOF) return l.errorf('unclosed action');
  if (isSpace(r)) {
    l.backup(); // Put the space back in case it starts " -}}".
    return 'space';
  }
  switch (r) {
    case '=': return l.emit('assign');
    case ':': return l.next() === '=' ? l.emit('declare') : l.errorf('expected :=');
    case '|': return l.emit('pipe');
    case '"': return 'quote';
    case '`': return 'rawQuote';
    case '$': return 'variable';
    case "'": return 'char';
    case '(':
      l.parenDepth++;
      return l.emit('leftParen');
    case ')':
      l.parenDepth--;
      return l.parenDepth < 0 ? l.errorf('unexpected right paren') : l.emit('rightParen');
  }
  if (r === '.') {
    const c = l.input[l.pos];
    if (c !== undefined && (c < '0' || c > '9')) return 'field';
  }
  if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
    l.backup();
    return 'number';
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return 'identifier';
  }
  const cp = r.codePointAt(0) ?? 0;
  if (cp >= 0x20 && cp < 0x7f) return l.emit('char');
  return l.errorf(`unrecognized character in action: ${formatU(cp)}`);
}

function lexSpace(l: Scanner): State {
  let spaces = 0;
  while (isSpace(l.peek())) {
    l.next();
    spaces++;
  }
  // A trim-marked right delimiter starts with a space: leave " -}}" for lexRightDelim.
  if (l.hasRightTrimMarker(l.pos - 1) && l.input.startsWith('}}', l.pos + 1)) {
    l.backup();
    if (spaces === 1) return 'rightDelim';
  }
  return l.emit('space');
}

function lexIdentifier(l: Scanner): State {
  let r = l.next();
  while (isAlphaNumeric(r)) r = l.next();
  l.backup();
  const word = l.input.slice(l.start, l.pos);
  if (!l.atTerminator()) return l.errorf(`bad character ${formatU(r.codePointAt(0) ?? 0)}`);
  if (KEYWORD_WORDS.has(word)) return l.emit(word as ItemType);
  if (word === 'true' || word === 'false') return l.emit('bool');
  return l.emit('identifier');
}

function lexFieldOrVariable(l: Scanner, typ: 'field' | 'variable'): State {
  if (l.atTerminator()) return l.emit(typ === 'variable' ? 'variable' : 'dot');
  let r = l.next();
  while (isAlphaNumeric(r)) r = l.next();
  l.backup();
  if (!l.atTerminator()) return l.errorf(`bad character ${formatU(r.codePointAt(0) ?? 0)}`);
  return l.emit(typ);
}

function lexQuoted(l: Scanner, quote: string, typ: ItemType, unterminated: string): State {
  for (;;) {
    let r = l.next();
    if (r === '\\') {
      r = l.next();
      if (r !== EOF && r !== '\n') continue;
      return l.errorf(unterminated);
    }
    if (r === EOF || r === '\n') return l.errorf(unterminated);
    if (r === quote) return l.emit(typ);
  }
}

function lexRawQuote(l: Scanner): State {
  for (;;) {
    const r = l.next();
    if (r === EOF) return l.errorf('unterminated raw quoted string');
    if (r === '`') return l.emit('rawString');
  }
}

function lexNumber(l: Scanner): State {
  const bad = (): State => l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
  if (!scanNumber(l)) return bad();
  const sign = l.peek();
  if (sign === '+' || sign === '-') {
    // Complex: 1+2i. No spaces, must end in 'i'.
    if (!scanNumber(l) || l.input[l.pos - 1] !== 'i') return bad();
    return l.emit('complex');
  }
  return l.emit('number');
}

function scanNumber(l: Scanner): boolean {
  l.accept('+-');
  let digits = '0123456789_';
  if (l.accept('0')) {
    if (l.accept('xX')) digits = '0123456789abcdefABCDEF_';
    else if (l.accept('oO')) digits = '01234567_';
    else if (l.accept('bB')) digits = '01_';
  }
  l.acceptRun(digits);
  if (l.accept('.')) l.acceptRun(digits);
  if (digits.length === 11 && l.accept('eE')) {
    l.accept('+-');
    l.acceptRun('0123456789_');
  }
  if (digits.length === 23 && l.accept('pP')) {
    l.accept('+-');
    l.acceptRun('0123456789_');
  }
  l.accept('i');
  if (isAlphaNumeric(l.peek())) {
    l.next();
    return false;
  }
  return true;
}
