// Commands per session, as a token bucket: `commandBurst` commands may run back to back (a pasted
// 30-line script), then at most `commandRate` per second. A command over the rate is not refused:
// it waits its turn, so nothing a student pasted is lost, while the server's work per session
// stays bounded. The notice is shown once per throttled streak, not once per command.

import { sleepOn, type ShellTimers } from './shell-limits.js';
import { TokenBucket } from './token-bucket.js';

/** CommandThrottleOptions configure a throttle; rate 0 turns it off. */
export interface CommandThrottleOptions {
  rate: number;
  burst: number;
  timers: ShellTimers;
  /** notice is called when a command first has to wait after running freely. */
  notice(): void;
}

/** CommandThrottle lets commands through at a bounded rate. */
export class CommandThrottle {
  private readonly bucket: TokenBucket | undefined;
  private throttled = false;

  /** constructor builds a throttle that starts with a full burst. */
  constructor(private readonly options: CommandThrottleOptions) {
    this.bucket = options.rate > 0 ? new TokenBucket(options.rate, Math.max(1, options.burst), () => options.timers.now()) : undefined;
  }

  /** admit resolves true when the next command may run, or false if signal aborted while it waited. */
  async admit(signal: AbortSignal): Promise<boolean> {
    const bucket = this.bucket;
    if (bucket === undefined) return !signal.aborted;
    for (;;) {
      if (signal.aborted) return false;
      if (bucket.take()) {
        // The streak ends once the bucket has refilled past one token: the student slowed down.
        if (bucket.waitMs(1) === 0) this.throttled = false;
        return true;
      }
      if (!this.throttled) {
        this.throttled = true;
        this.options.notice();
      }
      if (!(await sleepOn(this.options.timers, bucket.waitMs(1), signal))) return false;
    }
  }
}
