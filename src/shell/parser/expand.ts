// Expansion of parsed words against the shell's variables: tilde and parameter expansion, then
// field splitting of unquoted results on blanks (bash with the default IFS). No globbing.

import type { Word, WordPart } from './ast.js';

/** Lookup returns a variable's value (names: HOME, PATH, ?, $, #, 0-9, ...), or undefined when unset. */
export type Lookup = (name: string) => string | undefined;

const IFS = /[ \t\n]+/;

function tilde(user: string, lookup: Lookup): string {
  if (user === '') return lookup('HOME') ?? '~';
  if (user === '+') return lookup('PWD') ?? '~+';
  if (user === '-') return lookup('OLDPWD') ?? '~-';
  return `~${user}`; // other users' home directories are not known to the simulation
}

function partText(part: WordPart, lookup: Lookup): string {
  switch (part.kind) {
    case 'literal': case 'single': return part.text;
    case 'param': return lookup(part.name) ?? '';
    case 'tilde': return tilde(part.user, lookup);
    case 'double': return part.parts.map((p) => partText(p, lookup)).join('');
  }
}

/** expandWord expands a word to one string, without field splitting (for redirection targets, assignments, here-documents). */
export function expandWord(word: Word, lookup: Lookup): string {
  return word.parts.map((p) => partText(p, lookup)).join('');
}

/**
 * expandWords expands words into command arguments: an unquoted expansion is split on blanks
 * and vanishes when empty, quoted text always makes a field ("" is one empty argument).
 */
export function expandWords(words: readonly Word[], lookup: Lookup): string[] {
  const fields: string[] = [];
  for (const word of words) {
    let current = '';
    let started = false; // whether the current field exists even if empty ("" or literal text)
    for (const part of word.parts) {
      if (part.kind !== 'param') {
        current += partText(part, lookup);
        started = true;
        continue;
      }
      const pieces = (lookup(part.name) ?? '').split(IFS);
      pieces.forEach((piece, i) => {
        if (i > 0 && started) {
          fields.push(current);
          current = '';
          started = false;
        }
        if (piece !== '') {
          current += piece;
          started = true;
        }
      });
    }
    if (started) fields.push(current);
  }
  return fields;
}
