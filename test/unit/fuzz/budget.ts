// How much fuzzing a run does, and a tally of the cases that actually ran. `npm test` runs a
// modest number of cases per property (each file stays around a second or two); SWARMLAB_FUZZ=long
// multiplies every budget by 100 for a soak run. The tally is printed once per file, so a run's
// log says how many cases were tried, not just that nothing failed.

import fc from 'fast-check';
import { afterAll } from 'vitest';

/** LONG is true when SWARMLAB_FUZZ=long asks for the soak run. */
export const LONG = process.env.SWARMLAB_FUZZ === 'long';

/** runs scales a property's default case count for the current mode. */
export function runs(base: number): number {
  return LONG ? base * 100 : base;
}

const tally = new Map<string, number>();

/** casesRun returns the tally of this file so far (property name → cases run). */
export function casesRun(): ReadonlyMap<string, number> {
  return tally;
}

function record(name: string, details: fc.RunDetails<unknown>): void {
  tally.set(name, (tally.get(name) ?? 0) + details.numRuns);
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${name}: ${fc.defaultReportMessage(details) ?? 'property failed'}\nCause: ${cause}`);
}

/** check runs a synchronous property with the mode's budget and records how many cases ran. */
export function check<T>(name: string, property: fc.IProperty<T>, base: number, extra: fc.Parameters<T> = {}): void {
  record(name, fc.check(property, { numRuns: runs(base), ...extra }) as fc.RunDetails<unknown>);
}

/** checkAsync is check for asynchronous properties. */
export async function checkAsync<T>(name: string, property: fc.IAsyncProperty<T>, base: number, extra: fc.Parameters<T> = {}): Promise<void> {
  record(name, (await fc.check(property, { numRuns: runs(base), ...extra })) as fc.RunDetails<unknown>);
}

/** reportCases prints the file's tally when its tests are done (call once at module level). */
export function reportCases(file: string): void {
  afterAll(() => {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    const parts = [...tally].map(([name, n]) => `${name}=${n}`).join(', ');
    process.stdout.write(`[fuzz] ${file}: ${total} cases${LONG ? ' (long)' : ''} — ${parts}\n`);
  });
}
