import { describe, expect, it } from 'vitest';
import { InputLimiter } from '../../../../src/shell/line-editor/input-limit.js';

function limiter(max = 1000) {
  let now = 0;
  const l = new InputLimiter({ maxBurstBytes: max, now: () => now });
  return { l, tick: (ms: number) => (now += ms) };
}

describe('InputLimiter', () => {
  it('passes typing and a paste within the budget untouched', () => {
    const { l } = limiter();
    expect(l.filter('ls\r')).toEqual({ pass: 'ls\r', dropped: false });
    expect(l.filter('x'.repeat(900))).toEqual({ pass: 'x'.repeat(900), dropped: false });
  });

  it('drops a burst past the budget, tells once, and keeps dropping until input pauses', () => {
    const { l, tick } = limiter();
    l.filter('x'.repeat(900));
    expect(l.filter('y'.repeat(200))).toEqual({ pass: '', dropped: true });
    tick(100);
    expect(l.filter('z')).toEqual({ pass: '', dropped: false });
    tick(1000);
    expect(l.filter('ok')).toEqual({ pass: 'ok', dropped: false });
  });

  it('always lets a lone Ctrl-C through, even while dropping a flood', () => {
    const { l } = limiter();
    l.filter('x'.repeat(900));
    expect(l.filter('y'.repeat(200))).toEqual({ pass: '', dropped: true });
    expect(l.filter('\x03')).toEqual({ pass: '\x03', dropped: false });
    expect(l.filter('hostname\r')).toEqual({ pass: 'hostname\r', dropped: false });
    expect(l.filter('z'.repeat(5000))).toEqual({ pass: '', dropped: true });
  });

  it('refills an eighth of the budget per second', () => {
    const { l, tick } = limiter(800);
    l.filter('x'.repeat(800));
    tick(1000);
    expect(l.filter('x'.repeat(100)).pass).toHaveLength(100);
  });

  it('closes a bracketed paste it cuts off, so later keys are not taken as pasted', () => {
    const { l } = limiter();
    expect(l.filter('\x1b[200~echo hi\n').pass).toBe('\x1b[200~echo hi\n');
    expect(l.filter('y'.repeat(2000))).toEqual({ pass: '\x1b[201~', dropped: true });
  });

  it('does not close a bracketed paste that already ended, even with the marker split across chunks', () => {
    const { l } = limiter();
    l.filter('\x1b[200~abc\x1b[2');
    l.filter('01~');
    expect(l.filter('y'.repeat(2000))).toEqual({ pass: '', dropped: true });
  });

  it('counts UTF-8 bytes', () => {
    const { l } = limiter(10);
    expect(l.filter('çççç').pass).toBe('çççç');
    expect(l.filter('ççç').dropped).toBe(true);
  });
});
