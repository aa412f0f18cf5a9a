import { describe, expect, it } from 'vitest';
import { CommandThrottle } from '../../../../src/shell/limits/command-throttle.js';
import { FakeTimers, settle } from './rig.js';

function throttle(rate: number, burst: number) {
  const timers = new FakeTimers();
  let notices = 0;
  return { timers, notices: () => notices, throttle: new CommandThrottle({ rate, burst, timers, notice: () => notices++ }) };
}

describe('CommandThrottle', () => {
  it('runs a burst of 50 commands at once (a pasted script) without a notice', async () => {
    const { throttle: t, notices } = throttle(20, 50);
    const signal = new AbortController().signal;
    for (let i = 0; i < 50; i++) expect(await t.admit(signal)).toBe(true);
    expect(notices()).toBe(0);
  });

  it('makes the 51st command wait 50 ms, with one notice for the whole streak', async () => {
    const { timers, throttle: t, notices } = throttle(20, 50);
    const signal = new AbortController().signal;
    for (let i = 0; i < 50; i++) await t.admit(signal);
    let admitted = 0;
    const run = (async () => {
      for (let i = 0; i < 10; i++) if (await t.admit(signal)) admitted++;
    })();
    await settle();
    expect(admitted).toBe(0);
    expect(notices()).toBe(1);
    await timers.advance(50);
    expect(admitted).toBe(1);
    await timers.advance(450);
    await run;
    expect(admitted).toBe(10);
    expect(notices()).toBe(1);
  });

  it('a waiting command is cancelled by Ctrl-C', async () => {
    const { throttle: t } = throttle(1, 1);
    const ctrlC = new AbortController();
    await t.admit(ctrlC.signal);
    const waiting = t.admit(ctrlC.signal);
    ctrlC.abort();
    expect(await waiting).toBe(false);
  });

  it('notices again after the student slowed down and sped up again', async () => {
    const { timers, throttle: t, notices } = throttle(10, 2);
    const signal = new AbortController().signal;
    const burst = async () => {
      const all = Promise.all([1, 2, 3].map(() => t.admit(signal)));
      await timers.advance(200);
      await all;
    };
    await burst();
    await timers.advance(10_000);
    await burst();
    expect(notices()).toBe(2);
  });

  it('rate 0 never throttles', async () => {
    const { throttle: t, notices } = throttle(0, 1);
    const signal = new AbortController().signal;
    for (let i = 0; i < 1000; i++) expect(await t.admit(signal)).toBe(true);
    expect(notices()).toBe(0);
  });
});
