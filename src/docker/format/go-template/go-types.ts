// The Go types a template value can carry beyond plain JS values: struct/map markers with Go
// type names, functions and methods with Go signatures, float64s that look like ints, and
// complex128. values.ts explains how plain JS values map to Go values.

/** GO_TYPE is the property key under which goStruct and goMap record an object's Go type. */
export const GO_TYPE: unique symbol = Symbol.for('swarmlab.go-template.type');

/** GoTypeInfo says whether a marked object is a struct or a map, and its Go type name. */
export interface GoTypeInfo {
  readonly kind: 'struct' | 'map';
  readonly name?: string;
  /** jsonAsMap marshals like docker's formatter contexts (formatter/reflect.go): sorted keys, HTML escaped. */
  readonly jsonAsMap?: boolean;
  /** json is what encoding/json writes for the object (a typed view of API JSON marshals back to that JSON). */
  readonly json?: unknown;
}

/** ParamType is a Go parameter type the engine converts arguments to: interface{}, reflect.Value, string, int. */
export type ParamType = 'any' | 'value' | 'string' | 'int';

/** Signature describes a Go function's parameters and result type (for error messages). */
export interface Signature {
  readonly params: readonly ParamType[];
  readonly variadic?: ParamType;
  readonly result?: string;
}

/** GoCallError is the error result of a Go function; the engine prints `error calling NAME: MESSAGE`. */
export class GoCallError extends Error {}

/** GoFunc is a Go function or method value with a signature; `special` marks and/or/call. */
export class GoFunc {
  constructor(
    readonly sig: Signature,
    readonly fn: (args: readonly unknown[], ctx: ValueContext) => unknown,
    readonly special?: 'and' | 'or' | 'call',
  ) {}
}

/** GoFloat is a float64 whose value happens to be integral (a plain JS number would read as an int). */
export class GoFloat {
  constructor(readonly value: number) {}
}

/** numberOf returns the JS number of an int or float value. */
export function numberOf(v: unknown): number {
  return v instanceof GoFloat ? v.value : Number(v);
}

/** GoComplex is a complex128 (only complex literals produce one). */
export class GoComplex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

/** goStruct returns a copy of fields marked as a Go struct of the named type. */
export function goStruct<T extends object>(fields: T, name: string, extra: { jsonAsMap?: boolean; json?: unknown } = {}): T {
  return mark({ ...fields }, { kind: 'struct', name, ...extra });
}

/** goMap returns a copy of entries marked as a Go map (optionally with its type name). */
export function goMap<T extends object>(entries: T, name?: string): T {
  return mark({ ...entries }, name === undefined ? { kind: 'map' } : { kind: 'map', name });
}

/** goMethod wraps a JS function as a method with Go parameter types (e.g. `.Label "x"`). */
export function goMethod(params: readonly ParamType[], fn: (...args: never[]) => unknown, result = 'string'): GoFunc {
  return new GoFunc({ params, result }, (args) => (fn as (...a: readonly unknown[]) => unknown)(...args));
}

function mark<T extends object>(value: T, info: GoTypeInfo): T {
  Object.defineProperty(value, GO_TYPE, { value: info, enumerable: false });
  return value;
}

/** ValueContext carries what kindOf and goTypeName need beyond the value itself. */
export interface ValueContext {
  /** objects says what an unmarked plain object is: a struct (typed data) or a map (decoded JSON). */
  readonly objects: 'struct' | 'map';
  readonly root: unknown;
  readonly rootType: string | undefined;
}
