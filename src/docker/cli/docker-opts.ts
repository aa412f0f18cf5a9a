// docker's own pflag.Value types that many commands share: list, map, filter, quoted string,
// optional uint64 and durations. Each builder returns a CustomFlag with docker's type name
// (shown in help) and String() default.
// Fidelity: docker/cli opts/opts.go (ListOpts, MapOpts, FilterOpt), opts/quotedstring.go,
// opts/duration.go (DurationOpt, PositiveDurationOpt), cli/command/service/opts.go (Uint64Opt).
import { parseGoDuration } from './go-duration.js';
import { fail, ok, parseGoUint, type GoResult } from './go-strconv.js';
import type { CustomFlag, FlagCommon } from './spec.js';

/** OptBase is what every builder takes: name, shorthand, usage, hiding and annotations. */
export type OptBase = Omit<FlagCommon, never>;

/** Filters is docker's filters.Args: each filter name with its distinct values, in input order. */
export type Filters = ReadonlyMap<string, readonly string[]>;

/** listOpt is a repeatable `list` flag (ListOpts); `validate` may rewrite or reject each value. */
export function listOpt(base: OptBase, validate?: (value: string) => GoResult<string>): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'list', initial: (): string[] => [], defValue: '',
    set(previous, raw) {
      const v = validate ? validate(raw) : ok(raw);
      return v.ok ? ok([...(previous as string[]), v.value]) : v;
    },
  };
}

/** mapOpt is a repeatable `map` flag of key=value pairs (MapOpts); help shows `(default map[])`. */
export function mapOpt(base: OptBase, validate?: (value: string) => GoResult<string>): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'map', initial: (): Map<string, string> => new Map(), defValue: 'map[]',
    set(previous, raw) {
      const v = validate ? validate(raw) : ok(raw);
      if (!v.ok) return v;
      const eq = v.value.indexOf('=');
      const next = new Map(previous as Map<string, string>);
      next.set(eq < 0 ? v.value : v.value.slice(0, eq), eq < 0 ? '' : v.value.slice(eq + 1));
      return ok(next);
    },
  };
}

/** filterOpt is `-f, --filter filter`: name=value pairs, the name trimmed and lower-cased. */
export function filterOpt(base: OptBase): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'filter', initial: (): Filters => new Map(), defValue: '',
    set(previous, raw) {
      if (raw === '') return ok(previous);
      const eq = raw.indexOf('=');
      if (eq < 0) return fail('bad format of filter (expected name=value)');
      const name = raw.slice(0, eq).trim().toLowerCase();
      const value = raw.slice(eq + 1).trim();
      const next = new Map(previous as Filters);
      const values = next.get(name) ?? [];
      next.set(name, values.includes(value) ? values : [...values, value]);
      return ok(next);
    },
  };
}

/** quotedStringOpt is a `string` flag that strips one pair of surrounding quotes (QuotedString). */
export function quotedStringOpt(base: OptBase, def: string): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'string', initial: () => def, defValue: def,
    set: (_previous, raw) => {
      const quoted = raw.length >= 2 && raw[0] === raw[raw.length - 1] && (raw[0] === '"' || raw[0] === "'");
      return ok(quoted ? raw.slice(1, -1) : raw);
    },
  };
}

/** uint64Opt is an optional `uint` (Uint64Opt, e.g. --replicas): undefined until set. */
export function uint64Opt(base: OptBase): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'uint', initial: (): number | undefined => undefined, defValue: '',
    set: (_previous, raw) => parseGoUint(raw),
  };
}

/**
 * durationOpt is an optional `duration` in nanoseconds (DurationOpt), undefined until set;
 * `positive` rejects negative values like PositiveDurationOpt.
 */
export function durationOpt(base: OptBase, positive = false): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'duration', initial: (): number | undefined => undefined, defValue: '',
    set(_previous, raw) {
      const d = parseGoDuration(raw);
      if (d.ok && positive && d.value < 0) return fail('duration cannot be negative');
      return d;
    },
  };
}
