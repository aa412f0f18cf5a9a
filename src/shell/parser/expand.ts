// Expansion of parsed words against the shell's variables: tilde and parameter expansion, then
// field splitting of unquoted results on blanks (bash with the default IFS), then pathname
// expansion of each field when the shell has a filesystem to match against.

import type { Word, WordPart } from './ast.js';
import { escapeGlob, hasGlob } from './glob-match.js';

/** Glob returns the sorted paths a pattern (quoted characters backslash-escaped) matches, [] for none. */
export type Glob = (pattern: string) => string[];

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
 * and vanishes when empty, quoted text always makes a field ("" is one empty argument). With
 * glob, a field with an unquoted `*`, `?` or `[` becomes the paths it matches, or stays as it is.
 */
export function expandWords(words: readonly Word[], lookup: Lookup, glob?: Glob): string[] {
  const fields: string[] = [];
  for (const word of words) {
    let current = '';
    let pattern = ''; // current, with quoted pattern characters escaped
    let started = false; // whether the current field exists even if empty ("" or literal text)
    const emit = (): void => {
      const matches = glob && hasGlob(pattern) ? glob(pattern) : [];
      if (matches.length > 0) fields.push(...matches);
      else fields.push(current);
    };
    for (const part of word.parts) {
      if (part.kind !== 'param') {
        const text = partText(part, lookup);
        current += text;
        pattern += part.kind === 'literal' ? text : escapeGlob(text);
        started = true;
        continue;
      }
      const pieces = (lookup(part.name) ?? '').split(IFS);
      pieces.forEach((piece, i) => {
        if (i > 0 && started) {
          emit();
          current = pattern = '';
          started = false;
        }
        if (piece !== '') {
          current += piece;
          pattern += piece;
          started = true;
        }
      });
    }
    if (started) emit();
  }
  return fields;
}
