// Compose file text to a plain document with the `yaml` package, then docker's first checks
// (docker/cli v28.2.2 cli/compose/loader/loader.go ParseYAML: the top level must be a mapping).
// go-yaml's messages cannot be reproduced exactly; ours keep its `yaml: line N: …` shape.

import { parse, YAMLParseError, type ScalarTag } from 'yaml';

// go-yaml v3 reads integers with strconv.ParseInt(s, 0, 64), so `mode: 0400` is octal there
// (YAML 1.2 would read 400); compose files rely on it.
const LEGACY_OCTAL: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^0[0-7]+$/,
  resolve: (text) => parseInt(text, 8),
};

/** ParsedYaml is the document or the error text the CLI prints. */
export type ParsedYaml = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** MAX_COMPOSE_BYTES bounds a compose file the lab parses (a lesson's files are a few KiB). */
export const MAX_COMPOSE_BYTES = 256 * 1024;

function yamlError(error: YAMLParseError): string {
  const line = error.linePos?.[0]?.line ?? 1;
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  return `yaml: line ${line}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/** parseComposeYaml parses YAML (merge keys on, aliases bounded) and requires a mapping at the top. */
export function parseComposeYaml(text: string): ParsedYaml {
  if (text.length > MAX_COMPOSE_BYTES) return { ok: false, error: `swarmlab: compose files larger than ${MAX_COMPOSE_BYTES} bytes are not supported` };
  let value: unknown;
  try {
    value = parse(text, { merge: true, maxAliasCount: 100, uniqueKeys: true, prettyErrors: false, customTags: (tags) => [LEGACY_OCTAL, ...tags] });
  } catch (error) {
    if (error instanceof YAMLParseError) return { ok: false, error: yamlError(error) };
    if (error instanceof Error) return { ok: false, error: `yaml: ${error.message}` };
    throw error;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'top-level object must be a mapping' };
  return { ok: true, value: value as Record<string, unknown> };
}
