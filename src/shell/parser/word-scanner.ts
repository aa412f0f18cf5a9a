// Scans one shell word: quotes, backslashes, parameter expansions and a leading tilde, following
// bash's rules (bash(1) QUOTING and EXPANSION). The scanner is a single forward pass over the
// input with no backtracking, so its cost is linear in the input.

import type { DoubleQuotedPart, LiteralPart, ParamPart, Word, WordPart } from './ast.js';
import { failure, needMore } from './errors.js';

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAM = /[?$#!@*\-0-9]/;
const BRACED = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!@*-])$/;
const TILDE_USER = /[A-Za-z0-9._+-]/;

/** isWordEnd reports whether an unquoted character ends a word (blank, newline or operator). */
export function isWordEnd(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ';&|<>()'.includes(ch);
}

/** PartsBuilder collects word parts, merging adjacent literal text. */
class PartsBuilder<P extends { kind: string }> {
  readonly parts: Array<P | LiteralPart> = [];
  private text = '';

  literal(text: string): void {
    this.text += text;
  }

  push(part: P): void {
    this.flush();
    this.parts.push(part);
  }

  done(): Array<P | LiteralPart> {
    this.flush();
    return this.parts;
  }

  private flush(): void {
    if (this.text === '') return;
    this.parts.push({ kind: 'literal', text: this.text });
    this.text = '';
  }
}

/** scanWord reads the word starting at start (which must not be a word end) and returns it and where it ended. */
export function scanWord(input: string, start: number): { word: Word; end: number } {
  const out = new PartsBuilder<WordPart>();
  let i = scanTilde(input, start, out);
  while (!isWordEnd(input[i])) {
    const ch = input[i] ?? '';
    if (ch === '\\') {
      if (i + 1 >= input.length) throw needMore('backslash');
      // A backslash-escaped character is quoted: kept apart so pathname expansion leaves it literal.
      if (input[i + 1] !== '\n') out.push({ kind: 'single', text: charAt(input, i + 1) });
      i += 1 + (input[i + 1] === '\n' ? 1 : charAt(input, i + 1).length);
    } else if (ch === "'") {
      const close = input.indexOf("'", i + 1);
      if (close < 0) throw needMore('quote', "'");
      out.push({ kind: 'single', text: input.slice(i + 1, close) });
      i = close + 1;
    } else if (ch === '"') {
      const quoted = scanDoubleQuoted(input, i + 1, '"');
      out.push({ kind: 'double', parts: quoted.parts });
      i = quoted.end + 1;
    } else if (ch === '$') {
      i = scanDollar(input, i, out, false);
    } else if (ch === '`') {
      throw failure('command substitution (`...`) is not supported here');
    } else {
      out.literal(ch);
      i += 1;
    }
  }
  return { word: { parts: out.done(), raw: input.slice(start, i) }, end: i };
}

/**
 * scanDoubleQuoted reads double-quoted text from start up to the closing quote (or, for a
 * here-document body, to the end: pass closing undefined). Backslash only escapes $ ` " \ and
 * newline; other backslashes are kept.
 */
export function scanDoubleQuoted(input: string, start: number, closing: '"' | undefined): { parts: DoubleQuotedPart['parts']; end: number } {
  const out = new PartsBuilder<ParamPart>();
  let i = start;
  for (;;) {
    if (i >= input.length) {
      if (closing === undefined) break;
      throw needMore('quote', '"');
    }
    const ch = input[i] ?? '';
    if (ch === closing) break;
    if (ch === '\\' && i + 1 < input.length && '$`"\\\n'.includes(input[i + 1] ?? '')) {
      const next = input[i + 1] ?? '';
      if (next === '"' && closing === undefined) out.literal('\\"');
      else if (next !== '\n') out.literal(next);
      i += 2;
    } else if (ch === '$') {
      i = scanDollar(input, i, out, true);
    } else if (ch === '`') {
      throw failure('command substitution (`...`) is not supported here');
    } else {
      out.literal(ch);
      i += 1;
    }
  }
  return { parts: out.done() as DoubleQuotedPart['parts'], end: i };
}

// scanDollar reads what follows a `$` at i and returns the index after it.
function scanDollar(input: string, i: number, out: PartsBuilder<ParamPart> | PartsBuilder<WordPart>, quoted: boolean): number {
  const next = input[i + 1];
  if (next === '{') {
    const close = input.indexOf('}', i + 2);
    if (close < 0) throw needMore('quote', '}');
    const name = input.slice(i + 2, close);
    if (!BRACED.test(name)) throw failure(`\${${name}}: bad substitution`);
    out.push({ kind: 'param', name });
    return close + 1;
  }
  if (next === '"' && !quoted) return i + 1; // $"..." is a translatable string: without a catalogue, "..."

  if (next === '(') throw failure('command substitution $(...) is not supported here');
  if (next !== undefined && NAME_START.test(next)) {
    let end = i + 2;
    while (end < input.length && NAME_CHAR.test(input[end] ?? '')) end += 1;
    out.push({ kind: 'param', name: input.slice(i + 1, end) });
    return end;
  }
  if (next !== undefined && SPECIAL_PARAM.test(next)) {
    out.push({ kind: 'param', name: next });
    return i + 2;
  }
  out.literal('$');
  return i + 1;
}

// scanTilde recognises ~ or ~user at the start of a word, ended by `/` or the end of the word.
function scanTilde(input: string, start: number, out: PartsBuilder<WordPart>): number {
  if (input[start] !== '~') return start;
  let end = start + 1;
  while (end < input.length && TILDE_USER.test(input[end] ?? '')) end += 1;
  if (input[end] !== '/' && !isWordEnd(input[end])) return start;
  out.push({ kind: 'tilde', user: input.slice(start + 1, end) });
  return end;
}

// charAt returns the whole character at i, keeping a surrogate pair together.
function charAt(input: string, i: number): string {
  const code = input.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) return input.slice(i, i + 2);
  return input[i] ?? '';
}
