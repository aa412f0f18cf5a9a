// Shell pattern matching for pathname expansion (bash(1) "Pattern Matching", as glob(3) and
// bash's lib/glob/smatch.c do it): `*`, `?`, `[...]` with `!`/`^` negation and ranges. A pattern
// here is the word with its quoted characters backslash-escaped, so `'*'.yml` matches only the
// literal name. A pattern is compiled once, then matched iteratively (one backtrack point for the
// last `*`), so its cost stays bounded by pattern length times name length and it never throws.

const META = /[*?[\]\\]/g;

/** escapeGlob backslash-escapes the characters that would be special in a pattern (for quoted text). */
export function escapeGlob(text: string): string {
  return text.replace(META, (c) => `\\${c}`);
}

/** unescapeGlob removes the escaping backslashes of a pattern (the word as bash passes it on). */
export function unescapeGlob(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

/** hasGlob reports whether a pattern has an unescaped `*`, `?` or `[` (bash then tries to expand it). */
export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** MAX_PATTERN bounds a pattern component (in characters); longer ones are compared as plain text. */
export const MAX_PATTERN = 1024;

type Token = { k: 'star' } | { k: 'any' } | { k: 'char'; c: string } | { k: 'set'; negate: boolean; ranges: Array<[string, string]> };

let cached: { pattern: string; tokens: Token[] } | undefined;

/** matchGlob reports whether name (one path component) matches pattern. */
export function matchGlob(pattern: string, name: string): boolean {
  const chars = [...pattern];
  if (chars.length > MAX_PATTERN) return unescapeGlob(pattern) === name;
  if (cached?.pattern !== pattern) cached = { pattern, tokens: compile(chars) };
  const tokens = cached.tokens;
  const n = [...name];
  let ti = 0;
  let ni = 0;
  let starT = -1;
  let starN = 0;
  while (ni < n.length) {
    const t = tokens[ti];
    if (t?.k === 'star') {
      starT = ++ti;
      starN = ni;
    } else if (t !== undefined && matches(t, n[ni] ?? '')) {
      ti++;
      ni++;
    } else if (starT >= 0) {
      ti = starT;
      ni = ++starN;
    } else return false;
  }
  while (tokens[ti]?.k === 'star') ti++;
  return ti === tokens.length;
}

function matches(t: Token, c: string): boolean {
  switch (t.k) {
    case 'any': return true;
    case 'char': return t.c === c;
    case 'set': return t.ranges.some(([lo, hi]) => lo <= c && c <= hi) !== t.negate;
    case 'star': return false;
  }
}

/** compile turns a pattern into tokens once, so matching never rescans a bracket expression. */
function compile(p: string[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i] ?? '';
    if (c === '*') {
      if (tokens[tokens.length - 1]?.k !== 'star') tokens.push({ k: 'star' });
    } else if (c === '?') tokens.push({ k: 'any' });
    else if (c === '\\' && i + 1 < p.length) tokens.push({ k: 'char', c: p[++i] ?? '' });
    else if (c === '[') {
      const set = bracket(p, i);
      // A `[` without its `]` is an ordinary character.
      if (set === undefined) tokens.push({ k: 'char', c });
      else {
        tokens.push(set.token);
        i = set.end;
      }
    } else tokens.push({ k: 'char', c });
  }
  return tokens;
}

/** bracket reads the bracket expression at start; undefined when it is not closed. */
function bracket(p: string[], start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negate = p[i] === '!' || p[i] === '^';
  if (negate) i++;
  const ranges: Array<[string, string]> = [];
  let first = true;
  while (i < p.length) {
    let lo = p[i] ?? '';
    if (lo === ']' && !first) return { token: { k: 'set', negate, ranges }, end: i };
    first = false;
    if (lo === '\\' && i + 1 < p.length) lo = p[++i] ?? '';
    i++;
    if (p[i] === '-' && i + 1 < p.length && p[i + 1] !== ']') {
      let hi = p[i + 1] ?? '';
      i += 2;
      if (hi === '\\' && i < p.length) hi = p[i++] ?? '';
      ranges.push([lo, hi]);
    } else ranges.push([lo, lo]);
  }
  return undefined;
}
