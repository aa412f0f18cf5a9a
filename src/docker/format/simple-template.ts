// A small subset of Go's text/template for --format: `{{.Field}}`, `{{json .}}`, `{{json .Field}}`,
// `\t` and `\n` escapes and the `table` prefix. Full templates (range, index, upper, ...) are
// tracked in issue 8; anything outside this subset gets docker's template parse error shape.

import { goJsonCompact } from './go-json.js';
import { renderTable } from './table.js';

/** Fields maps a row's template field names to values. */
export type Fields = Record<string, unknown>;

/** TemplateError is a --format the subset cannot render. */
export class TemplateError extends Error {}

const ACTION = /\{\{\s*(json\s+)?(\.[A-Za-z_][A-Za-z0-9_]*|\.)\s*\}\}/g;

function unescape(text: string): string {
  return text.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
}

function render(template: string, fields: Fields): string {
  const out = template.replace(ACTION, (_m, json: string | undefined, path: string) => {
    const value = path === '.' ? fields : fields[path.slice(1)];
    if (value === undefined) throw new TemplateError(`template: :1:${template.indexOf(path)}: executing "" at <${path}>: can't evaluate field ${path.slice(1)}`);
    if (json) return goJsonCompact(value);
    return typeof value === 'string' ? value : String(value);
  });
  if (out.includes('{{')) throw new TemplateError(`template: :1: function not supported in swarmlab's --format yet: ${template}`);
  return out;
}

/**
 * formatRows renders rows with a --format value: `table ...` goes through the tabwriter with the
 * headers named in `headers` (field → header), anything else prints one line per row.
 */
export function formatRows(format: string, rows: readonly Fields[], headers: Record<string, string>): string {
  const trimmed = unescape(format);
  if (trimmed.startsWith('table')) {
    const template = trimmed.slice('table'.length).trim();
    const header = render(template, Object.fromEntries(Object.keys(headers).map((k) => [k, headers[k]])));
    const lines = rows.map((r) => render(template, r));
    return renderTable({ header: header.split('\t'), rows: lines.map((l) => l.split('\t')) });
  }
  if (trimmed === 'json') return rows.map((r) => `${goJsonCompact(r)}\n`).join('');
  return rows.map((r) => `${render(trimmed, r)}\n`).join('');
}
