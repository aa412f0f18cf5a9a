import { describe, expect, it } from 'vitest';
import { IdleTimer, warnBeforeMs } from '../../../../src/shell/limits/idle-timer.js';
import { FakeTimers } from './rig.js';

function timer(timeoutMs: number) {
  const timers = new FakeTimers();
  const events: string[] = [];
  const idle = new IdleTimer({ timeoutMs, timers, onWarn: (ms) => events.push(`warn ${ms}`), onTimeout: () => events.push('timeout') });
  idle.start();
  return { timers, events, idle };
}

describe('IdleTimer', () => {
  it('warns one minute before a 2 h timeout, then times out', async () => {
    const { timers, events } = timer(7_200_000);
    await timers.advance(7_140_000 - 1);
    expect(events).toEqual([]);
    await timers.advance(1);
    expect(events).toEqual(['warn 60000']);
    await timers.advance(60_000);
    expect(events).toEqual(['warn 60000', 'timeout']);
  });

  it('input before the timeout starts the idle period again, and warns again next time', async () => {
    const { timers, events, idle } = timer(7_200_000);
    await timers.advance(7_130_000);
    idle.touch();
    await timers.advance(7_139_999);
    expect(events).toEqual([]);
    await timers.advance(1);
    expect(events).toEqual(['warn 60000']);
    idle.touch();
    await timers.advance(7_199_999);
    expect(events).toEqual(['warn 60000', 'warn 60000']);
    await timers.advance(1);
    expect(events).toEqual(['warn 60000', 'warn 60000', 'timeout']);
  });

  it('keeps one timer however often input arrives', async () => {
    const { timers, idle } = timer(7_200_000);
    for (let i = 0; i < 1000; i++) idle.touch();
    expect(timers.pending).toBe(1);
  });

  it('stop disarms it', async () => {
    const { timers, events, idle } = timer(1000);
    idle.stop();
    await timers.advance(10_000);
    expect(events).toEqual([]);
  });

  it.each([
    [7_200_000, 60_000],
    [60_000, 30_000],
    [1000, 500],
  ])('a %i ms timeout warns %i ms before', (timeout, warn) => {
    expect(warnBeforeMs(timeout)).toBe(warn);
  });
});
