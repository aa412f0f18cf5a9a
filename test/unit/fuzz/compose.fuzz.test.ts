// The compose loader (YAML, interpolation, schema checks, loading) on arbitrary input: whatever
// arrives, loadComposeFile returns a config or an error text and never throws; valid-shaped
// documents with random values and keys either load or fail with a one-line error.

import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadComposeFile } from '../../../src/docker/stack/compose/index.js';
import { check, reportCases } from './budget.js';

reportCases('compose');

const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('${X}', '$$', '${', '${A:-b}', '${A?}'));
const key = fc.oneof(fc.constantFrom('image', 'deploy', 'replicas', 'ports', 'networks', 'secrets', 'configs', 'environment', 'command', 'mode', 'labels', 'external', 'file', 'x-a', 'version', 'services'), fc.string({ maxLength: 8 }));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
})).node;

const composeLike = fc.record({
  version: fc.oneof(fc.constantFrom('3', '3.8', '3.13', '2', ''), scalar),
  services: fc.dictionary(fc.string({ maxLength: 6 }), fc.dictionary(key, value, { maxKeys: 6 }), { maxKeys: 3 }),
}, { requiredKeys: [] });

function loads(text: string): void {
  const result = loadComposeFile(text);
  if (!result.ok) {
    expect(typeof result.error).toBe('string');
    expect(result.error.length).toBeGreaterThan(0);
  }
}

describe('loadComposeFile never throws', () => {
  it('on any text', () => {
    check('any text', fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => loads(text)), 300);
  });

  it('on YAML-ish text built from compose fragments', () => {
    const line = fc.constantFrom('services:', '  web:', '    image: nginx', '    deploy:', '      replicas: 2', '  - a', 'x: &a [1]', 'y: *a', '<<: *a', 'version: "3.8"', ': :', '"', "'", '\t', '{', ']');
    check('fragments', fc.property(fc.array(line, { maxLength: 12 }), (lines) => loads(lines.join('\n'))), 300);
  });

  it('on compose-shaped documents with random keys and values', () => {
    check('compose-shaped', fc.property(composeLike, (doc) => loads(stringify(doc))), 300);
  });

  it('on alias bombs (bounded by the YAML parser)', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(loadComposeFile(bomb).ok).toBe(false);
  });
});
