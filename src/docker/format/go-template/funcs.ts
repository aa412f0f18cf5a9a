// text/template's predefined functions. and, or and call are marked special: the executor
// short-circuits and/or and passes call its callee's name. Fidelity: text/template/funcs.go
// (builtins, index, slice, length, call, not, evalArgs, HTMLEscape, JSEscape, URLQueryEscaper).
import { eq, le, lt } from './compare.js';
import { sprint, sprintf, sprintln } from './printf.js';
import {
  GoCallError, GoFunc, goTypeName, kindOf, mapZero, mapLookup, entriesOf, truth,
  type ParamType, type Signature, type ValueContext,
} from './values.js';

/** FuncMap maps function names to Go functions. */
export type FuncMap = Readonly<Record<string, GoFunc>>;

/** fn builds a GoFunc from parameter types, an optional variadic type and an implementation. */
export function fn(params: readonly ParamType[], variadic: ParamType | undefined, impl: (args: readonly unknown[], ctx: ValueContext) => unknown, result = 'string'): GoFunc {
  const sig: Signature = variadic === undefined ? { params, result } : { params, variadic, result };
  return new GoFunc(sig, impl);
}

/** utf8Bytes returns a string's UTF-8 bytes, which Go's len, index and slice count. */
export function utf8Bytes(s: string): Buffer {
  return Buffer.from(s, 'utf8');
}

function indexArg(index: unknown, cap: number, ctx: ValueContext): number {
  const k = kindOf(index, ctx);
  if (k === 'invalid' || k === 'nil') throw new GoCallError('cannot index slice/array with nil');
  if (k !== 'int') throw new GoCallError(`cannot index slice/array with type ${goTypeName(index, ctx)}`);
  const x = Number(index);
  if (x < 0 || x > cap) throw new GoCallError(`index out of range: ${String(index)}`);
  return x;
}

function indexOne(item: unknown, index: unknown, ctx: ValueContext): unknown {
  const k = kindOf(item, ctx);
  if (k === 'nil') throw new GoCallError('index of nil pointer');
  if (k === 'string' || k === 'slice') {
    const seq = k === 'string' ? utf8Bytes(item as string) : (item as unknown[]);
    const x = indexArg(index, seq.length, ctx);
    if (x === seq.length) throw new GoCallError(`reflect: ${k} index out of range`);
    return seq[x];
  }
  if (k !== 'map') throw new GoCallError(`can't index item of type ${goTypeName(item, ctx)}`);
  const ik = kindOf(index, ctx);
  if (ik === 'invalid' || ik === 'nil') throw new GoCallError('value is nil; should be of type string');
  if (ik !== 'string') throw new GoCallError(`value has type ${goTypeName(index, ctx)}; should be string`);
  const { found, value } = mapLookup(item as object, index as string);
  if (found) return value;
  return mapZero(item as object, ctx);
}

function index(args: readonly unknown[], ctx: ValueContext): unknown {
  let item = args[0];
  if (item === undefined || (item === null && ctx.objects === 'map')) throw new GoCallError('index of untyped nil');
  for (const i of args.slice(1)) item = indexOne(item, i === null ? undefined : i, ctx);
  return item;
}

function slice(args: readonly unknown[], ctx: ValueContext): unknown {
  const item = args[0];
  if (item === undefined || (item === null && ctx.objects === 'map')) throw new GoCallError('slice of untyped nil');
  const idx = args.slice(1);
  if (idx.length > 3) throw new GoCallError(`too many slice indexes: ${idx.length}`);
  const k = kindOf(item, ctx);
  if (k === 'string' && idx.length === 3) throw new GoCallError('cannot 3-index slice a string');
  if (k !== 'string' && k !== 'slice') throw new GoCallError(`can't slice item of type ${goTypeName(item, ctx)}`);
  const seq = k === 'string' ? utf8Bytes(item as string) : (item as unknown[]);
  const bounds = [0, seq.length, seq.length];
  idx.forEach((x, i) => (bounds[i] = indexArg(x, seq.length, ctx)));
  const [lo = 0, hi = 0, max = 0] = bounds;
  if (lo > hi) throw new GoCallError(`invalid slice index: ${lo} > ${hi}`);
  if (idx.length === 3 && hi > max) throw new GoCallError(`invalid slice index: ${hi} > ${max}`);
  return k === 'string' ? (seq as Buffer).subarray(lo, hi).toString('utf8') : (seq as unknown[]).slice(lo, hi);
}

