// Go's quoting of strings in error messages: fmt %q / strconv.Quote, %q of a byte, and the
// time package's private quote. Error texts users see embed these, so they must be exact.
// Fidelity: Go strconv/quote.go (appendQuotedWith, IsPrint), time/format.go (quote).

const HEX = '0123456789abcdef';
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function hex2(n: number): string {
  return HEX[(n >> 4) & 15] + (HEX[n & 15] as string);
}

function escapeRune(cp: number, quote: string): string {
  const ch = String.fromCodePoint(cp);
  if (ch === quote || ch === '\\') return `\\${ch}`;
  if (PRINTABLE.test(ch)) return ch;
  switch (ch) {
    case '\x07': return '\\a';
    case '\b': return '\\b';
    case '\f': return '\\f';
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
    case '\v': return '\\v';
  }
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex2(cp)}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/** codePoints iterates a string's code points; an unpaired surrogate counts as U+FFFD (invalid UTF-8). */
function* codePoints(s: string): Generator<number> {
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    yield cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp;
  }
}

/** goQuote is Go's strconv.Quote (and fmt's %q of a string): double-quoted, Go escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const cp of codePoints(s)) out += escapeRune(cp, '"');
  return `${out}"`;
}

/**
 * goQuoteByteOf is fmt's %q of the first byte of ch, as pflag prints a shorthand letter:
 * `'x'`. pflag walks bytes, so a non-ASCII letter shows as the rune of its UTF-8 lead byte.
 */
export function goQuoteByteOf(ch: string): string {
  const first = Buffer.from(ch, 'utf8')[0] ?? 0;
  return `'${escapeRune(first, "'")}'`;
}

/** goTimeQuote is the time package's quote: ASCII kept, `"` and `\` escaped, other bytes as \xNN. */
export function goTimeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x80 || cp < 0x20) {
      const bytes = cp >= 0xd800 && cp <= 0xdfff ? Buffer.from([0xef, 0xbf, 0xbd]) : Buffer.from(ch, 'utf8');
      for (const b of bytes) out += `\\x${hex2(b)}`;
    } else {
      out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
    }
  }
  return `${out}"`;
}
