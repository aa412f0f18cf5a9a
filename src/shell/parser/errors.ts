// Parsing stops at the first problem; a ParseStop carries the result to return, so deep helper
// functions need not thread error values through every call. It never escapes the parser.

import type { IncompleteReason, ParseResult } from './ast.js';

type Stop = Exclude<ParseResult, { kind: 'ok' }>;

/** ParseStop is thrown inside the parser to end it with an error or incomplete result. */
export class ParseStop extends Error {
  /** constructor wraps the result the parser should return. */
  constructor(readonly result: Stop) {
    super(result.kind === 'error' ? result.message : `incomplete: ${result.reason}`);
  }
}

/** unexpectedToken stops with bash's `syntax error near unexpected token` message. */
export function unexpectedToken(token: string): ParseStop {
  return new ParseStop({ kind: 'error', message: `syntax error near unexpected token \`${token}'` });
}

/** failure stops with an error message of our own. */
export function failure(message: string): ParseStop {
  return new ParseStop({ kind: 'error', message });
}

const END_OF_FILE = 'syntax error: unexpected end of file';

/** needMore stops because the input ended too early; quote names the unmatched quote character. */
export function needMore(reason: IncompleteReason, quote?: string): ParseStop {
  // bash 5.2 reports only the unmatched quote; 5.1 added the end-of-file line as well.
  const message = quote === undefined ? END_OF_FILE : `unexpected EOF while looking for matching \`${quote}'`;
  return new ParseStop({ kind: 'incomplete', reason, message });
}
