// truncateId, ellipsis, prettyPrint and natural sorting, from docker/cli's own tests and rules.
import { describe, expect, it } from 'vitest';
import { ellipsis, naturalCompare, naturalLess, prettyPrint, truncateId } from '../../../../src/docker/format/index.js';

describe('truncateId', () => {
  it.each([
    ['kio6faqdjoneh26az4ajsq2va', 'kio6faqdjone'],
    ['d27cd4564019aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'd27cd4564019'],
    ['sha256:0123456789abcdef0123', '0123456789ab'],
    ['short', 'short'],
    ['', ''],
  ])('%s', (id, expected) => expect(truncateId(id)).toBe(expected));
});

describe('ellipsis (formatter.Ellipsis, displayutils_test.go cases)', () => {
  it.each([
    ['t🐳ststring', 0, ''],
    ['t🐳ststring', 1, 't'],
    ['t🐳ststring', 2, 't…'],
    ['t🐳ststring', 6, 't🐳st…'],
    ['t🐳ststring', 20, 't🐳ststring'],
    ['你好世界teststring', 0, ''],
    ['你好世界teststring', 1, '你'],
    ['你好世界teststring', 3, '你…'],
    ['你好世界teststring', 6, '你好…'],
    ['你好世界teststring', 20, '你好世界teststring'],
    ['你好', 2, '你好'],
    ['你好', 3, '你…'],
    ['你好', 4, '你好'],
    ['你x', 2, '你x'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
    ['task: non-zero exit (137)', 30, 'task: non-zero exit (137)'],
  ] as [string, number, string][])('%s / %d', (s, n, expected) => expect(ellipsis(s, n)).toBe(expected));
});

describe('prettyPrint (capitalizeFirst: first byte upper, rest lower)', () => {
  it.each([
    ['running', 'Running'], ['RUNNING', 'Running'], ['reachable', 'Reachable'], ['', ''], ['a', 'a'], ['A', 'a'],
    ['2009-11-10 23:00:00 +0000 UTC', '2009-11-10 23:00:00 +0000 utc'],
  ])('%j', (s, expected) => expect(prettyPrint(s)).toBe(expected));
});

describe('naturalLess (sortorder.NaturalLess)', () => {
  it('sorts digit runs by value', () => {
    const names = ['network-10-foo', 'network-2-foo', 'network-1-foo', 'b', 'a10', 'a9', 'a09', '1', 'A'];
    expect([...names].sort(naturalCompare)).toEqual(
      ['1', 'A', 'a9', 'a09', 'a10', 'b', 'network-1-foo', 'network-2-foo', 'network-10-foo'],
    );
  });
  it.each([
    ['a', 'b', true], ['b', 'a', false], ['a', 'a', false], ['a1', 'a01', true], ['a01', 'a1', false],
    ['0', 'a', true], ['a', '0', false], ['x', 'xy', true], ['ab', 'a1', false],
  ] as [string, string, boolean][])('%s < %s is %s', (a, b, expected) => expect(naturalLess(a, b)).toBe(expected));
});
