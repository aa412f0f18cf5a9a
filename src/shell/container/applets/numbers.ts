// Number parsing with busybox's error texts: libbb/xatonum_template.c (`invalid number '%s'`,
// `number %s is not in %llu..%llu range`) and libbb/duration.c (parse_duration_str, used by
// `sleep` and `ping -i`).

/** NumberResult is a parsed value, or busybox's message, or a request to show the usage. */
export type NumberResult =
  | { ok: true; value: number }
  | { ok: false; message: string }
  | { ok: false; usage: true };

const ULONG_MAX = 2n ** 64n - 1n;

/** INT_MAX is C's INT_MAX, the ceiling of xatoi_positive(). */
export const INT_MAX = 2147483647;

/** Suffixes maps each suffix accepted after the digits to its multiplier (xstrtou_range_sfx suffix tables). */
export type Suffixes = Readonly<Record<string, number>>;

/** xatouRange mirrors xstrtou_range_sfx(): digits in base, optional suffix, then a range check. */
export function xatouRange(text: string, lower: number, upper: number, base = 10, suffixes?: Suffixes): NumberResult {
  const invalid: NumberResult = { ok: false, message: `invalid number '${text}'` };
  if (/^[-+\s]/.test(text)) return invalid;
  const digitRe = base === 16 ? /^(?:0[xX])?[0-9a-fA-F]+/ : /^[0-9]+/;
  const match = digitRe.exec(text);
  if (match === null || !/[0-9a-fA-F]/.test(match[0].replace(/^0[xX]/, ''))) return invalid;
  const digits = match[0].replace(/^0[xX]/, '');
  const value = BigInt(base === 16 ? `0x${digits}` : digits);
  if (value > ULONG_MAX) return invalid;
  const rest = text.slice(match[0].length);
  let scaled = value;
  if (suffixes !== undefined && rest in suffixes) {
    scaled = value * BigInt(suffixes[rest] ?? 1);
    if (scaled > ULONG_MAX) return rangeError(text, lower, upper);
  } else if (rest !== '') {
    return invalid;
  }
  if (scaled < BigInt(lower) || scaled > BigInt(upper)) return rangeError(text, lower, upper);
  return { ok: true, value: Number(scaled) };
}

function rangeError(text: string, lower: number, upper: number): NumberResult {
  return { ok: false, message: `number ${text} is not in ${lower}..${upper} range` };
}

/** xatoiPositive mirrors xatoi_positive(): decimal 0..INT_MAX (getopt32's "c:+" options). */
export function xatoiPositive(text: string): NumberResult {
  return xatouRange(text, 0, INT_MAX);
}

const DURATION_SUFFIXES: Suffixes = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * parseDuration mirrors parse_duration_str() with FLOAT_DURATION: "1.5", "2m", "0.5h" give
 * seconds; a malformed fraction shows the usage, other garbage is an invalid number.
 */
export function parseDuration(text: string): NumberResult {
  if (!text.includes('.')) return xatouRange(text, 0, Number.MAX_SAFE_INTEGER, 10, DURATION_SUFFIXES);
  const numeric = /^[0-9.]*/.exec(text)?.[0] ?? '';
  const fraction = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)/.exec(numeric)?.[0];
  if (fraction === undefined || fraction !== numeric) return { ok: false, usage: true };
  // busybox overwrites the last digit with '1' and parses "1<suffix>", so errors quote that.
  const multiplier = xatouRange(`1${text.slice(numeric.length)}`, 0, Number.MAX_SAFE_INTEGER, 10, DURATION_SUFFIXES);
  if (!multiplier.ok) return multiplier;
  return { ok: true, value: Number(fraction) * multiplier.value };
}
