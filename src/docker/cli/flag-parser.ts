// pflag's command-line parser: `--flag value`, `--flag=value`, `-f value`, `-fvalue`, `-f=value`,
// combined bool shorthands (`-it`), `--` ending flags, and the exact error texts.
// Fidelity: spf13/pflag v1.0.6 flag.go (parseArgs, parseLongArg, parseSingleShortArg, Set).
import { flagValueOps, type FlagValueOps } from './flag-values.js';
import { goQuote, goQuoteByteOf } from './go-quote.js';
import type { FlagSpec } from './spec.js';

/** FlagStore holds flag values and which flags were set, shared by successive parses. */
export class FlagStore {
  readonly values = new Map<FlagSpec, unknown>();
  readonly changed = new Set<FlagSpec>();
}

/** FlagParseResult is the outcome of parsing words against a flag set. */
export type FlagParseResult =
  | { readonly ok: true; readonly positional: string[]; readonly argsLenAtDash: number; readonly notices: string }
  | { readonly ok: false; readonly error: string; readonly notices: string };

const opsCache = new WeakMap<FlagSpec, FlagValueOps>();

/** opsOf returns (and caches) the value behaviour of a flag spec. */
export function opsOf(flag: FlagSpec): FlagValueOps {
  let ops = opsCache.get(flag);
  if (ops === undefined) {
    ops = flagValueOps(flag);
    opsCache.set(flag, ops);
  }
  return ops;
}

class Parser {
  private readonly byName = new Map<string, FlagSpec>();
  private readonly byShort = new Map<string, FlagSpec>();
  notices = '';

  constructor(defs: readonly FlagSpec[], private readonly store: FlagStore) {
    for (const d of defs) {
      if (!this.byName.has(d.name)) this.byName.set(d.name, d);
      if (d.shorthand !== undefined && !this.byShort.has(d.shorthand)) this.byShort.set(d.shorthand, d);
    }
  }

  /** set is FlagSet.Set: parse, record, warn about deprecation. Returns an error text or null. */
  private set(flag: FlagSpec, raw: string): string | null {
    const ops = opsOf(flag);
    const previous = this.store.values.has(flag) ? this.store.values.get(flag) : ops.initial();
    const r = ops.set(previous, raw, this.store.changed.has(flag));
    if (!r.ok) {
      const shown = flag.shorthand !== undefined && flag.shorthandDeprecated === undefined
        ? `-${flag.shorthand}, --${flag.name}` : `--${flag.name}`;
      return `invalid argument ${goQuote(raw)} for ${goQuote(shown)} flag: ${r.error}`;
    }
    this.store.values.set(flag, r.value);
    this.store.changed.add(flag);
    if (flag.deprecated !== undefined) this.notices += `Flag --${flag.name} has been deprecated, ${flag.deprecated}\n`;
    return null;
  }

  long(s: string, rest: string[]): string | null {
    const body = s.slice(2);
    if (body === '' || body[0] === '-' || body[0] === '=') return `bad flag syntax: ${s}`;
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const flag = this.byName.get(name);
    if (flag === undefined) return name === 'help' ? 'pflag: help requested' : `unknown flag: --${name}`;
    let value: string;
    if (eq >= 0) value = body.slice(eq + 1);
    else if (opsOf(flag).noOptDefVal !== '') value = opsOf(flag).noOptDefVal;
    else if (rest.length > 0) value = rest.shift() as string;
    else return `flag needs an argument: ${s}`;
    return this.set(flag, value);
  }

  /** short parses one letter of a `-abc` word and returns the letters left, or an error. */
  short(shorthands: string, rest: string[]): { left: string } | { error: string } {
    if (shorthands.startsWith('test.')) return { left: '' }; // pflag skips go test flags
    const c = String.fromCodePoint(shorthands.codePointAt(0) ?? 0);
    let left = shorthands.slice(c.length);
    const flag = this.byShort.get(c);
    if (flag === undefined) {
      if (c === 'h') return { error: 'pflag: help requested' };
      return { error: `unknown shorthand flag: ${goQuoteByteOf(c)} in -${shorthands}` };
    }
    let value: string;
    if (shorthands.length > 2 && shorthands[1] === '=') {
      value = shorthands.slice(2);
      left = '';
    } else if (opsOf(flag).noOptDefVal !== '') {
      value = opsOf(flag).noOptDefVal;
    } else if (shorthands.length > 1) {
      value = left;
      left = '';
    } else if (rest.length > 0) {
      value = rest.shift() as string;
    } else {
      return { error: `flag needs an argument: ${goQuoteByteOf(c)} in -${shorthands}` };
    }
    if (flag.shorthandDeprecated !== undefined) {
      this.notices += `Flag shorthand -${flag.shorthand ?? c} has been deprecated, ${flag.shorthandDeprecated}\n`;
    }
    const err = this.set(flag, value);
    return err === null ? { left } : { error: err };
  }
}

/**
 * parseFlagWords parses words against a flag set, pflag style. Values land in `store`. With
 * `interspersed` false the first positional word ends flag parsing.
 */
export function parseFlagWords(
  defs: readonly FlagSpec[], store: FlagStore, words: readonly string[], interspersed: boolean,
): FlagParseResult {
  const p = new Parser(defs, store);
  const rest = [...words];
  const positional: string[] = [];
  let argsLenAtDash = -1;
  while (rest.length > 0) {
    const s = rest.shift() as string;
    if (s.length < 2 || s[0] !== '-') {
      positional.push(s);
      if (!interspersed) {
        positional.push(...rest.splice(0));
      }
      continue;
    }
    let error: string | null = null;
    if (s[1] === '-') {
      if (s.length === 2) {
        argsLenAtDash = positional.length;
        positional.push(...rest.splice(0));
        break;
      }
      error = p.long(s, rest);
    } else {
      let shorthands = s.slice(1);
      while (shorthands.length > 0 && error === null) {
        const r = p.short(shorthands, rest);
        if ('error' in r) error = r.error;
        else shorthands = r.left;
      }
    }
    if (error !== null) return { ok: false, error, notices: p.notices };
  }
  return { ok: true, positional, argsLenAtDash, notices: p.notices };
}
