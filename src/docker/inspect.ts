// `docker <object> inspect` for every object kind, as docker/cli v28.2.2
// cli/command/inspect/inspector.go does it: look every reference up, print the found objects
// (indented JSON array, `json` compact, or a Go template per object), then all failures joined
// on stderr with exit status 1. A template runs on the typed object first; when that fails and
// the CLI holds the engine's raw JSON (network inspect), it runs again on the decoded map with
// missingkey=error and that error is the one reported.

import { CliError } from './command.js';
import { daemonText } from './daemon.js';
import { INSPECT_RAW_OPTIONS, parseTemplate, ParseError, type Template } from './format/go-template/index.js';
import { inspectOutput, inspectOutputCompact } from './format/index.js';
import type { DockerHost } from './host.js';
import { typedView, type GoType } from './inspect-types.js';

/** InspectLookup returns the API object for one reference or throws the daemon's error. */
export type InspectLookup = (ref: string) => unknown;

/** InspectOptions say how the CLI holds the objects it inspects. */
export interface InspectOptions {
  /**
   * raw says the CLI also has the engine's JSON bytes (network inspect): templates fall back to
   * them, JSON output keeps `<`, `>` and `&` unescaped, and a template that does not parse exits
   * 64 (node and service inspect wrap every error in StatusError 1).
   */
  readonly raw?: boolean;
  /** goType is the typed object's Go type (see inspect-types.ts); without it the JSON is used as is. */
  readonly goType?: GoType;
}

/** errorText renders a failed lookup the way the CLI prints it. */
export function errorText(error: unknown): string {
  return error instanceof CliError ? error.message : daemonText(error);
}

/** unescapeHtml undoes encoding/json's `\u003c`, `\u003e` and `\u0026` (not after an escaping backslash). */
function unescapeHtml(json: string): string {
  const chars: Record<string, string> = { '3c': '<', '3e': '>', '26': '&' };
  return json.replace(/(\\*)\\u00(3c|3e|26)/g, (m, bs: string, code: string) => (bs.length % 2 === 0 ? bs + (chars[code] ?? '') : m));
}

function typeNameOf(type: GoType | undefined): string | undefined {
  return type !== undefined && typeof type === 'object' && 'struct' in type ? type.struct : undefined;
}

/** runTemplate is TemplateInspector.Inspect: the output line, or the error to report. */
function runTemplate(tmpl: Template, object: unknown, options: InspectOptions): { text: string } | { error: string } {
  const typed = options.goType === undefined ? object : typedView(object, options.goType);
  const typeName = typeNameOf(options.goType);
  const first = tmpl.execute(typed, typeName === undefined ? { objects: 'map' } : { typeName });
  if (typeof first === 'string') return { text: first };
  if (!options.raw) return { error: `template parsing error: ${first.message}` };
  const second = tmpl.execute(object, INSPECT_RAW_OPTIONS);
  return typeof second === 'string' ? { text: second } : { error: `template parsing error: ${second.message}` };
}

/** inspectObjects prints the objects named by refs with --format and returns the exit status. */
export function inspectObjects(host: DockerHost, refs: readonly string[], format: string, lookup: InspectLookup, options: boolean | InspectOptions = {}): number {
  const opts: InspectOptions = typeof options === 'boolean' ? { raw: options } : options;
  let tmpl: Template | undefined;
  if (format !== '' && format !== 'json') {
    const parsed = parseTemplate(format);
    if (parsed instanceof ParseError) throw new CliError(`template parsing error: ${parsed.message}`, opts.raw ? 64 : 1);
    tmpl = parsed;
  }
  const found: unknown[] = [];
  const errors: string[] = [];
  let rendered = '';
  for (const ref of refs) {
    let object: unknown;
    try {
      object = lookup(ref);
    } catch (error) {
      if (!isUserError(error)) throw error;
      errors.push(errorText(error));
      continue;
    }
    found.push(object);
    if (!tmpl) continue;
    const out = runTemplate(tmpl, object, opts);
    if ('text' in out) rendered += `${out.text}\n`;
    else errors.push(out.error);
  }
  if (tmpl) host.io.stdout(rendered === '' ? '\n' : rendered);
  else {
    const json = format === 'json' ? inspectOutputCompact(found) : inspectOutput(found);
    host.io.stdout(opts.raw ? unescapeHtml(json) : json);
  }
  if (errors.length === 0) return 0;
  host.io.stderr(`${errors.join('\n')}\n`);
  return 1;
}

function isUserError(error: unknown): boolean {
  return error instanceof Error && ['CliError', 'DaemonError', 'ClusterError'].includes(error.name);
}
