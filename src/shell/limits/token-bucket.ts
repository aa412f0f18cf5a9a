// A token bucket (the classic rate limiter): it holds up to `burst` tokens and gains `rate` tokens
// per second. Time comes from an injected clock, so tests drive it by hand.

/** TokenBucket allows bursts up to its capacity and a steady rate after that. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  /** constructor starts full; rate is tokens per second, burst the capacity. */
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** take removes n tokens and returns true, or returns false and leaves the bucket as it was. */
  take(n = 1): boolean {
    this.refill();
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }

  /** waitMs is how long until n tokens are there (0 when they already are). */
  waitMs(n = 1): number {
    this.refill();
    if (this.tokens >= n) return 0;
    return Math.ceil(((n - this.tokens) * 1000) / this.rate);
  }

  private refill(): void {
    const now = this.now();
    const elapsed = Math.max(0, now - this.last);
    this.last = now;
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.rate) / 1000);
  }
}
