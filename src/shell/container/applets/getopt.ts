// Option parsing as alpine's busybox does it: libbb/getopt32.c on top of musl's getopt_long
// (src/misc/getopt_long.c, getopt.c). musl permutes, so options may follow operands
// (`ping web -c 3`); `--` ends options; `-` alone is an operand. On the first bad option musl
// prints `<applet>: unrecognized option: x` (or `option requires an argument: x`) and busybox
// then shows the usage.

/** LongOption is one `--name` an applet accepts, mapped onto a short option letter. */
export interface LongOption {
  name: string;
  hasArg: boolean;
  short: string;
  /** optionalArg accepts `--name=value` but never takes the next word (Optional_argument). */
  optionalArg?: boolean;
}

/** OptionSpec describes an applet's options: a getopt string ("c:qv") and long options. */
export interface OptionSpec {
  /** short is a getopt string; a leading '+' stops at the first operand (no permutation). */
  short: string;
  long?: LongOption[];
}

/** ParsedOption is one option in command-line order, with its argument if it takes one. */
export interface ParsedOption {
  opt: string;
  arg?: string;
}

/** ParsedArgs is the result: options in order, operands in order, and musl's message, if any. */
export interface ParsedArgs {
  options: ParsedOption[];
  operands: string[];
  /** error is musl's message after `<applet>: ` when parsing stopped at a bad option. */
  error?: string;
}

/** parseArgs parses args (argv without argv[0]) against spec. */
export function parseArgs(args: readonly string[], spec: OptionSpec): ParsedArgs {
  const noPermute = spec.short.startsWith('+');
  const takesArg = shortOptions(noPermute ? spec.short.slice(1) : spec.short);
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (noPermute) {
        operands.push(...args.slice(i));
        break;
      }
      operands.push(arg);
      continue;
    }
    const step = arg.startsWith('--')
      ? parseLong(arg.slice(2), args[i + 1], spec.long ?? [])
      : parseCluster(arg, args[i + 1], takesArg);
    options.push(...step.options);
    if (step.error !== undefined) return { options, operands, error: step.error };
    if (step.usedNext) i++;
  }
  return { options, operands };
}

interface Step {
  options: ParsedOption[];
  usedNext: boolean;
  error?: string;
}

type ArgKind = 'none' | 'required' | 'optional';

function shortOptions(spec: string): Map<string, ArgKind> {
  const map = new Map<string, ArgKind>();
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i] ?? '';
    if (c === ':') continue;
    map.set(c, spec[i + 1] !== ':' ? 'none' : spec[i + 2] === ':' ? 'optional' : 'required');
  }
  return map;
}

function parseCluster(arg: string, next: string | undefined, takesArg: Map<string, ArgKind>): Step {
  const options: ParsedOption[] = [];
  const chars = Array.from(arg.slice(1));
  for (let j = 0; j < chars.length; j++) {
    const c = chars[j] ?? '';
    const kind = takesArg.get(c);
    if (kind === undefined) return { options, usedNext: false, error: `unrecognized option: ${c}` };
    if (kind === 'none') {
      options.push({ opt: c });
      continue;
    }
    const rest = chars.slice(j + 1).join('');
    if (rest !== '') return { options: [...options, { opt: c, arg: rest }], usedNext: false };
    if (kind === 'optional') return { options: [...options, { opt: c }], usedNext: false }; // "x::" only takes an attached value
    if (next === undefined) return { options, usedNext: false, error: `option requires an argument: ${c}` };
    return { options: [...options, { opt: c, arg: next }], usedNext: true };
  }
  return { options, usedNext: false };
}

function parseLong(body: string, next: string | undefined, longs: LongOption[]): Step {
  const eq = body.indexOf('=');
  const name = eq >= 0 ? body.slice(0, eq) : body;
  const exact = longs.find((l) => l.name === name);
  const prefixed = longs.filter((l) => l.name.startsWith(name));
  const match = exact ?? (prefixed.length === 1 ? prefixed[0] : undefined);
  if (match === undefined) {
    const what = prefixed.length > 1 ? 'option is ambiguous' : 'unrecognized option';
    return { options: [], usedNext: false, error: `${what}: ${body}` };
  }
  if (match.optionalArg === true) {
    return { options: [eq >= 0 ? { opt: match.short, arg: body.slice(eq + 1) } : { opt: match.short }], usedNext: false };
  }
  if (!match.hasArg) {
    if (eq >= 0) return { options: [], usedNext: false, error: `option does not take an argument: ${match.name}` };
    return { options: [{ opt: match.short }], usedNext: false };
  }
  if (eq >= 0) return { options: [{ opt: match.short, arg: body.slice(eq + 1) }], usedNext: false };
  if (next === undefined) return { options: [], usedNext: false, error: `option requires an argument: ${match.name}` };
  return { options: [{ opt: match.short, arg: next }], usedNext: true };
}

/** hasOption tells whether opt appears among parsed options. */
export function hasOption(parsed: ParsedArgs, opt: string): boolean {
  return parsed.options.some((o) => o.opt === opt);
}

/** lastArg returns the argument of opt's last occurrence (getopt keeps the last one). */
export function lastArg(parsed: ParsedArgs, opt: string): string | undefined {
  let found: string | undefined;
  for (const o of parsed.options) if (o.opt === opt) found = o.arg;
  return found;
}
