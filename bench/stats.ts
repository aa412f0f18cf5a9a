// Percentiles and a shared clock. Latencies are measured with `wallNow()`, a high-resolution
// reading of the real-time clock that agrees across processes on one machine, so a time taken in
// the server host and one taken in a load client can be subtracted.

/** wallNow returns milliseconds since the epoch with sub-millisecond resolution. */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Summary condenses a sample of latencies in milliseconds. */
export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** percentile returns the q-quantile (0..1) of sorted values, nearest rank. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

/** summarize computes count, p50, p99, max and mean, rounded to 0.01 ms. */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (n: number): number => (Number.isFinite(n) ? Math.round(n * 100) / 100 : NaN);
  const mean = sorted.length === 0 ? NaN : sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return { count: sorted.length, p50: round(percentile(sorted, 0.5)), p99: round(percentile(sorted, 0.99)), max: round(sorted[sorted.length - 1] ?? NaN), mean: round(mean) };
}

/** sleep waits ms. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** MiB converts bytes to mebibytes, two decimals. */
export function mib(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 100) / 100;
}
