// Batched redraws. A class of 300 makes api.onChange fire many times a second; drawing on each
// call would burn CPU and flood the instructor's connection. request() draws at most once per
// interval (on a timer, never inside the caller's stack); now() draws at once, after a key press.

/** RenderScheduler batches draw calls. */
export class RenderScheduler {
  private timer: NodeJS.Timeout | undefined;
  private last = -Infinity;
  private pending = false;
  private paused = false;
  private disposed = false;

  constructor(private readonly draw: () => void, private readonly intervalMs = 150) {}

  /** request asks for a redraw soon: at most one per interval, batched. */
  request(): void {
    if (this.disposed) return;
    this.pending = true;
    if (this.timer || this.paused) return;
    const wait = Math.max(0, this.last + this.intervalMs - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, wait);
  }

  /** now draws immediately (after a key press), cancelling a batched draw. */
  now(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = true;
    this.run();
  }

  /** pause stops drawing (while observing); requests are remembered. */
  pause(): void {
    this.paused = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** resume draws again, at once. */
  resume(): void {
    this.paused = false;
    this.now();
  }

  /** dispose cancels any pending draw for good. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): void {
    if (this.disposed || this.paused || !this.pending) return;
    this.pending = false;
    this.last = performance.now();
    this.draw();
  }
}
