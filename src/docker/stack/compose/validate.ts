// Checks a parsed compose document against COMPOSE_SCHEMA and reports the one error docker would
// print: docker/cli v28.2.2 cli/compose/schema/schema.go keeps gojsonschema's most specific error
// (the deepest field; an invalid type wins a tie) and prints `<field> <description>`, where the
// field is the dotted path from the root (`(root)` for the root itself) and a type error reads
// `must be a string` (`mapping` for object, `list` for array).

import type { JsonType, Schema } from './schema.js';

interface Failure {
  path: string[];
  invalidType: boolean;
  description: string;
}

function typeOf(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}

function matchesType(value: unknown, type: JsonType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function humanType(type: JsonType): string {
  return type === 'object' ? 'mapping' : type === 'array' ? 'list' : type;
}

function mustBe(types: readonly JsonType[]): string {
  const names = types.map(humanType);
  return `must be a ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`}`;
}

/** topTypes is what a schema accepts at its own level (for type errors and oneOf branch choice). */
function topTypes(schema: Schema): JsonType[] {
  switch (schema.kind) {
    case 'any': return [];
    case 'type': return [...schema.types];
    case 'object': return schema.nullable ? ['object', 'null'] : ['object'];
    case 'map': return ['object'];
    case 'array': return ['array'];
    case 'oneOf': return schema.options.flatMap(topTypes);
  }
}

function check(value: unknown, schema: Schema, path: string[], out: Failure[]): void {
  if (schema.kind === 'any') return;
  const types = topTypes(schema);
  if (!types.some((type) => matchesType(value, type))) {
    out.push({ path, invalidType: true, description: mustBe(types) });
    return;
  }
  switch (schema.kind) {
    case 'type':
      return;
    case 'oneOf': {
      // The branch whose own type fits decides (gojsonschema reports that branch's error).
      const branch = schema.options.find((o) => topTypes(o).some((type) => matchesType(value, type)));
      if (branch) check(value, branch, path, out);
      return;
    }
    case 'array':
      (value as unknown[]).forEach((item, i) => check(item, schema.items, [...path, String(i)], out));
      return;
    case 'map':
      for (const [key, item] of Object.entries(value as object)) check(item, schema.values, [...path, key], out);
      return;
    case 'object':
      if (value === null || value === undefined) return;
      checkObject(value as Record<string, unknown>, schema, path, out);
  }
}

function checkObject(value: Record<string, unknown>, schema: Extract<Schema, { kind: 'object' }>, path: string[], out: Failure[]): void {
  for (const [key, item] of Object.entries(value)) {
    const known = Object.hasOwn(schema.props, key) ? schema.props[key] : undefined;
    if (known) check(item, known, [...path, key], out);
    else if (schema.pattern?.re.test(key)) check(item, schema.pattern.schema, [...path, key], out);
    else if (!schema.open) out.push({ path, invalidType: false, description: `Additional property ${key} is not allowed` });
  }
}

/** validateCompose returns docker's error text for the first most specific problem, or undefined. */
export function validateCompose(document: unknown, schema: Schema): string | undefined {
  const failures: Failure[] = [];
  check(document, schema, [], failures);
  let best: Failure | undefined;
  for (const f of failures) {
    if (!best || f.path.length > best.path.length || (f.path.length === best.path.length && f.invalidType && !best.invalidType)) best = f;
  }
  if (!best) return undefined;
  return `${best.path.length === 0 ? '(root)' : best.path.join('.')} ${best.description}`;
}
