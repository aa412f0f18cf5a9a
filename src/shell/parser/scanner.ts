// Splits a command line into tokens: words, operators and newlines. Blanks, comments and
// backslash-newline continuations between tokens are skipped. Here-document bodies are read
// right after the newline that ends the line their `<<` is on, as bash does, so the tokens that
// follow come from the lines after the bodies.

import type { Word } from './ast.js';
import { needMore } from './errors.js';
import { scanDoubleQuoted, scanWord } from './word-scanner.js';

/** Token is a word, an operator (with the file descriptor written before a redirection), a newline, or the end. */
export type Token =
  | { kind: 'word'; word: Word }
  | { kind: 'op'; op: string; fd?: number }
  | { kind: 'newline' }
  | { kind: 'eof' };

/** PendingHeredoc is a here-document whose body the scanner fills in after the next newline. */
export interface PendingHeredoc {
  delimiter: string;
  quoted: boolean;
  stripTabs: boolean;
  body: Word;
}

// Longest first, so `&&` wins over `&` and `<<-` over `<<`.
const OPERATORS = ['<<<', '<<-', '&>>', '&&', '||', '|&', ';;', '<<', '<>', '<&', '>>', '>&', '>|', '&>', ';', '&', '|', '<', '>', '(', ')'];
const REDIRECT_START = /^[<>]/;

/** Scanner produces tokens from a command line on demand. */
export class Scanner {
  private pos = 0;
  private peeked: Token | undefined;
  private readonly heredocs: PendingHeredoc[] = [];

  /** constructor takes the whole input, all lines included. */
  constructor(private readonly input: string) {}

  /** peek returns the next token without consuming it. */
  peek(): Token {
    this.peeked ??= this.scan();
    return this.peeked;
  }

  /** next consumes and returns the next token. */
  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  /** addHeredoc queues a here-document whose body starts after the current line. */
  addHeredoc(heredoc: PendingHeredoc): void {
    this.heredocs.push(heredoc);
  }

  private scan(): Token {
    this.skipBlanks();
    const input = this.input;
    if (this.pos >= input.length) {
      if (this.heredocs.length > 0) throw needMore('heredoc');
      return { kind: 'eof' };
    }
    if (input[this.pos] === '\n') {
      this.pos += 1;
      this.readHeredocBodies();
      return { kind: 'newline' };
    }
    const op = this.operatorAt(this.pos);
    if (op !== undefined) {
      this.pos += op.length;
      return { kind: 'op', op };
    }
    const { word, end } = scanWord(input, this.pos);
    this.pos = end;
    // A word of digits written right against < or > is the redirection's descriptor (2>file).
    const redirect = /^[0-9]+$/.test(word.raw) ? this.operatorAt(end) : undefined;
    if (redirect !== undefined && REDIRECT_START.test(redirect) && word.raw.length <= 9) {
      this.pos += redirect.length;
      return { kind: 'op', op: redirect, fd: Number(word.raw) };
    }
    return { kind: 'word', word };
  }

  private operatorAt(i: number): string | undefined {
    const input = this.input;
    return OPERATORS.find((op) => input.startsWith(op, i));
  }

  private skipBlanks(): void {
    const input = this.input;
    for (;;) {
      const ch = input[this.pos];
      if (ch === ' ' || ch === '\t') this.pos += 1;
      else if (ch === '\\' && input[this.pos + 1] === '\n') this.pos += 2;
      else if (ch === '#') this.skipComment();
      else return;
    }
  }

  private skipComment(): void {
    const newline = this.input.indexOf('\n', this.pos);
    this.pos = newline < 0 ? this.input.length : newline;
  }

  private readHeredocBodies(): void {
    for (const heredoc of this.heredocs.splice(0)) this.readHeredocBody(heredoc);
  }

  // readHeredocBody takes lines until one equals the delimiter (after removing leading tabs for <<-).
  private readHeredocBody(heredoc: PendingHeredoc): void {
    const input = this.input;
    let body = '';
    for (;;) {
      if (this.pos >= input.length) throw needMore('heredoc');
      const newline = input.indexOf('\n', this.pos);
      const end = newline < 0 ? input.length : newline;
      let line = input.slice(this.pos, end);
      if (heredoc.stripTabs) line = line.replace(/^\t+/, '');
      this.pos = newline < 0 ? input.length : newline + 1;
      if (line === heredoc.delimiter) break;
      if (newline < 0) throw needMore('heredoc');
      body += `${line}\n`;
    }
    heredoc.body.raw = body;
    heredoc.body.parts = heredoc.quoted
      ? [{ kind: 'single', text: body }]
      : [{ kind: 'double', parts: scanDoubleQuoted(body, 0, undefined).parts }];
  }
}
