// Shared list filters (src/docker/filters.ts, src/docker/go-regexp.ts) against moby v28.2.2
// api/types/filters/parse.go: Match (exact, else Go regexp; a bad regexp matches nothing),
// MatchKVList, GetBoolOrDefault, Validate and invalidFilter's text. Filter values are student
// text, so patterns are fuzzed: never a throw, and patterns that would make JS backtrack
// exponentially are refused (they match nothing) instead of stalling the server.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DaemonError } from '../../../src/docker/daemon.js';
import { applyFilters, boolFilter, exactMatch, match, matchKVList, validateFilters } from '../../../src/docker/filters.js';
import { goRegexpMatch } from '../../../src/docker/go-regexp.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const filters = (entries: [string, string[]][]) => new Map(entries);

describe('goRegexpMatch (regexp.MatchString)', () => {
  it.each([
    ['^web', 'web.1', true],
    ['web$', 'my-web', true],
    ['b.d', 'abcd', true],
    ['(?i)WEB', 'web', true],
    ['(?P<x>we)b', 'web', true],
    ['[', 'web', false], // does not compile in Go either
    ['(?=w)', 'web', false], // lookahead: not RE2
    ['(a)\\1', 'aa', false], // backreference: not RE2
    ['(a*)*b', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', false],
    ['(a|aa)+$', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', false],
    ['a*a*a*a*a*a*b', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', false],
  ])('%j on %j', (pattern, source, want) => {
    expect(goRegexpMatch(pattern, source)).toBe(want);
  });

  it('never throws, whatever the pattern', () => {
    const piece = fc.oneof(fc.constantFrom('(', ')', '*', '+', '?', '{2,}', '|', '[', ']', '\\', '^', '$', '.', '(?:', '(?i)', 'a', '\\d'), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.string({ maxLength: 64 }), (pattern, source) => {
      expect(typeof goRegexpMatch(pattern, source)).toBe('boolean');
    }), { numRuns: 2000 });
  });

  it('an escaped literal matches exactly where the text contains it', () => {
    fc.assert(fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 30 }), (needle, hay) => {
      expect(goRegexpMatch(escape(needle), hay)).toBe(hay.includes(needle));
    }), { numRuns: 1000 });
  });
});

describe('Args matchers', () => {
  it('match: no values pass everything, an exact value always matches', () => {
    fc.assert(fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (source, others) => {
      expect(match(undefined, source)).toBe(true);
      expect(match([...others, source], source)).toBe(true);
      expect(exactMatch([...others, source], source)).toBe(true);
    }), { numRuns: 500 });
  });

  it('matchKVList: every key (and value, if given) must be there; no labels never match', () => {
    const labels = { env: 'prod', tier: 'db', empty: '' };
    expect(matchKVList(['env', 'tier=db'], labels)).toBe(true);
    expect(matchKVList(['env=dev'], labels)).toBe(false);
    expect(matchKVList(['empty='], labels)).toBe(true);
    expect(matchKVList(['constructor'], labels)).toBe(false);
    expect(matchKVList(['env'], {})).toBe(false);
    expect(matchKVList(undefined, null)).toBe(true);
  });

  it.each([
    [['true'], true],
    [['1'], true],
    [['false', '0'], false],
  ])('boolFilter %j', (values, want) => {
    expect(boolFilter(filters([['dangling', values]]), 'dangling', false)).toBe(want);
  });

  it.each([
    [['maybe'], "invalid filter 'dangling=[maybe]'"],
    [['true', 'false'], "invalid filter 'dangling=[true false]'"],
  ])('boolFilter %j refuses', (values, message) => {
    expect(() => boolFilter(filters([['dangling', values]]), 'dangling', false)).toThrow(new DaemonError(message));
  });

  it('validateFilters and applyFilters name the first unknown key', () => {
    expect(() => validateFilters(filters([['name', ['x']], ['foo', ['y']]]), ['name'])).toThrow(new DaemonError("invalid filter 'foo'"));
    expect(() => applyFilters([1], filters([['bar', ['1']]]), { id: () => true })).toThrow(new DaemonError("invalid filter 'bar'"));
    expect(applyFilters([1, 2, 3], filters([['id', ['2', '3']]]), { id: (n: number, v) => String(n) === v })).toEqual([2, 3]);
  });
});
