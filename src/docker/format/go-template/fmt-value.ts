// Go's fmt printing of one operand under a verb: %v for every kind (structs `{a b}`, maps
// `map[k:v]` with sorted keys, slices `[a b]`, nil `<nil>`), %+v, %#v, and the per-kind verbs,
// with `%!d(string=x)` for a verb that does not fit. Fidelity: fmt/print.go (printArg,
// printValue, badVerb, fmtInteger, fmtFloat, fmtString) and fmt/format.go (fmtS, fmtSbx, fmtQ,
// fmtC, fmtQc, fmtUnicode).
import { LimitExceeded } from './errors.js';
import { fmtFloat, fmtInteger, pad, type Flags } from './fmt-number.js';
import { goQuote, goQuoteRune, isPrint } from './quote.js';
import { GoComplex, goTypeName, numberOf, kindOf, sortedEntries, structFields, typeInfo, type ValueContext } from './values.js';

const MAX_DEPTH = 100;

function truncate(s: string, f: Flags): string {
  return f.prec === undefined ? s : [...s].slice(0, f.prec).join('');
}

function fmtString(s: string, verb: string, f: Flags): string | undefined {
  switch (verb) {
    case 'v': return f.sharpV ? goQuote(s) : pad(truncate(s, f), f);
    case 's': return pad(truncate(s, f), f);
    case 'q': {
      const t = truncate(s, f);
      if (f.sharp && !/[`\u0000-\u0008\u000a-\u001f\u007f\ufeff]/.test(t)) return pad(`\`${t}\``, f);
      return pad(goQuote(t, f.plus), f);
    }
    case 'x':
    case 'X': {
      let bytes = [...Buffer.from(s, 'utf8')];
      if (f.prec !== undefined) bytes = bytes.slice(0, f.prec);
      const hexes = bytes.map((b) => b.toString(16).padStart(2, '0')).map((h) => (verb === 'X' ? h.toUpperCase() : h));
      const x = verb === 'X' ? '0X' : '0x';
      const out = f.space ? hexes.map((h) => (f.sharp ? x + h : h)).join(' ') : (f.sharp && hexes.length > 0 ? x : '') + hexes.join('');
      return pad(out, f);
    }
    default: return undefined;
  }
}

function fmtInt(v: bigint, verb: string, f: Flags): string | undefined {
  switch (verb) {
    case 'v':
    case 'd': return fmtInteger(v, 10, verb, f);
    case 'b': return fmtInteger(v, 2, verb, f);
    case 'o':
    case 'O': return fmtInteger(v, 8, verb, f);
    case 'x':
    case 'X': return fmtInteger(v, 16, verb, f);
    case 'c': return pad(String.fromCodePoint(validRune(v)), f, f.zero);
    case 'q': return BigInt.asUintN(64, v) > 0x10ffffn ? undefined : pad(goQuoteRune(validRune(v), f.plus), f, f.zero);
    case 'U': {
      const hex = BigInt.asUintN(64, v).toString(16).toUpperCase().padStart(Math.max(4, f.prec ?? 0), '0');
      const ch = String.fromCodePoint(validRune(v));
      return pad(`U+${hex}${f.sharp && isPrint(ch) ? ` '${ch}'` : ''}`, f, false);
    }
    default: return undefined;
  }
}

function validRune(v: bigint): number {
  return v < 0n || v > 0x10ffffn || (v >= 0xd800n && v <= 0xdfffn) ? 0xfffd : Number(v);
}

function fmtFloatVerb(v: number, verb: string, f: Flags): string | undefined {
  if (verb === 'v') return fmtFloat(v, 'g', -1, f);
  if ('gGeEfF'.includes(verb)) return fmtFloat(v, verb === 'F' ? 'f' : verb, 'gG'.includes(verb) ? -1 : 6, f);
  return undefined;
}

function badVerb(v: unknown, verb: string, f: Flags, ctx: ValueContext, depth: number): string {
  if (v === undefined || v === null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v, ctx)}=${formatArg(v, 'v', f, ctx, depth)})`;
}

function composite(v: unknown, kind: string, verb: string, f: Flags, ctx: ValueContext, depth: number): string {
  const inner = (x: unknown): string => formatArg(x, verb, f, ctx, depth + 1);
  const typ = f.sharpV ? goTypeName(v, ctx) : '';
  if (kind === 'slice') {
    const items = (v as unknown[]).map(inner);
    return f.sharpV ? `${typ}{${items.join(', ')}}` : `[${items.join(' ')}]`;
  }
  if (kind === 'map') {
    const items = sortedEntries(v as object).map(([k, x]) => `${inner(k)}:${inner(x)}`);
    return f.sharpV ? `${typ}{${items.join(', ')}}` : `map[${items.join(' ')}]`;
  }
  const named = f.plusV || f.sharpV;
  const items = structFields(v as object).map(([k, x]) => (named ? `${k}:` : '') + inner(x));
  if (f.sharpV) return `${typ.replace(/^\*/, '&')}{${items.join(', ')}}`;
  const pointer = depth === 0 && (typeInfo(v)?.name ?? (v === ctx.root ? ctx.rootType : ''))?.startsWith('*');
  return `${pointer ? '&' : ''}{${items.join(' ')}}`;
}

/** formatArg prints one operand under a verb (not %T or %%), as fmt's printArg does. */
export function formatArg(v: unknown, verb: string, f: Flags, ctx: ValueContext, depth = 0): string {
  if (depth > MAX_DEPTH) throw new LimitExceeded('value nesting');
  const kind = kindOf(v, ctx);
  let out: string | undefined;
  switch (kind) {
    case 'invalid':
    case 'nil':
      if (depth > 0) return f.sharpV ? 'interface {}(nil)' : '<nil>';
      return verb === 'v' ? pad('<nil>', f, false) : badVerb(v, verb, f, ctx, depth);
    case 'bool': out = verb === 'v' || verb === 't' ? pad(String(v), f) : undefined; break;
    case 'int': out = fmtInt(BigInt(v as number | bigint), verb, f); break;
    case 'float': out = fmtFloatVerb(numberOf(v), verb, f); break;
    case 'complex': {
      const c = v as GoComplex;
      const re = fmtFloatVerb(c.re, verb, f);
      const im = fmtFloatVerb(c.im, verb, { ...f, plus: true });
      out = re === undefined || im === undefined ? undefined : `(${re}${im}i)`;
      break;
    }
    case 'string': out = fmtString(v as string, verb, f); break;
    case 'func': return pad('0x0', f);
    default: return composite(v, kind, verb, f, ctx, depth);
  }
  return out ?? badVerb(v, verb, f, ctx, depth);
}
