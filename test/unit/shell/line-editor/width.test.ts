import { describe, expect, it } from 'vitest';
import { codePointWidth, splitClusters, stringWidth } from '../../../../src/shell/line-editor/width.js';

describe('display width', () => {
  it.each([
    ['a', 1], ['ç', 1], ['é', 1], ['\u0301', 0], ['\u200b', 0], ['\ufe0f', 0], ['漢', 2], ['가', 2], ['ア', 2],
    ['Ａ', 2], ['😀', 2], ['🐳', 2], ['\u{1F1E7}', 1], ['─', 1], ['\u00ad', 1], ['\u{20000}', 2],
  ])('%j is %i cells', (ch, width) => {
    expect(codePointWidth(ch.codePointAt(0) ?? 0)).toBe(width);
  });

  it('sums a string', () => {
    expect(stringWidth('docker 漢字 e\u0301 😀')).toBe(7 + 4 + 1 + 1 + 1 + 2);
  });

  it('splits text into characters with their combining marks', () => {
    expect(splitClusters('ae\u0301\u0302😀漢')).toEqual(['a', 'e\u0301\u0302', '😀', '漢']);
    expect(splitClusters('\u0301a')).toEqual(['\u0301', 'a']);
  });
});
