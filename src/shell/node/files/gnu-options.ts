// Option parsing the way GNU getopt_long does for coreutils: clustered short options (`-rf`),
// long options (`--recursive`), `--` ends options, and options may follow operands.

/** OptionSpec maps each accepted short letter and long name to one canonical flag. */
export interface OptionSpec {
  short: Record<string, string>;
  long: Record<string, string>;
}

/** ParsedOptions are the flags seen and the operands in order. */
export interface ParsedOptions {
  flags: Set<string>;
  operands: string[];
}

/** parseGnuOptions parses argv (without the program name); the error is GNU's two-line message. */
export function parseGnuOptions(program: string, args: readonly string[], spec: OptionSpec): ParsedOptions | { error: string } {
  const flags = new Set<string>();
  const operands: string[] = [];
  const hint = `Try '${program} --help' for more information.\n`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      const matches = Object.keys(spec.long).filter((l) => l.startsWith(name));
      const exact = spec.long[name];
      const flag = exact ?? (matches.length === 1 ? spec.long[matches[0] ?? ''] : undefined);
      if (flag === undefined) {
        const why = matches.length > 1 ? `option '${arg}' is ambiguous` : `unrecognized option '${arg}'`;
        return { error: `${program}: ${why}\n${hint}` };
      }
      flags.add(flag);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      for (const letter of arg.slice(1)) {
        const flag = spec.short[letter];
        if (flag === undefined) return { error: `${program}: invalid option -- '${letter}'\n${hint}` };
        flags.add(flag);
      }
      continue;
    }
    operands.push(arg);
  }
  return { flags, operands };
}

/** quoteName quotes a file name as coreutils' error messages do: 'name', or "it's". */
export function quoteName(name: string): string {
  if (!name.includes("'")) return `'${name}'`;
  if (!/["$`\\]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, `'\\''`)}'`;
}

/** quoteIfNeeded quotes a name only when it holds characters a shell would split on (cat, rmdir). */
export function quoteIfNeeded(name: string): string {
  return /^[A-Za-z0-9._+,/:@%^=~-]+$/.test(name) ? name : quoteName(name);
}
