import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, limitMessages } from '../../../../src/shell/limits/limit-messages.js';

describe('limit messages', () => {
  it.each([
    [256 * 1024, '256 KiB'],
    [1024 * 1024, '1 MiB'],
    [4 * 1024 * 1024, '4 MiB'],
    [1536 * 1024, '1.5 MiB'],
    [1000, '1000 bytes'],
  ])('formatBytes(%i) is %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it.each([
    [7_200_000, '2 h'],
    [60_000, '1 min'],
    [90_000, '90 s'],
    [1500, '2 s'],
    [300, '300 ms'],
  ])('formatDuration(%i) is %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('speaks pt-BR and English, one line each', () => {
    const pt = limitMessages('pt');
    const en = limitMessages('en');
    expect(pt.idleClosed(7_200_000)).toBe('swarmlab: sessão encerrada após 2 h sem atividade.');
    expect(en.idleClosed(7_200_000)).toBe('swarmlab: session closed after 2 h without input.');
    for (const m of [pt, en]) {
      const all = [m.pasteTooLarge(1024), m.lineTooLong(10), m.throttled(20), m.outputCut(1024), m.idleWarning(60_000), m.idleClosed(1000)];
      for (const line of all) expect(line).toMatch(/^swarmlab: [^\n]+$/);
    }
  });
});
