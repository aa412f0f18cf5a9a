// Compose file text to a ComposeConfig, in docker's order (docker/cli v28.2.2
// cli/compose/loader/loader.go Load): parse, version, interpolate, validate against the schema,
// then load. Every failure is the text the CLI prints.

import { interpolateDocument, InterpolationError } from './interpolate.js';
import { loadCompose, type LoadResult } from './load.js';
import { parseComposeYaml } from './parse-yaml.js';
import { COMPOSE_SCHEMA } from './schema.js';
import { validateCompose } from './validate.js';

export type { ComposeConfig, ComposeService, ComposeNetwork, ComposeData, ComposeFileRef, ComposePort } from './model.js';
export type { LoadResult } from './load.js';

const SUPPORTED = new Set(['3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13']);

/** composeVersion is schema.Version: the `version` value as text, "3.13" when absent, "" or "3". */
export function composeVersion(doc: Record<string, unknown>): string {
  if (!Object.hasOwn(doc, 'version')) return '3.13';
  const raw = doc.version;
  const text = raw === null ? '<nil>' : String(raw);
  return text === '' || text === '3' ? '3.13' : text;
}

/** loadComposeFile parses and checks one compose file; it never throws on any input. */
export function loadComposeFile(text: string): LoadResult {
  const parsed = parseComposeYaml(text);
  if (!parsed.ok) return parsed;
  const version = composeVersion(parsed.value);
  let doc: unknown;
  try {
    doc = interpolateDocument(parsed.value);
  } catch (error) {
    if (error instanceof InterpolationError) return { ok: false, error: error.message };
    throw error;
  }
  // Every v3 schema is checked with the newest one (3.13), a superset of the older ones.
  if (!SUPPORTED.has(version)) return { ok: false, error: `unsupported Compose file version: ${version}` };
  const invalid = validateCompose(doc, COMPOSE_SCHEMA);
  if (invalid !== undefined) return { ok: false, error: invalid };
  return loadCompose(doc as Record<string, unknown>);
}
