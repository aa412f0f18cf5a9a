// The functions docker adds to every --format template, and the header variants a `table`
// format's header row runs with. Fidelity: docker/cli templates/templates.go (basicFunctions,
// HeaderFunctions, padWithSpace, truncateWithLength, joinElements) and Go's strings.Title.
import { LimitExceeded } from './errors.js';
import { noFlags } from './fmt-number.js';
import { formatArg } from './fmt-value.js';
import { fn, utf8Bytes, type FuncMap } from './funcs.js';
import { formatJson } from './go-json-value.js';
import { compareKeys, entriesOf, GoCallError, goTypeName, kindOf, type ValueContext } from './values.js';

/** MAX_STRING bounds any string a function builds (pad with a huge count, for example). */
export const MAX_STRING = 1 << 20;

/** mapRunes maps each code point, keeping it when the JS mapping is not one code point (Go's simple case mapping). */
function mapRunes(s: string, f: (ch: string) => string): string {
  let out = '';
  for (const ch of s) {
    const m = f(ch);
    out += [...m].length === 1 ? m : ch;
  }
  return out;
}

function isSeparator(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp <= 0x7f) return !/[0-9A-Za-z_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\s/u.test(ch);
}

/** title is strings.Title: upper-case the first letter of each word. */
function title(s: string): string {
  let prev = ' ';
  return mapRunes(s, (ch) => {
    const sep = isSeparator(prev);
    prev = ch;
    return sep ? ch.toUpperCase() : ch;
  });
}

function split(s: string, sep: string): string[] {
  return sep === '' ? [...s] : s.split(sep);
}

function join(elems: unknown, sep: string, ctx: ValueContext): string {
  if (elems === null || elems === undefined) return '';
  const sprint = (x: unknown): string => formatArg(x, 'v', noFlags(), ctx);
  const kind = kindOf(elems, ctx);
  if (kind === 'slice') return (elems as unknown[]).map(sprint).join(sep);
  if (kind === 'map') return entriesOf(elems as object).map(([, x]) => sprint(x)).sort(compareKeys).join(sep);
  throw new GoCallError(`expected slice, got ${goTypeName(elems, ctx)}`);
}

function repeat(n: number): string {
  if (n < 0) throw new GoCallError('strings: negative Repeat count');
  if (n > MAX_STRING) throw new LimitExceeded('string size');
  return ' '.repeat(n);
}

function truncate(s: string, n: number): string {
  const bytes = utf8Bytes(s);
  if (bytes.length < n) return s;
  if (n < 0) throw new GoCallError(`runtime error: slice bounds out of range [:${n}]`);
  return bytes.subarray(0, n).toString('utf8');
}

const str = (a: readonly unknown[], i: number): string => a[i] as string;
const int = (a: readonly unknown[], i: number): number => Number(a[i]);

/** DOCKER_FUNCS are docker's basicFunctions: json, split, join, title, lower, upper, pad, truncate. */
export const DOCKER_FUNCS: FuncMap = {
  json: fn(['any'], undefined, (a, ctx) => formatJson(a[0], ctx)),
  split: fn(['string', 'string'], undefined, (a) => split(str(a, 0), str(a, 1)), '[]string'),
  join: fn(['any', 'string'], undefined, (a, ctx) => join(a[0], str(a, 1), ctx)),
  title: fn(['string'], undefined, (a) => title(str(a, 0))),
  lower: fn(['string'], undefined, (a) => mapRunes(str(a, 0), (c) => c.toLowerCase())),
  upper: fn(['string'], undefined, (a) => mapRunes(str(a, 0), (c) => c.toUpperCase())),
  pad: fn(['string', 'int', 'int'], undefined, (a) => (str(a, 0) === '' ? '' : repeat(int(a, 1)) + str(a, 0) + repeat(int(a, 2)))),
  truncate: fn(['string', 'int'], undefined, (a) => truncate(str(a, 0), int(a, 1))),
};

const same = (a: readonly unknown[]): string => str(a, 0);

/** HEADER_FUNCS replace DOCKER_FUNCS for a table's header row, which must stay intact (pad is kept). */
export const HEADER_FUNCS: FuncMap = {
  json: fn(['string'], undefined, same),
  split: fn(['string', 'string'], undefined, same),
  join: fn(['string', 'string'], undefined, same),
  title: fn(['string'], undefined, same),
  lower: fn(['string'], undefined, same),
  upper: fn(['string'], undefined, same),
  truncate: fn(['string', 'int'], undefined, same),
};
