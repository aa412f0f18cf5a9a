// The parsed form of a shell command line. Words keep their quoting structure so the shell can
// expand them later against its variables (quoted expansions stay one field, unquoted ones split).

/** LiteralPart is unquoted text with backslash escapes already removed. */
export interface LiteralPart {
  kind: 'literal';
  text: string;
}

/** SingleQuotedPart is text from '...' (or a quoted here-document body): never expanded. */
export interface SingleQuotedPart {
  kind: 'single';
  text: string;
}

/** ParamPart is a parameter expansion: $NAME, ${NAME}, $?, $$, $#, $0-$9, $@, $*, $!, $-. */
export interface ParamPart {
  kind: 'param';
  name: string;
}

/** DoubleQuotedPart is "..." text: literal pieces and expansions that stay in one field. */
export interface DoubleQuotedPart {
  kind: 'double';
  parts: Array<LiteralPart | ParamPart>;
}

/** TildePart is an unquoted ~ or ~user at the start of a word. */
export interface TildePart {
  kind: 'tilde';
  user: string;
}

/** WordPart is one piece of a word. */
export type WordPart = LiteralPart | SingleQuotedPart | DoubleQuotedPart | ParamPart | TildePart;

/** Word is one shell word: its parts, and the source text it came from. */
export interface Word {
  parts: WordPart[];
  raw: string;
}

/** Assignment is NAME=value before a command's name. */
export interface Assignment {
  name: string;
  value: Word;
}

/** FileRedirect opens a file on fd (`both` is stdout and stderr, from &> and >&file). */
export interface FileRedirect {
  kind: 'file';
  fd: number | 'both';
  mode: 'read' | 'write' | 'append' | 'readwrite';
  target: Word;
}

/** DupRedirect makes fd a copy of another descriptor (2>&1, >&2) or closes it (>&-). */
export interface DupRedirect {
  kind: 'dup';
  fd: number;
  to: number | 'close';
}

/** HeredocRedirect feeds a here-document (<<WORD, <<-WORD) to fd. */
export interface HeredocRedirect {
  kind: 'heredoc';
  fd: number;
  /** delimiter is the terminator line, quotes removed. */
  delimiter: string;
  /** body is the text fed to the command: expandable unless the delimiter was quoted. */
  body: Word;
}

/** HereStringRedirect feeds one word and a newline (<<<word) to fd. */
export interface HereStringRedirect {
  kind: 'herestring';
  fd: number;
  word: Word;
}

/** Redirect is one redirection of a simple command. */
export type Redirect = FileRedirect | DupRedirect | HeredocRedirect | HereStringRedirect;

/** SimpleCommand is assignments, words and redirections, in the order bash applies them. */
export interface SimpleCommand {
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

/** Pipeline is commands joined by `|`; negated for a leading `!`. */
export interface Pipeline {
  negated: boolean;
  commands: SimpleCommand[];
}

/** AndOrList is pipelines joined by && and ||, run in the background when it ended with &. */
export interface AndOrList {
  first: Pipeline;
  rest: Array<{ op: '&&' | '||'; pipeline: Pipeline }>;
  background: boolean;
}

/** CommandList is the and-or lists of a command line, separated by `;`, `&` or newlines. */
export type CommandList = AndOrList[];

/** IncompleteReason says why more input is needed: an open quote, a here-document, a trailing operator or backslash. */
export type IncompleteReason = 'quote' | 'heredoc' | 'operator' | 'backslash';

/**
 * ParseResult is a parsed command line, a request for more input (the REPL shows `> `), or a
 * syntax error in bash's words (the caller prefixes `-bash: ` or `sh: `). For incomplete input,
 * message is what bash reports when the input ends there for good (e.g. in `bash -c`).
 */
export type ParseResult =
  | { kind: 'ok'; list: CommandList }
  | { kind: 'incomplete'; reason: IncompleteReason; message: string }
  | { kind: 'error'; message: string };
