// The lab's window on real time. Injected so tests can drive time by hand.

/** TimerHandle identifies a scheduled callback. */
export type TimerHandle = { readonly id: unknown };

/** Timers reads the wall clock and schedules callbacks. */
export interface Timers {
  /** now returns wall-clock milliseconds since the Unix epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** realTimers uses Node's clock and timers; timers are unref'd so they never keep the process alive. */
export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const id = setTimeout(callback, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    id.unref();
    return { id };
  },
  clearTimeout(handle) {
    clearTimeout(handle.id as NodeJS.Timeout);
  },
};
