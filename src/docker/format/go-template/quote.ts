// Go's strconv quoting and unquoting, as the template parser (string literals) and fmt (%q, %#U)
// use them. Fidelity: strconv/quote.go (Quote, QuoteRune, Unquote, UnquoteChar, IsPrint).

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** isPrint is strconv.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space. */
export function isPrint(ch: string): boolean {
  return PRINTABLE.test(ch);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapeRune(ch: string, quote: string, asciiOnly: boolean): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === quote || ch === '\\') return `\\${ch}`;
  if (asciiOnly ? cp < 0x7f && isPrint(ch) : isPrint(ch)) return ch;
  const named: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
  const short = named[ch];
  if (short !== undefined) return short;
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd'; // a lone surrogate is invalid UTF-8 to Go
  return cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** goQuote is strconv.Quote (or QuoteToASCII when asciiOnly). */
export function goQuote(s: string, asciiOnly = false): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch, '"', asciiOnly);
  return `${out}"`;
}

/** goQuoteRune is strconv.QuoteRune for a code point. */
export function goQuoteRune(cp: number, asciiOnly = false): string {
  const valid = cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
  return `'${escapeRune(String.fromCodePoint(valid ? cp : 0xfffd), "'", asciiOnly)}'`;
}

/** formatU is fmt's %#U: `U+007D '}'` (the character only when printable). */
export function formatU(cp: number): string {
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const ch = String.fromCodePoint(cp);
  return isPrint(ch) ? `${code} '${ch}'` : code;
}

const SIMPLE: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** One unquoted character: a code point, or a raw byte from \x or octal escapes. */
interface Unquoted {
  readonly value: number;
  readonly isByte: boolean;
  readonly rest: string;
}

/** unquoteChar is strconv.UnquoteChar; undefined means strconv.ErrSyntax ("invalid syntax"). */
export function unquoteChar(s: string, quote: string): Unquoted | undefined {
  const c = s[0];
  if (c === undefined || (c === quote && (quote === "'" || quote === '"'))) return undefined;
  if (c !== '\\') {
    const ch = String.fromCodePoint(s.codePointAt(0) ?? 0);
    return { value: ch.codePointAt(0) ?? 0, isByte: false, rest: s.slice(ch.length) };
  }
  const e = s[1];
  if (e === undefined) return undefined;
  const tail = s.slice(2);
  const simple = SIMPLE[e];
  if (simple !== undefined) return { value: simple, isByte: false, rest: tail };
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const digits = tail.slice(0, n);
    if (digits.length < n || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
    const value = parseInt(digits, 16);
    if (e !== 'x' && (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))) return undefined;
    return { value, isByte: e === 'x', rest: tail.slice(n) };
  }
  if (e >= '0' && e <= '7') {
    const digits = s.slice(1, 4);
    if (!/^[0-7]{3}$/.test(digits)) return undefined;
    const value = parseInt(digits, 8);
    return value > 255 ? undefined : { value, isByte: true, rest: s.slice(4) };
  }
  if ((e === "'" || e === '"') && e === quote) return { value: e.charCodeAt(0), isByte: false, rest: tail };
  return undefined;
}

/** goUnquote is strconv.Unquote for "…" and `…` literals; undefined means "invalid syntax". */
export function goUnquote(s: string): string | undefined {
  const q = s[0];
  if (s.length < 2 || q !== s[s.length - 1]) return undefined;
  const body = s.slice(1, -1);
  if (q === '`') return body.includes('`') ? undefined : body.replace(/\r/g, '');
  if (q !== '"' && q !== "'") return undefined;
  if (body.includes('\n')) return undefined;
  const bytes: number[] = [];
  let rest = body;
  while (rest.length > 0) {
    const u = unquoteChar(rest, q);
    if (u === undefined) return undefined;
    if (u.isByte) bytes.push(u.value);
    else bytes.push(...Buffer.from(String.fromCodePoint(u.value), 'utf8'));
    rest = u.rest;
  }
  if (q === "'" && [...new TextDecoder().decode(Uint8Array.from(bytes))].length !== 1) return undefined;
  return new TextDecoder().decode(Uint8Array.from(bytes));
}
