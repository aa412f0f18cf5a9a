// JSON text byte-identical to Go's encoding/json as docker inspect prints it.
// Fidelity: Go encoding/json encode.go (appendString with escapeHTML, float encoding) and
// indent.go (MarshalIndent/Indent: "{}" and "[]" for empty), cli/command/inspect/inspector.go
// (IndentedInspector: prefix "", indent 4 spaces; JSONInspector: compact; empty list -> "[]").
//
// Objects keep insertion order (callers build them in Go struct order). A Map is an ordered JSON
// object too: use sortedMap for Go map-typed fields, whose keys Go sorts by bytes. Properties
// whose value is undefined are left out (the caller's omitempty); undefined in an array is null.

const HEX = '0123456789abcdef';

/** goJsonString quotes a string the way encoding/json does with HTML escaping on. */
export function goJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += s[i] + (s[i + 1] as string);
        i++;
      } else {
        out += '\\ufffd'; // an unpaired surrogate is invalid UTF-8 to Go
      }
      continue;
    }
    out += escapeUnit(c, s[i] as string);
  }
  return `${out}"`;
}

function escapeUnit(c: number, ch: string): string {
  switch (ch) {
    case '"': return '\\"';
    case '\\': return '\\\\';
    case '\b': return '\\b';
    case '\f': return '\\f';
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
  }
  if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) {
    return `\\u${HEX[(c >> 12) & 15]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;
  }
  return ch;
}

/** goJsonNumber prints a number as encoding/json does (float64 rules; -0 stays "-0"). */
export function goJsonNumber(n: number | bigint): string {
  if (typeof n === 'bigint') return n.toString();
  if (!Number.isFinite(n)) throw new RangeError(`json: unsupported value: ${String(n)}`);
  if (Object.is(n, -0)) return '-0';
  // JS switches to exponent form at the same thresholds (1e-6, 1e21) and prints the same shortest
  // digits; Go would write "1e-07" and then trim it to "1e-7", which is what JS prints.
  return String(n);
}

function entriesOf(value: object): [string, unknown][] {
  if (value instanceof Map) return [...(value as Map<unknown, unknown>)].map(([k, v]) => [String(k), v]);
  return Object.entries(value);
}

function encode(value: unknown, indent: string, depth: number): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string': return goJsonString(value);
    case 'boolean': return value ? 'true' : 'false';
    case 'number':
    case 'bigint': return goJsonNumber(value);
    case 'object': break;
    default: throw new TypeError(`json: unsupported type: ${typeof value}`);
  }
  const nl = indent === '' ? '' : `\n${indent.repeat(depth + 1)}`;
  const close = indent === '' ? '' : `\n${indent.repeat(depth)}`;
  const colon = indent === '' ? ':' : ': ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v: unknown) => nl + encode(v, indent, depth + 1));
    return `[${items.join(',')}${close}]`;
  }
  const members = entriesOf(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => nl + goJsonString(k) + colon + encode(v, indent, depth + 1));
  if (members.length === 0) return '{}';
  return `{${members.join(',')}${close}}`;
}

/** goJson is json.MarshalIndent(value, "", indent): 4-space indent by default, no final newline. */
export function goJson(value: unknown, indent = '    '): string {
  return encode(value, indent, 0);
}

/** goJsonCompact is json.Marshal(value): no whitespace at all. */
export function goJsonCompact(value: unknown): string {
  return encode(value, '', 0);
}

/** sortedMap orders a Go map-typed field the way encoding/json does: keys sorted by UTF-8 bytes. */
export function sortedMap<V>(entries: Readonly<Record<string, V>> | ReadonlyMap<string, V>): Map<string, V> {
  const pairs: [string, V][] = entries instanceof Map ? [...entries] : Object.entries(entries);
  pairs.sort(([a], [b]) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
  return new Map(pairs);
}

/**
 * inspectOutput prints what `docker <object> inspect` writes to stdout for the objects found:
 * an indented JSON array and a newline, or "[]\n" when nothing was found.
 */
export function inspectOutput(objects: readonly unknown[]): string {
  return objects.length === 0 ? '[]\n' : `${goJson(objects)}\n`;
}

/** inspectOutputCompact is the `--format json` form of inspectOutput: one compact line. */
export function inspectOutputCompact(objects: readonly unknown[]): string {
  return objects.length === 0 ? '[]\n' : `${goJsonCompact(objects)}\n`;
}
