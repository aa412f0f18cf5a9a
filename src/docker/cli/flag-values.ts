// How each flag kind stores, parses and prints its value, as pflag's Value types do.
// Fidelity: spf13/pflag v1.0.6 bool.go, string.go, int.go, uint.go, uint64.go, float64.go,
// duration.go, string_array.go, string_slice.go (Set/String/Type) and flag.go
// (defaultIsZeroValue, UnquoteUsage type names).
import { formatGoDuration, parseGoDuration } from './go-duration.js';
import { parseGoFloat } from './go-float.js';
import { readCsvRecord, writeCsvRecord } from './go-csv.js';
import { ok, parseGoBool, parseGoInt, parseGoUint, type GoResult } from './go-strconv.js';
import type { FlagSpec } from './spec.js';

/** FlagValueOps is the behaviour behind one flag: pflag's Value plus the Flag's DefValue. */
export interface FlagValueOps {
  /** typeName is Value.Type(): bool, string, int, uint, uint64, float64, duration, stringArray... */
  readonly typeName: string;
  /** initial returns a fresh default value (a new array or map each time). */
  initial(): unknown;
  /** set is Value.Set; `changed` tells whether the flag was already set in this parse. */
  set(previous: unknown, raw: string, changed: boolean): GoResult<unknown>;
  /** defValue is Value.String() at definition time. */
  readonly defValue: string;
  /** zeroDefault is pflag's defaultIsZeroValue: true hides `(default ...)` in help. */
  readonly zeroDefault: boolean;
  /** noOptDefVal is the value used when the flag is given without one (`true` for bools). */
  readonly noOptDefVal: string;
}

/** formatFloat is strconv.FormatFloat(f, 'g', -1, 64): %e when the exponent is < -4 or >= 6. */
export function formatFloat(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';
  const e = n.toExponential();
  const exp = Number(e.slice(e.indexOf('e') + 1));
  if (n === 0 || (exp >= -4 && exp < 6)) return Object.is(n, -0) ? '-0' : String(n);
  return e.replace(/e([+-])(\d)$/, 'e$10$2');
}

function listOps(typeName: string, def: readonly string[], csv: boolean): FlagValueOps {
  const defValue = `[${writeCsvRecord(def)}]`;
  return {
    typeName,
    initial: () => [...def],
    set(previous, raw, changed) {
      const parsed = csv ? readCsvRecord(raw) : ok([raw]);
      if (!parsed.ok) return parsed;
      return ok(changed ? [...(previous as string[]), ...parsed.value] : parsed.value);
    },
    defValue,
    zeroDefault: defValue === '[]',
    noOptDefVal: '',
  };
}

/** scalar builds the ops of a single-valued flag: every Set replaces the value. */
function scalar(
  typeName: string, initial: unknown, parse: (raw: string) => GoResult<unknown>, defValue: string, zeroDefault: boolean,
  noOptDefVal = '',
): FlagValueOps {
  return { typeName, initial: () => initial, set: (_previous, raw) => parse(raw), defValue, zeroDefault, noOptDefVal };
}

/** flagValueOps returns the value behaviour of a flag spec. */
export function flagValueOps(spec: FlagSpec): FlagValueOps {
  switch (spec.kind) {
    case 'bool': {
      const def = spec.default ?? false;
      return scalar('bool', def, parseGoBool, String(def), !def, 'true');
    }
    case 'string': {
      const def = spec.default ?? '';
      return scalar('string', def, ok, def, def === '');
    }
    case 'int':
    case 'uint':
    case 'uint64': {
      const def = spec.default ?? 0;
      return scalar(spec.kind, def, spec.kind === 'int' ? parseGoInt : parseGoUint, String(def), def === 0);
    }
    case 'float': {
      const def = spec.default ?? 0;
      const bits = spec.bits ?? 64;
      // pflag's float64 prints its type as float64; docker's 32-bit floatValue says float.
      return scalar(bits === 64 ? 'float64' : 'float', def, (raw) => parseGoFloat(raw, bits), formatFloat(def), def === 0);
    }
    case 'duration': {
      const def = spec.default ?? 0;
      return scalar('duration', def, parseGoDuration, formatGoDuration(def), def === 0);
    }
    case 'stringArray':
      return listOps('stringArray', spec.default ?? [], false);
    case 'stringSlice':
      return listOps('stringSlice', spec.default ?? [], true);
    case 'custom': {
      const defValue = spec.defValue ?? '';
      return {
        typeName: spec.typeName,
        initial: spec.initial,
        set: (previous, raw) => spec.set(previous, raw),
        defValue,
        zeroDefault: ['', '0', 'false', '<nil>'].includes(defValue),
        noOptDefVal: spec.noOptDefVal ?? '',
      };
    }
  }
}

/** helpTypeName is the value name pflag's UnquoteUsage derives from the type (empty for bool). */
export function helpTypeName(typeName: string): string {
  const renames: Record<string, string> = {
    bool: '', float64: 'float', int64: 'int', uint64: 'uint', stringSlice: 'strings',
    intSlice: 'ints', uintSlice: 'uints', boolSlice: 'bools',
  };
  return renames[typeName] ?? typeName;
}
