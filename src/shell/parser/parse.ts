// A recursive-descent parser for the subset of the POSIX shell grammar our shells run: lists
// (`;`, `&`, newline), and-or lists (`&&`, `||`), pipelines (`|`, `|&`, `!`) and simple commands
// with assignments and redirections. Error texts are bash's (parse.y, report_syntax_error).

import type { AndOrList, Assignment, CommandList, ParseResult, Pipeline, Redirect, SimpleCommand, Word } from './ast.js';
import { failure, needMore, ParseStop, unexpectedToken } from './errors.js';
import { Scanner, type Token } from './scanner.js';

/** MAX_INPUT is the longest command line accepted, in UTF-16 code units. */
export const MAX_INPUT = 64 * 1024;

/** parseCommandLine parses a command line (possibly several lines); it never throws. */
export function parseCommandLine(input: string): ParseResult {
  if (input.length > MAX_INPUT) return { kind: 'error', message: 'command line too long' };
  try {
    return { kind: 'ok', list: parseList(new Scanner(input)) };
  } catch (err) {
    if (err instanceof ParseStop) return err.result;
    // Defensive: a bug must not take the session down; report it as a failed parse instead.
    return { kind: 'error', message: `parse error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

const NAME_ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function tokenText(token: Token): string {
  if (token.kind === 'op') return token.op;
  if (token.kind === 'word') return token.word.raw;
  return 'newline';
}

function isOp(token: Token, ...ops: string[]): boolean {
  return token.kind === 'op' && ops.includes(token.op);
}

function skipNewlines(scanner: Scanner): void {
  while (scanner.peek().kind === 'newline') scanner.next();
}

function parseList(scanner: Scanner): CommandList {
  const list: CommandList = [];
  for (;;) {
    skipNewlines(scanner);
    if (scanner.peek().kind === 'eof') return list;
    const item = parseAndOr(scanner);
    const end = scanner.peek();
    if (isOp(end, ';', '&')) {
      scanner.next();
      item.background = isOp(end, '&');
      const after = scanner.peek();
      if (isOp(after, ';', '&', ';;')) throw unexpectedToken(tokenText(after));
    } else if (end.kind !== 'newline' && end.kind !== 'eof') {
      throw unexpectedToken(tokenText(end));
    }
    list.push(item);
  }
}

function parseAndOr(scanner: Scanner): AndOrList {
  const item: AndOrList = { first: parsePipeline(scanner), rest: [], background: false };
  for (;;) {
    const token = scanner.peek();
    if (!(token.kind === 'op' && (token.op === '&&' || token.op === '||'))) return item;
    scanner.next();
    continueAfterOperator(scanner);
    item.rest.push({ op: token.op, pipeline: parsePipeline(scanner) });
  }
}

// After && || | a command must follow, possibly on the next line; at the end of input the REPL
// asks for more (bash's PS2 prompt).
function continueAfterOperator(scanner: Scanner): void {
  skipNewlines(scanner);
  if (scanner.peek().kind === 'eof') throw needMore('operator');
}

function parsePipeline(scanner: Scanner): Pipeline {
  const pipeline: Pipeline = { negated: false, commands: [] };
  const first = scanner.peek();
  if (first.kind === 'word' && first.word.raw === '!') {
    scanner.next();
    pipeline.negated = true;
  }
  pipeline.commands.push(parseCommand(scanner));
  for (;;) {
    const token = scanner.peek();
    if (!isOp(token, '|', '|&')) return pipeline;
    scanner.next();
    // `a |& b` is bash shorthand for `a 2>&1 | b`.
    if (isOp(token, '|&')) pipeline.commands[pipeline.commands.length - 1]?.redirects.push({ kind: 'dup', fd: 2, to: 1 });
    continueAfterOperator(scanner);
    pipeline.commands.push(parseCommand(scanner));
  }
}

function parseCommand(scanner: Scanner): SimpleCommand {
  const command: SimpleCommand = { assignments: [], words: [], redirects: [] };
  for (;;) {
    const token = scanner.peek();
    if (token.kind === 'word') {
      scanner.next();
      const assignment = command.words.length === 0 ? asAssignment(token.word) : undefined;
      if (assignment !== undefined) command.assignments.push(assignment);
      else command.words.push(token.word);
    } else if (token.kind === 'op' && /^(?:[<>]|&>)/.test(token.op)) {
      scanner.next();
      command.redirects.push(parseRedirect(scanner, token.op, token.fd));
    } else {
      break;
    }
  }
  const end = scanner.peek();
  const size = command.words.length + command.redirects.length + command.assignments.length;
  if (isOp(end, '(')) openParen(scanner, size === 0, size === 1 && command.words.length === 1);
  if (size === 0) throw unexpectedToken(tokenText(end));
  return command;
}

// openParen explains a `(`: at a command's start it opens a subshell; after a single word it
// starts a function definition `name ()`, which bash then expects to see closed.
function openParen(scanner: Scanner, atStart: boolean, afterName: boolean): never {
  if (atStart) throw failure('subshells ( ... ) are not supported here');
  if (!afterName) throw unexpectedToken('(');
  scanner.next();
  const next = scanner.peek();
  if (isOp(next, ')')) throw failure('function definitions are not supported here');
  throw unexpectedToken(tokenText(next));
}

function asAssignment(word: Word): Assignment | undefined {
  const first = word.parts[0];
  if (first?.kind !== 'literal') return undefined;
  const match = NAME_ASSIGN.exec(first.text);
  if (match === null) return undefined;
  const name = match[1] ?? '';
  const rest = first.text.slice(name.length + 1);
  const parts = rest === '' ? word.parts.slice(1) : [{ kind: 'literal' as const, text: rest }, ...word.parts.slice(1)];
  return { name, value: { parts, raw: word.raw.slice(name.length + 1) } };
}

function parseRedirect(scanner: Scanner, op: string, fd: number | undefined): Redirect {
  const token = scanner.next();
  if (token.kind !== 'word') throw unexpectedToken(tokenText(token));
  const target = token.word;
  switch (op) {
    case '<': return { kind: 'file', fd: fd ?? 0, mode: 'read', target };
    case '<>': return { kind: 'file', fd: fd ?? 0, mode: 'readwrite', target };
    case '>': case '>|': return { kind: 'file', fd: fd ?? 1, mode: 'write', target };
    case '>>': return { kind: 'file', fd: fd ?? 1, mode: 'append', target };
    case '&>': return { kind: 'file', fd: 'both', mode: 'write', target };
    case '&>>': return { kind: 'file', fd: 'both', mode: 'append', target };
    case '<<<': return { kind: 'herestring', fd: fd ?? 0, word: target };
    case '<<': case '<<-': return heredoc(scanner, fd ?? 0, op === '<<-', target);
    default: return duplicate(op, fd, target);
  }
}

function duplicate(op: string, fd: number | undefined, target: Word): Redirect {
  const to = target.raw;
  const defaultFd = op === '<&' ? 0 : 1;
  if (to === '-') return { kind: 'dup', fd: fd ?? defaultFd, to: 'close' };
  if (/^[0-9]{1,9}$/.test(to)) return { kind: 'dup', fd: fd ?? defaultFd, to: Number(to) };
  // `>&file` with no descriptor is the old spelling of `&>file`.
  if (op === '>&' && fd === undefined) return { kind: 'file', fd: 'both', mode: 'write', target };
  throw failure(`${to}: ambiguous redirect`);
}

function heredoc(scanner: Scanner, fd: number, stripTabs: boolean, delimiterWord: Word): Redirect {
  const quoted = delimiterWord.parts.some((p) => p.kind !== 'literal') || delimiterWord.raw.includes('\\');
  const delimiter = removeQuotes(delimiterWord.raw);
  const body: Word = { parts: [], raw: '' };
  scanner.addHeredoc({ delimiter, quoted, stripTabs, body });
  return { kind: 'heredoc', fd, delimiter, body };
}

// The delimiter is the word with quotes removed and nothing expanded: bash ends `<<$HOME` at a
// line reading "$HOME" and `<<'EOF'` at a line reading "EOF".
function removeQuotes(raw: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (quote === undefined && (ch === "'" || ch === '"')) quote = ch;
    else if (ch === quote) quote = undefined;
    else if (ch === '\\' && quote !== "'" && i + 1 < raw.length && (quote === undefined || '$`"\\'.includes(raw[i + 1] ?? ''))) out += raw[++i] ?? '';
    else out += ch;
  }
  return out;
}
