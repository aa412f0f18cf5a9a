// docker's --format handling for list commands: the `table` and `json` keywords, `\t`/`\n`
// escapes, one template execution per row, the header row from the same template run on the
// header names with HeaderFunctions, and the tabwriter. Any parse or execution error becomes
// `template parsing error: …` and nothing is printed.
// Fidelity: docker/cli cli/command/formatter/formatter.go (Format.IsTable, templateString,
// Context.parseFormat, contextFormat, postFormat), cli/command/inspect/inspector.go.
import { memoize } from '../memo.js';
import { tabwrite } from '../tabwriter.js';
import { HEADER_FUNCS } from './docker-funcs.js';
import { FormatError, ParseError, type TemplateError } from './errors.js';
import type { FuncMap } from './funcs.js';
import { parseTemplate, type ExecOptions } from './template.js';
import { goMap, goStruct, typeInfo } from './values.js';

/** RenderOptions describe the rows: header names per field, the row's Go type, extra methods. */
export interface RenderOptions {
  /** headers maps a row field to its column header (the formatter's SubHeaderContext). */
  readonly headers: Readonly<Record<string, string>>;
  /** typeName is the row's Go type, e.g. `*formatter.serviceContext`. */
  readonly typeName: string;
  /** funcs are extra functions the format may call. */
  readonly funcs?: FuncMap;
}

/** INSPECT_RAW_OPTIONS run a template the way inspect's raw-JSON fallback does (missingkey=error). */
export const INSPECT_RAW_OPTIONS: ExecOptions = { objects: 'map', missingKey: 'error', typeName: 'map[string]interface {}' };

/** isTableFormat is Format.IsTable: the format starts with "table". */
export function isTableFormat(format: string): boolean {
  return format.startsWith('table');
}

/** templateString is Format.templateString: keywords resolved, `table` cut, spaces trimmed, `\t` and `\n` unescaped. */
export function templateString(format: string): string {
  if (format === 'table') return '';
  if (format === 'json') return '{{json .}}';
  const body = isTableFormat(format) ? format.slice('table'.length) : format;
  return body.replace(/^ +| +$/g, '').replace(/\\([tn])/g, (_m, c: string) => (c === 't' ? '\t' : '\n'));
}

// Each `docker service ps` would otherwise parse its table format again; a Template is immutable.
const parseFormatText = memoize((text) => parseTemplate(text), 64);

function wrap(error: TemplateError): FormatError {
  return new FormatError(`template parsing error: ${error.message}`, error);
}

function rowData(row: unknown, typeName: string): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row) || row instanceof Map || typeInfo(row) !== undefined) return row;
  // Formatter contexts are pointers to structs whose MarshalJSON builds a sorted map.
  return goStruct(row, typeName, { jsonAsMap: true });
}

/**
 * renderFormat prints rows with a list command's --format, as docker's formatter.Context.Write
 * does: one line per row, or a tabwriter table with a header row for `table …`.
 */
export function renderFormat(format: string, rows: readonly unknown[], options: RenderOptions): string | FormatError {
  const text = templateString(format);
  const tmpl = options.funcs === undefined ? parseFormatText(text) : parseTemplate(text, { funcs: options.funcs });
  if (tmpl instanceof ParseError) return wrap(tmpl);
  let body = '';
  for (const row of rows) {
    const out = tmpl.execute(rowData(row, options.typeName), { typeName: options.typeName });
    if (typeof out !== 'string') return wrap(out);
    body += `${out}\n`;
  }
  if (!isTableFormat(format)) return body;
  const headers = goMap({ ...options.headers }, 'formatter.SubHeaderContext');
  const header = tmpl.execute(headers, { funcs: HEADER_FUNCS, typeName: 'formatter.SubHeaderContext' });
  // docker ignores a header that fails and keeps whatever it wrote before failing.
  const headerText = typeof header === 'string' ? header : header.partial;
  return tabwrite(`${headerText}\n${body}`);
}
