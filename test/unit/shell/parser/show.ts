// Renders a parse result compactly so table-driven tests can state the expected structure in
// one line: words as «parts», parts as text, 'single', "double", ${param}, ~user.

import type { CommandList, ParseResult, Pipeline, Redirect, SimpleCommand, Word, WordPart } from '../../../../src/shell/parser/index.js';

function part(p: WordPart): string {
  switch (p.kind) {
    case 'literal': return p.text;
    case 'single': return `'${p.text}'`;
    case 'param': return `\${${p.name}}`;
    case 'tilde': return `~${p.user}`;
    case 'double': return `"${p.parts.map(part).join('')}"`;
  }
}

function word(w: Word): string {
  return `«${w.parts.map(part).join('')}»`;
}

function redirect(r: Redirect): string {
  switch (r.kind) {
    case 'file': return `${r.fd}${{ read: '<', write: '>', append: '>>', readwrite: '<>' }[r.mode]}${word(r.target)}`;
    case 'dup': return `${r.fd}>&${r.to}`;
    case 'heredoc': return `${r.fd}<<${r.delimiter}${word(r.body)}`;
    case 'herestring': return `${r.fd}<<<${word(r.word)}`;
  }
}

function command(c: SimpleCommand): string {
  return [
    ...c.assignments.map((a) => `${a.name}=${word(a.value)}`),
    ...c.words.map(word),
    ...c.redirects.map(redirect),
  ].join(' ');
}

function pipeline(p: Pipeline): string {
  return (p.negated ? '! ' : '') + p.commands.map(command).join(' | ');
}

function list(l: CommandList): string {
  return l
    .map((item) => [pipeline(item.first), ...item.rest.map((r) => `${r.op} ${pipeline(r.pipeline)}`)].join(' ') + (item.background ? ' &' : ''))
    .join(' ; ');
}

/** show renders a parse result as one line. */
export function show(result: ParseResult): string {
  switch (result.kind) {
    case 'ok': return list(result.list);
    case 'incomplete': return `incomplete:${result.reason}`;
    case 'error': return `error:${result.message}`;
  }
}
