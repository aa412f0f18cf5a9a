// Server-side list filters as the daemon applies them (moby api/types/filters): each key must be
// one the endpoint accepts, and a row passes when, for every key given, one of its values matches.

import type { Filters } from './cli/index.js';
import { DaemonError } from './daemon.js';

/** FilterMatchers maps each accepted filter key to a test of one value against a row. */
export type FilterMatchers<T> = Record<string, (row: T, value: string) => boolean>;

/** applyFilters keeps the rows that pass every given filter, or throws the daemon's invalid-filter error. */
export function applyFilters<T>(rows: readonly T[], filters: Filters | undefined, matchers: FilterMatchers<T>): T[] {
  if (!filters || filters.size === 0) return [...rows];
  for (const key of filters.keys()) {
    if (!Object.hasOwn(matchers, key)) throw new DaemonError(`invalid filter '${key}'`);
  }
  return rows.filter((row) => [...filters.entries()].every(([key, values]) => values.some((v) => matchers[key]?.(row, v) ?? false)));
}

/** labelMatches tests a `label=key` or `label=key=value` filter value against labels. */
export function labelMatches(labels: Readonly<Record<string, string>>, value: string): boolean {
  const eq = value.indexOf('=');
  if (eq < 0) return Object.hasOwn(labels, value);
  return labels[value.slice(0, eq)] === value.slice(eq + 1);
}
