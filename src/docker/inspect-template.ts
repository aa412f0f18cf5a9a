// The part of Go's text/template that `docker ... inspect --format` is used with in class: field
// paths (`{{.Name}}`, `{{.Status.Addr}}`), `{{json .Containers}}` and `{{.}}`, over the inspect
// object as the CLI's raw-map fallback sees it (cli/command/inspect/inspector.go,
// tryRawInspectFallback with missingkey=error). Values print like Go's fmt %v. Control
// structures and other functions are not simulated yet (issue 8).

import { goJsonCompact, sortedMap } from './format/index.js';

/** InspectTemplate renders one object, or says why it could not. */
export interface InspectTemplate {
  execute(object: unknown): { ok: true; text: string } | { ok: false; error: string };
}

const ACTION = /\{\{(-\s)?\s*(?:(json)\s+)?(\.(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)?)\s*(\s-)?\}\}/g;

interface Part {
  literal: string;
  action?: { json: boolean; path: string[]; line: number; col: number; source: string };
}

/** parseInspectTemplate parses a --format value, or returns the template error text. */
export function parseInspectTemplate(text: string): InspectTemplate | string {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(ACTION)) {
    const index = m.index ?? 0;
    let literal = text.slice(last, index);
    if (m[1]) literal = literal.trimEnd();
    const source = m[3] ?? '.';
    const before = text.slice(0, index + m[0].indexOf('.'));
    const line = before.split('\n').length;
    const col = before.length - (before.lastIndexOf('\n') + 1);
    parts.push({ literal, action: { json: m[2] === 'json', path: source.split('.').filter((p) => p !== ''), line, col, source } });
    last = index + m[0].length;
    if (m[4]) while (last < text.length && /\s/.test(text[last] as string)) last++;
  }
  const rest = text.slice(last);
  if (parts.some((p) => p.literal.includes('{{')) || rest.includes('{{')) {
    return `template: :1: function not supported in swarmlab's --format yet: ${text}`;
  }
  parts.push({ literal: rest });
  return { execute: (object) => execute(parts, object) };
}

function execute(parts: readonly Part[], object: unknown): { ok: true; text: string } | { ok: false; error: string } {
  let out = '';
  for (const part of parts) {
    out += part.literal;
    if (!part.action) continue;
    const { path, json, line, col, source } = part.action;
    let value: unknown = object;
    for (const key of path) {
      const next = field(value, key);
      if (!next.ok) return { ok: false, error: `template: :${line}:${col}: executing "" at <${source}>: ${next.error}` };
      value = next.value;
    }
    out += json ? unescapeHtml(goJsonCompact(value)) : goValue(value);
  }
  return { ok: true, text: out };
}

function field(value: unknown, key: string): { ok: true; value: unknown } | { ok: false; error: string } {
  if (value instanceof Map) {
    return value.has(key) ? { ok: true, value: value.get(key) } : { ok: false, error: `map has no entry for key "${key}"` };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    return key in record && record[key] !== undefined ? { ok: true, value: record[key] } : { ok: false, error: `map has no entry for key "${key}"` };
  }
  if (value === null || value === undefined) return { ok: false, error: `nil pointer evaluating interface {}.${key}` };
  return { ok: false, error: `can't evaluate field ${key} in type ${Array.isArray(value) ? '[]interface {}' : typeof value}` };
}

/**
 * unescapeHtml undoes encoding/json's HTML escaping (`\u003c` for `<`, `\u003e`, `\u0026`): the
 * engine writes its JSON with SetEscapeHTML(false) and the CLI re-indents that raw JSON as is;
 * the templates' `json` function does not escape either (docker/cli templates/templates.go).
 */
export function unescapeHtml(json: string): string {
  const chars: Record<string, string> = { '003c': '<', '003e': '>', '0026': '&' };
  return json.replace(/(?<=(?:^|[^\\])(?:\\\\)*)\\u(003c|003e|0026)/g, (_m, code: string) => chars[code] ?? '');
}

/** goValue prints a JSON-shaped value the way Go's fmt %v prints the decoded map. */
export function goValue(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `[${value.map(goValue).join(' ')}]`;
  const entries = value instanceof Map ? [...(value as Map<string, unknown>)] : Object.entries(value as Record<string, unknown>);
  const sorted = sortedMap(new Map(entries.filter(([, v]) => v !== undefined)));
  return `map[${[...sorted].map(([k, v]) => `${k}:${goValue(v)}`).join(' ')}]`;
}
