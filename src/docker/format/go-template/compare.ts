// The comparison builtins eq, ne, lt, le, gt, ge with Go's rules: basic kinds compare by value,
// different kinds are an error unless one side is nil, and slices/maps are not comparable.
// Fidelity: text/template/funcs.go (basicKind, eq, lt, le, gt, ge).
import { noFlags } from './fmt-number.js';
import { formatArg } from './fmt-value.js';
import { compareKeys, GoCallError, GoComplex, GoFloat, goTypeName, numberOf, kindOf, structFields, type ValueContext } from './values.js';

type Basic = 'bool' | 'complex' | 'int' | 'float' | 'string' | 'invalid';

function basicKind(v: unknown, ctx: ValueContext): Basic {
  const k = kindOf(v, ctx);
  return k === 'bool' || k === 'complex' || k === 'int' || k === 'float' || k === 'string' ? k : 'invalid';
}

/** indirect is indirectInterface: a nil read through an interface is no value at all. */
function indirect(v: unknown): unknown {
  return v === null ? undefined : v;
}

function isNil(v: unknown, ctx: ValueContext): boolean {
  const k = kindOf(v, ctx);
  return k === 'invalid' || k === 'nil';
}

function comparable(v: unknown, ctx: ValueContext): boolean {
  const k = kindOf(v, ctx);
  if (k === 'slice' || k === 'map' || k === 'func') return false;
  return k !== 'struct' || structFields(v as object).every(([, x]) => comparable(x, ctx));
}

function deepEqual(a: unknown, b: unknown, ctx: ValueContext): boolean {
  if (kindOf(a, ctx) !== 'struct' || kindOf(b, ctx) !== 'struct') return basicEqual(a, b);
  const fa = structFields(a as object);
  const fb = structFields(b as object);
  return fa.length === fb.length && fa.every(([k, x], i) => fb[i]?.[0] === k && deepEqual(x, fb[i]?.[1], ctx));
}

function basicEqual(a: unknown, b: unknown): boolean {
  if (a instanceof GoComplex && b instanceof GoComplex) return a.re === b.re && a.im === b.im;
  if (typeof a === 'bigint' || typeof b === 'bigint') return BigInt(a as number) === BigInt(b as number);
  if (a instanceof GoFloat || b instanceof GoFloat) return numberOf(a) === numberOf(b);
  return a === b;
}

function incompatible(a: unknown, b: unknown, ctx: ValueContext): GoCallError {
  return new GoCallError(`incompatible types for comparison: ${goTypeName(a, ctx)} and ${goTypeName(b, ctx)}`);
}

function equalOne(a: unknown, b: unknown, ctx: ValueContext): boolean {
  const k1 = basicKind(a, ctx);
  const k2 = basicKind(b, ctx);
  if (k1 !== k2) {
    if (a !== undefined && b !== undefined) throw incompatible(a, b, ctx);
    return false;
  }
  if (k1 !== 'invalid') return basicEqual(a, b);
  const s = (x: unknown): string => formatArg(x, 's', noFlags(), ctx);
  // A JS null may be any nil (pointer, map, slice), so it compares with every kind, as typed nils do.
  const sameKind = kindOf(a, ctx) === kindOf(b, ctx) || isNil(a, ctx) || isNil(b, ctx);
  if (!sameKind) throw new GoCallError(`non-comparable types ${s(a)}: ${goTypeName(a, ctx)}, ${goTypeName(b, ctx)}: ${s(b)}`);
  if (isNil(a, ctx) || isNil(b, ctx)) return isNil(a, ctx) === isNil(b, ctx);
  if (!comparable(b, ctx)) throw new GoCallError(`non-comparable type ${s(b)}: ${goTypeName(b, ctx)}`);
  return deepEqual(a, b, ctx);
}

/** eq reports whether the first argument equals any of the others. */
export function eq(args: readonly unknown[], ctx: ValueContext): boolean {
  const first = indirect(args[0]);
  if (args.length < 2) throw new GoCallError('missing argument for comparison');
  return args.slice(1).some((b) => equalOne(first, indirect(b), ctx));
}

/** lt reports whether a < b for basic kinds (bool and complex are not ordered). */
export function lt(a0: unknown, b0: unknown, ctx: ValueContext): boolean {
  const a = indirect(a0);
  const b = indirect(b0);
  const k1 = basicKind(a, ctx);
  const k2 = basicKind(b, ctx);
  if (k1 === 'invalid' || k2 === 'invalid') throw new GoCallError('invalid type for comparison');
  if (k1 !== k2) throw incompatible(a, b, ctx);
  if (k1 === 'bool' || k1 === 'complex') throw new GoCallError('invalid type for comparison');
  if (k1 === 'string') return compareKeys(a as string, b as string) < 0;
  if (typeof a === 'bigint' || typeof b === 'bigint') return BigInt(a as number) < BigInt(b as number);
  return numberOf(a) < numberOf(b);
}

/** le reports whether a <= b. */
export function le(a: unknown, b: unknown, ctx: ValueContext): boolean {
  return lt(a, b, ctx) || eq([a, b], ctx);
}
