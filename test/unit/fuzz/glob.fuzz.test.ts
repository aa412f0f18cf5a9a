// Pathname-expansion patterns on arbitrary input: matchGlob and expandPathname never throw; on
// patterns of plain characters, `?` and `*` the matcher agrees with an independent regular
// expression; an escaped (quoted) text matches only itself; and expansion returns sorted,
// de-duplicated paths that each exist, hiding dotfiles from patterns without a leading dot.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeGlob, expandPathname, matchGlob, type GlobDirs } from '../../../src/shell/parser/index.js';
import { check, reportCases } from './budget.js';

reportCases('glob');

const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const globText = fc.string({ unit: fc.constantFrom('a', 'b', '.', '*', '?', '[', ']', '!', '^', '-', '\\'), maxLength: 10 });
const simplePattern = fc.string({ unit: fc.constantFrom('a', 'b', '.', '*', '?'), maxLength: 8 });
const name = fc.string({ unit: fc.constantFrom('a', 'b', '.', '-'), maxLength: 6 });

/** reference turns a pattern of plain characters, `?` and `*` into an anchored RegExp. */
function reference(pattern: string): RegExp {
  const body = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.]/g, '\\.'))).join('');
  return new RegExp(`^${body}$`, 's');
}

const TREE: Record<string, string[]> = {
  '.': ['a', 'b.yml', '.hidden', 'dir', 'a[1]'],
  dir: ['x', '.y', 'sub'],
  'dir/sub': ['z'],
};
/** clean maps a path to a TREE key; `/` is the same tree as the working directory. */
const clean = (p: string): string => p.replace(/\/+/g, '/').replace(/^\/|\/$/g, '') || '.';
const dirs: GlobDirs = {
  list: (d) => TREE[clean(d)],
  kind: (p) => {
    const key = clean(p);
    if (TREE[key]) return 'dir';
    const slash = key.lastIndexOf('/');
    const parent = slash < 0 ? '.' : key.slice(0, slash);
    return TREE[parent]?.includes(key.slice(slash + 1)) ? 'other' : undefined;
  },
};
describe('glob fuzz', () => {
  it('matchGlob never throws on any pattern and name', () => {
    check('matchGlob total', fc.property(fc.oneof(anyText, globText), anyText, (p, n) => {
      expect(typeof matchGlob(p, n)).toBe('boolean');
    }), 3000);
  });

  it('agrees with a regular expression on `*` and `?` patterns', () => {
    check('matchGlob reference', fc.property(simplePattern, name, (p, n) => {
      expect(matchGlob(p, n)).toBe(reference(p).test(n));
    }), 3000);
  });

  it('an escaped text matches exactly itself', () => {
    check('escapeGlob literal', fc.property(anyText, anyText, (text, other) => {
      expect(matchGlob(escapeGlob(text), text)).toBe(true);
      expect(matchGlob(escapeGlob(text), other)).toBe(text === other);
    }), 2000);
  });

  it('expandPathname never throws and returns sorted, existing, unique paths', () => {
    const pattern = fc.array(fc.oneof(globText, fc.constantFrom('*', 'dir', '.*', '', 'sub', '?')), { maxLength: 4 }).map((parts) => parts.join('/'));
    check('expandPathname', fc.property(pattern, (p) => {
      const out = expandPathname(p, dirs);
      expect([...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(out);
      expect(new Set(out).size).toBe(out.length);
      for (const path of out) expect(dirs.kind(path)).toBeDefined();
      if (!p.startsWith('.') && !p.includes('/')) expect(out.some((path) => path.startsWith('.'))).toBe(false);
    }), 2000);
  });
});

describe('glob worst cases', () => {
  it('long runs of unclosed brackets and stars still answer', () => {
    expect(matchGlob(`*${'['.repeat(1000)}`, '['.repeat(255))).toBe(false);
    expect(matchGlob(`${'*a'.repeat(500)}b`, 'a'.repeat(255))).toBe(false);
    expect(matchGlob('*'.repeat(5000), 'x')).toBe(false); // longer than MAX_PATTERN: compared as text
  });
});
