// sshd-style idle timeout (like ClientAliveInterval × CountMax, or bash's TMOUT, but counting any
// keystroke): no input for `timeoutMs` closes the session, with a warning shortly before. Only
// input counts; output (a teammate's message, a running `ping`) never keeps a session alive.
// One timer, checked lazily: a keystroke only records the time, so typing costs no timer churn.

import type { ShellTimerHandle, ShellTimers } from './shell-limits.js';

/** IdleTimerOptions configure an idle timer. */
export interface IdleTimerOptions {
  timeoutMs: number;
  timers: ShellTimers;
  /** onWarn is called once per idle period, warnBeforeMs(timeoutMs) before the timeout. */
  onWarn(remainingMs: number): void;
  onTimeout(): void;
}

/** warnBeforeMs is how early the warning comes: one minute, or half the timeout when that is shorter. */
export function warnBeforeMs(timeoutMs: number): number {
  return Math.min(60_000, Math.floor(timeoutMs / 2));
}

/** IdleTimer fires onWarn, then onTimeout, unless touch() reports input in between. */
export class IdleTimer {
  private last = 0;
  private warned = false;
  private handle: ShellTimerHandle | undefined;
  private readonly warnAt: number;

  /** constructor prepares the timer; start() arms it. */
  constructor(private readonly options: IdleTimerOptions) {
    this.warnAt = options.timeoutMs - warnBeforeMs(options.timeoutMs);
  }

  /** start arms the timer from now. */
  start(): void {
    this.last = this.options.timers.now();
    this.warned = false;
    this.arm(this.warnAt);
  }

  /** touch records input: the idle period starts again. */
  touch(): void {
    this.last = this.options.timers.now();
    this.warned = false;
  }

  /** stop disarms the timer for good. */
  stop(): void {
    if (this.handle) this.options.timers.clearTimeout(this.handle);
    this.handle = undefined;
  }

  private arm(delay: number): void {
    this.stop();
    this.handle = this.options.timers.setTimeout(() => this.check(), Math.max(0, delay));
  }

  private check(): void {
    this.handle = undefined;
    const idle = this.options.timers.now() - this.last;
    if (idle >= this.options.timeoutMs) {
      this.options.onTimeout();
      return;
    }
    if (idle < this.warnAt) {
      this.arm(this.warnAt - idle);
      return;
    }
    if (!this.warned) {
      this.warned = true;
      this.options.onWarn(this.options.timeoutMs - idle);
    }
    this.arm(this.options.timeoutMs - idle);
  }
}