function length(args: readonly unknown[], ctx: ValueContext): number {
  const item = args[0];
  const k = kindOf(item, ctx);
  if (k === 'nil') throw new GoCallError('len of nil pointer');
  if (k === 'invalid') throw new GoCallError('reflect: call of reflect.Value.Type on zero Value');
  if (k === 'string') return utf8Bytes(item as string).length;
  if (k === 'slice') return (item as unknown[]).length;
  if (k === 'map') return entriesOf(item as object).length;
  throw new GoCallError(`len of type ${goTypeName(item, ctx)}`);
}

/** evalArgs is fmt.Sprint of the arguments, except that a nil argument prints as `<no value>`. */
function evalArgs(args: readonly unknown[], ctx: ValueContext): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (a === null || a === undefined ? '<no value>' : a)), ctx);
}

const HTML: Record<string, string> = { '\0': '\ufffd', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const JS: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D' };

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const named = JS[ch];
    if (named !== undefined) out += named;
    else if (cp < 0x20) out += `\\u00${cp.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (cp >= 0x80 && !/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

function urlQueryEscape(s: string): string {
  return [...utf8Bytes(s)]
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      return c === ' ' ? '+' : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** callFn is the call builtin: args[0] is the callee's source text, args[1] the function. */
function callFn(args: readonly unknown[], ctx: ValueContext): unknown {
  const [name, f, ...rest] = args;
  if (f === undefined || f === null) throw new GoCallError('call of nil');
  if (typeof f === 'function') {
    if (rest.length !== 0) throw new GoCallError(`wrong number of args for ${String(name)}: got ${rest.length} want 0`);
    return (f as () => unknown)();
  }
  if (!(f instanceof GoFunc)) throw new GoCallError(`non-function ${String(name)} of type ${goTypeName(f, ctx)}`);
  const want = f.sig.params.length;
  if (f.sig.variadic === undefined ? rest.length !== want : rest.length < want) {
    const at = f.sig.variadic === undefined ? '' : 'at least ';
    throw new GoCallError(`wrong number of args for ${String(name)}: got ${rest.length} want ${at}${want}`);
  }
  rest.forEach((a, i) => {
    const p = f.sig.params[i] ?? f.sig.variadic;
    if ((p === 'string' || p === 'int') && kindOf(a, ctx) !== p) {
      const got = a === undefined || a === null ? `value is nil; should be of type ${p}` : `value has type ${goTypeName(a, ctx)}; should be ${p}`;
      throw new GoCallError(`arg ${i}: ${got}`);
    }
  });
  return f.fn(rest, ctx);
}

const V: ParamType = 'value';

/** BUILTINS are text/template's predefined global functions. */
export const BUILTINS: FuncMap = {
  and: new GoFunc({ params: [V], variadic: V }, () => undefined, 'and'),
  or: new GoFunc({ params: [V], variadic: V }, () => undefined, 'or'),
  call: new GoFunc({ params: [V], variadic: V }, callFn, 'call'),
  html: fn([], 'any', (a, ctx) => evalArgs(a, ctx).replace(/["'&<>\0]/g, (c) => HTML[c] ?? c)),
  js: fn([], 'any', (a, ctx) => jsEscape(evalArgs(a, ctx))),
  urlquery: fn([], 'any', (a, ctx) => urlQueryEscape(evalArgs(a, ctx))),
  index: fn([V], V, index, 'reflect.Value'),
  slice: fn([V], V, slice, 'reflect.Value'),
  len: fn([V], undefined, length, 'int'),
  not: fn([V], undefined, (a, ctx) => !truth(a[0], ctx), 'bool'),
  print: fn([], 'any', sprint),
  printf: fn(['string'], 'any', (a, ctx) => sprintf(a[0] as string, a.slice(1), ctx)),
  println: fn([], 'any', sprintln),
  eq: fn([V], V, eq, 'bool'),
  ne: fn([V, V], undefined, (a, ctx) => !eq(a, ctx), 'bool'),
  lt: fn([V, V], undefined, (a, ctx) => lt(a[0], a[1], ctx), 'bool'),
  le: fn([V, V], undefined, (a, ctx) => le(a[0], a[1], ctx), 'bool'),
  gt: fn([V, V], undefined, (a, ctx) => !le(a[0], a[1], ctx), 'bool'),
  ge: fn([V, V], undefined, (a, ctx) => !lt(a[0], a[1], ctx), 'bool'),
};
