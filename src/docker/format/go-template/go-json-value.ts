// encoding/json for template values, as docker's `json` template function writes them: compact,
// map keys sorted, struct fields in declaration order, and no HTML escaping except inside values
// marked jsonAsMap (formatter contexts marshal themselves with json.Marshal, which escapes).
// Fidelity: docker/cli templates/templates.go (formatJSON: SetEscapeHTML(false)),
// cli/command/formatter/reflect.go (MarshalJSON), encoding/json encode.go.
import { goJsonNumber, goJsonString } from '../go-json.js';
import { LimitExceeded } from './errors.js';
import { compareKeys, GoCallError, GoFunc, goTypeName, kindOf, numberOf, sortedEntries, structFields, typeInfo, type ValueContext } from './values.js';

const MAX_DEPTH = 100;

/** unescapeHtml undoes encoding/json's `\u003c`, `\u003e` and `\u0026` (not after an escaping backslash). */
function unescapeHtml(json: string): string {
  const chars: Record<string, string> = { '3c': '<', '3e': '>', '26': '&' };
  return json.replace(/(\\*)\\u00(3c|3e|26)/g, (m, bs: string, code: string) => (bs.length % 2 === 0 ? bs + (chars[code] ?? '') : m));
}

/** methodValues is formatter.marshalMap: every field and argument-less method, keys sorted. */
function methodValues(v: object, ctx: ValueContext): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'function') out.push([k, (x as () => unknown)()]);
    else if (!(x instanceof GoFunc)) out.push([k, x]);
    else if (x.sig.params.length === 0 && x.sig.variadic === undefined) out.push([k, x.fn([], ctx)]);
  }
  return out.sort(([a], [b]) => compareKeys(a, b));
}

function encode(v: unknown, ctx: ValueContext, escapeHtml: boolean, depth: number): string {
  if (depth > MAX_DEPTH) throw new LimitExceeded('value nesting');
  const kind = kindOf(v, ctx);
  switch (kind) {
    case 'invalid':
    case 'nil': return 'null';
    case 'bool': return v ? 'true' : 'false';
    case 'int': return String(v);
    case 'float': {
      const n = numberOf(v);
      if (!Number.isFinite(n)) throw new GoCallError(`json: unsupported value: ${Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf'}`);
      return goJsonNumber(n);
    }
    case 'string': return escapeHtml ? goJsonString(v as string) : unescapeHtml(goJsonString(v as string));
    case 'complex':
    case 'func': throw new GoCallError(`json: unsupported type: ${goTypeName(v, ctx)}`);
    case 'slice': return `[${(v as unknown[]).map((x) => encode(x, ctx, escapeHtml, depth + 1)).join(',')}]`;
    default: break;
  }
  const info = typeInfo(v);
  if (info?.json !== undefined) return encode(info.json, ctx, escapeHtml, depth + 1);
  const escape = escapeHtml || info?.jsonAsMap === true;
  const entries = info?.jsonAsMap ? methodValues(v as object, ctx) : kind === 'map' ? sortedEntries(v as object) : structFields(v as object);
  const members = entries
    .filter(([, x]) => x !== undefined && typeof x !== 'function')
    .map(([k, x]) => `${escape ? goJsonString(k) : unescapeHtml(goJsonString(k))}:${encode(x, ctx, escape, depth + 1)}`);
  return `{${members.join(',')}}`;
}

/** formatJson is docker's `json` template function: one compact line, or a GoCallError. */
export function formatJson(v: unknown, ctx: ValueContext): string {
  return encode(v, ctx, false, 0);
}
