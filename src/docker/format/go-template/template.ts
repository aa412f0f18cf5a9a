// The public face of the engine: parse once, execute many times. Neither step throws; both
// return Go's exact error text as an error value. Fidelity: text/template template.go (New,
// Parse, Funcs, Option("missingkey=…")) and docker/cli templates/templates.go (Parse adds
// docker's functions to every template).
import { DOCKER_FUNCS } from './docker-funcs.js';
import { Failure, ParseError, type ExecError } from './errors.js';
import { executeTree } from './exec.js';
import { BUILTINS, type FuncMap } from './funcs.js';
import type { ListNode } from './nodes.js';
import { parseTrees } from './parser.js';
import type { GoFunc } from './values.js';

/** ParseOptions name the template and choose the functions it may call. */
export interface ParseOptions {
  /** name is the template's name; docker's templates are all named "". */
  readonly name?: string;
  /** docker adds docker's functions (json, split, join, title, lower, upper, pad, truncate); default true. */
  readonly docker?: boolean;
  /** funcs are extra functions the template may call. */
  readonly funcs?: FuncMap;
}

/** ExecOptions describe the data and bound the work of one execution. */
export interface ExecOptions {
  /** typeName is the Go type of the data, e.g. `*formatter.serviceContext` (for error messages and %T). */
  readonly typeName?: string;
  /** objects says what an unmarked plain object is: a Go struct (default) or a map (decoded JSON). */
  readonly objects?: 'struct' | 'map';
  /** missingKey is Option("missingkey=…"): default/invalid prints `<no value>`, zero, or error. */
  readonly missingKey?: 'default' | 'invalid' | 'zero' | 'error';
  /** funcs replace functions for this execution, as tmpl.Funcs(templates.HeaderFunctions) does. */
  readonly funcs?: FuncMap;
  /** maxOutput bounds the output in characters (default 1 MiB). */
  readonly maxOutput?: number;
  /** maxSteps bounds the nodes and commands executed (default 1,000,000). */
  readonly maxSteps?: number;
}

const BUILTIN_MAP: ReadonlyMap<string, GoFunc> = new Map(Object.entries(BUILTINS));

/** Template is a parsed template, ready to execute against any data. */
export class Template {
  /** @internal use parseTemplate */
  constructor(
    readonly name: string,
    readonly text: string,
    private readonly trees: ReadonlyMap<string, ListNode>,
    private readonly funcs: ReadonlyMap<string, GoFunc>,
  ) {}

  /** execute runs the template over data and returns its output, or Go's error. */
  execute(data: unknown, options: ExecOptions = {}): string | ExecError {
    const funcs = new Map(this.funcs);
    for (const [k, f] of Object.entries(options.funcs ?? {})) funcs.set(k, f);
    const missingKey = options.missingKey === undefined || options.missingKey === 'default' ? 'invalid' : options.missingKey;
    return executeTree(
      {
        text: this.text,
        parseName: this.name,
        trees: this.trees,
        funcs,
        builtins: BUILTIN_MAP,
        missingKey,
        ctx: { objects: options.objects ?? 'struct', root: data, rootType: options.typeName },
        maxOutput: options.maxOutput ?? 1 << 20,
        maxSteps: options.maxSteps ?? 1_000_000,
        maxDepth: 100,
      },
      this.name,
      data,
    );
  }
}

/** parseTemplate parses text as Go's text/template does (with docker's functions by default). */
export function parseTemplate(text: string, options: ParseOptions = {}): Template | ParseError {
  const name = options.name ?? '';
  const funcs = new Map<string, GoFunc>(BUILTIN_MAP);
  if (options.docker !== false) for (const [k, f] of Object.entries(DOCKER_FUNCS)) funcs.set(k, f);
  for (const [k, f] of Object.entries(options.funcs ?? {})) funcs.set(k, f);
  try {
    const trees = parseTrees(text, name, (fn) => funcs.has(fn));
    return new Template(name, text, trees, funcs);
  } catch (e) {
    if (e instanceof Failure) return new ParseError(e.message);
    // Never throw to the caller: a stack overflow or a bug becomes an error value too.
    const why = e instanceof RangeError ? 'max expression depth exceeded' : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return new ParseError(`template: ${name}:1: ${why}`);
  }
}
