// The Go value model the template engine runs on. JS values stand for Go values:
//   undefined → an invalid reflect.Value ("<no value>"), null → nil, string, boolean,
//   number → int when integral (below 2^63) else float64, bigint → int, arrays → slices,
//   Map instances → maps, plain objects → structs (or maps, per ExecOptions.objects),
//   GoFunc / JS functions on a struct → methods.
// Go's static types are not in JS values, so type names in error messages are inferred unless the
// caller marks an object with goStruct/goMap. Fidelity: text/template exec.go (isTrue, indirect).

export * from './go-types.js';
import { GO_TYPE, GoComplex, GoFloat, GoFunc, numberOf, type GoTypeInfo, type ParamType, type ValueContext } from './go-types.js';

/** Kind is the reflect.Kind family of a value. */
export type Kind = 'invalid' | 'nil' | 'bool' | 'int' | 'float' | 'complex' | 'string' | 'slice' | 'map' | 'struct' | 'func';

/** typeInfo returns the goStruct/goMap marker of a value, if any. */
export function typeInfo(v: unknown): GoTypeInfo | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  return (v as { [GO_TYPE]?: GoTypeInfo })[GO_TYPE];
}

/** isGoInt says whether a JS number is a Go int rather than a float64. */
export function isGoInt(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) < 2 ** 63;
}

/** kindOf classifies a value. */
export function kindOf(v: unknown, ctx: ValueContext): Kind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'string': return 'string';
    case 'bigint': return 'int';
    case 'number': return isGoInt(v) ? 'int' : 'float';
    case 'function': return 'func';
    case 'object': break;
    default: return 'invalid';
  }
  if (v instanceof GoFunc) return 'func';
  if (v instanceof GoComplex) return 'complex';
  if (v instanceof GoFloat) return 'float';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof Map) return 'map';
  return typeInfo(v)?.kind ?? ctx.objects;
}

/** entriesOf lists a map's entries with string keys, unsorted. */
export function entriesOf(v: object): [string, unknown][] {
  if (v instanceof Map) return [...(v as Map<unknown, unknown>)].map(([k, x]) => [String(k), x]);
  return Object.entries(v);
}

/** compareKeys orders map keys as Go's fmtsort orders strings: by UTF-8 bytes (code points). */
export function compareKeys(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** sortedEntries lists a map's entries in Go's sorted key order. */
export function sortedEntries(v: object): [string, unknown][] {
  return entriesOf(v).sort(([a], [b]) => compareKeys(a, b));
}

/** mapLookup finds a key in a map: Map instance or plain object. */
export function mapLookup(v: object, key: string): { found: boolean; value: unknown } {
  if (v instanceof Map) return { found: v.has(key), value: v.get(key) };
  const found = Object.prototype.hasOwnProperty.call(v, key) && (v as Record<string, unknown>)[key] !== undefined;
  return { found, value: found ? (v as Record<string, unknown>)[key] : undefined };
}

/** isInterfaceMap says whether a map holds interface{} values (decoded JSON): zero is no value. */
function isInterfaceMap(v: object, ctx: ValueContext): boolean {
  return !(v instanceof Map) && typeInfo(v) === undefined && ctx.objects === 'map';
}

/** mapElemIsString says whether a map is a map[string]string (an empty one is taken to be one). */
export function mapElemIsString(v: object, ctx: ValueContext): boolean {
  return !isInterfaceMap(v, ctx) && entriesOf(v).every(([, x]) => typeof x === 'string');
}

/** mapZero is the zero value of a map's element type, inferred from its values ('' when empty). */
export function mapZero(v: object, ctx: ValueContext): unknown {
  if (isInterfaceMap(v, ctx)) return undefined;
  const kinds = new Set(entriesOf(v).map(([, x]) => kindOf(x, ctx)));
  if (kinds.size === 0 || (kinds.size === 1 && kinds.has('string'))) return '';
  if (kinds.size === 1 && kinds.has('int')) return 0;
  if (kinds.size === 1 && kinds.has('bool')) return false;
  return undefined;
}

/** structFields lists a struct's fields in declaration order (methods are not fields). */
export function structFields(v: object): [string, unknown][] {
  return Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function' && !(x instanceof GoFunc));
}

/** goTypeName is the Go type name of a value, as %T and error messages print it. */
export function goTypeName(v: unknown, ctx: ValueContext): string {
  const kind = kindOf(v, ctx);
  switch (kind) {
    case 'invalid':
    case 'nil': return '<nil>';
    case 'float': return 'float64';
    case 'complex': return 'complex128';
    case 'func': return v instanceof GoFunc ? `func(${v.sig.params.map(paramName).join(', ')}) ${v.sig.result ?? 'string'}` : 'func() string';
    case 'slice': return sliceType(v as unknown[], ctx);
    case 'map': return typeInfo(v)?.name ?? (v === ctx.root ? ctx.rootType : undefined) ?? mapType(v as object, ctx);
    case 'struct': return typeInfo(v)?.name ?? (v === ctx.root ? ctx.rootType : undefined) ?? 'struct {}';
    default: return kind;
  }
}

function paramName(p: ParamType): string {
  return p === 'any' ? 'interface {}' : p === 'value' ? 'reflect.Value' : p;
}

/** elemType infers a container's element type from its values: one basic kind, else interface {}. */
function elemType(values: readonly unknown[], ctx: ValueContext): string {
  const kinds = new Set(values.map((x) => kindOf(x, ctx)));
  if (kinds.size === 0) return 'string';
  const [only] = kinds;
  if (kinds.size > 1 || (only !== 'string' && only !== 'int' && only !== 'bool')) return 'interface {}';
  return only;
}

function sliceType(v: readonly unknown[], ctx: ValueContext): string {
  return ctx.objects === 'map' ? '[]interface {}' : `[]${elemType(v, ctx)}`;
}

function mapType(v: object, ctx: ValueContext): string {
  return isInterfaceMap(v, ctx) ? 'map[string]interface {}' : `map[string]${elemType(entriesOf(v).map(([, x]) => x), ctx)}`;
}

/** truth is text/template's isTrue: the value is not the zero value of its type. */
export function truth(v: unknown, ctx: ValueContext): boolean {
  switch (kindOf(v, ctx)) {
    case 'invalid':
    case 'nil': return false;
    case 'bool': return v as boolean;
    case 'int':
    case 'float': return typeof v === 'bigint' ? v !== 0n : numberOf(v) !== 0;
    case 'complex': return (v as GoComplex).re !== 0 || (v as GoComplex).im !== 0;
    case 'string': return (v as string).length > 0;
    case 'slice': return (v as unknown[]).length > 0;
    case 'map': return entriesOf(v as object).length > 0;
    default: return true;
  }
}
