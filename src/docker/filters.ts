// Server-side list filters as the daemon applies them (moby v28.2.2 api/types/filters/parse.go):
// each key must be one the endpoint accepts (Validate), and the matchers below are Args' own
// (ExactMatch, Match, MatchKVList, GetBoolOrDefault). Reuse: validate the keys with
// validateFilters (or let applyFilters do it), then test each row with the matcher moby's
// endpoint uses for that key. `--filter` values arrive already parsed (cli/docker-opts.ts filterOpt).

import type { Filters } from './cli/index.js';
import { DaemonError } from './daemon.js';
import { goRegexpMatch } from './go-regexp.js';

/** FilterMatchers maps each accepted filter key to a test of one value against a row. */
export type FilterMatchers<T> = Record<string, (row: T, value: string) => boolean>;

/** invalidFilter is filters.invalidFilter's text: `invalid filter 'key'` or `invalid filter 'key=[a b]'`. */
export function invalidFilter(key: string, values?: readonly string[]): DaemonError {
  return new DaemonError(values === undefined ? `invalid filter '${key}'` : `invalid filter '${key}=[${values.join(' ')}]'`);
}

/** validateFilters is Args.Validate: every key must be accepted, else the daemon's invalid-filter error. */
export function validateFilters(filters: Filters | undefined, accepted: readonly string[]): void {
  for (const key of filters?.keys() ?? []) if (!accepted.includes(key)) throw invalidFilter(key);
}

/** applyFilters keeps the rows that pass every given filter, or throws the daemon's invalid-filter error. */
export function applyFilters<T>(rows: readonly T[], filters: Filters | undefined, matchers: FilterMatchers<T>): T[] {
  if (!filters || filters.size === 0) return [...rows];
  validateFilters(filters, Object.keys(matchers));
  return rows.filter((row) => [...filters.entries()].every(([key, values]) => values.some((v) => matchers[key]?.(row, v) ?? false)));
}

/** exactMatch is Args.ExactMatch: no values means no filter, else one value equals source. */
export function exactMatch(values: readonly string[] | undefined, source: string): boolean {
  return values === undefined || values.length === 0 || values.includes(source);
}

/** match is Args.Match: no values means no filter, else a value equals source or, as a Go regexp, matches it anywhere. */
export function match(values: readonly string[] | undefined, source: string): boolean {
  if (values === undefined || values.length === 0) return true;
  return values.includes(source) || values.some((v) => goRegexpMatch(v, source));
}

/** labelMatches tests a `label=key` or `label=key=value` filter value against labels. */
export function labelMatches(labels: Readonly<Record<string, string>>, value: string): boolean {
  const eq = value.indexOf('=');
  if (eq < 0) return Object.hasOwn(labels, value);
  return Object.hasOwn(labels, value.slice(0, eq)) && labels[value.slice(0, eq)] === value.slice(eq + 1);
}

/** matchKVList is Args.MatchKVList: every `key` / `key=value` value must hold in labels (none given: no filter). */
export function matchKVList(values: readonly string[] | undefined, labels: Readonly<Record<string, string>> | null | undefined): boolean {
  if (values === undefined || values.length === 0) return true;
  if (!labels || Object.keys(labels).length === 0) return false;
  return values.every((v) => labelMatches(labels, v));
}

/** boolFilter is Args.GetBoolOrDefault: true/1 or false/0, anything else (or both) the daemon's error. */
export function boolFilter(filters: Filters | undefined, key: string, fallback: boolean): boolean {
  const values = filters?.get(key);
  if (values === undefined) return fallback;
  const isFalse = values.includes('0') || values.includes('false');
  const isTrue = values.includes('1') || values.includes('true');
  if (values.length === 0 || isFalse === isTrue) throw invalidFilter(key, values);
  return isTrue;
}
