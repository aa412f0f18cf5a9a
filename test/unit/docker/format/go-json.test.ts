// goJson must reproduce docker inspect's bytes: real recordings are parsed and re-encoded.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  goJson, goJsonCompact, goJsonNumber, goJsonString, inspectOutput, inspectOutputCompact, sortedMap,
} from '../../../../src/docker/format/index.js';

const ORACLE = fileURLToPath(new URL('../../../golden/oracle/', import.meta.url));
const INSPECT_RECORDINGS = [
  'service-inspect', 'service-inspect-after-scale', 'node-inspect-self', 'network-inspect-bridge',
  'network-inspect-ingress', 'network-inspect-ingress-after', 'network-inspect-overlay-unused',
  'network-inspect-overlay-used',
];

describe('inspectOutput against docker 28.2.2 recordings', () => {
  for (const slug of INSPECT_RECORDINGS) {
    const file = `${ORACLE}${slug}.stdout`;
    it.skipIf(!existsSync(file))(`${slug} round-trips byte for byte`, () => {
      const bytes = readFileSync(file, 'utf8');
      expect(inspectOutput(JSON.parse(bytes) as unknown[])).toBe(bytes);
    });
  }
  it('prints [] and a newline when nothing was found (network-inspect-nosuch)', () => {
    expect(inspectOutput([])).toBe('[]\n');
    const file = `${ORACLE}network-inspect-nosuch.stdout`;
    if (existsSync(file)) expect(inspectOutput([])).toBe(readFileSync(file, 'utf8'));
  });
});

describe('goJsonString: encoding/json escaping', () => {
  it.each([
    ['plain', '"plain"'],
    ['a<b>&c', '"a\\u003cb\\u003e\\u0026c"'],
    ['quote " and \\', '"quote \\" and \\\\"'],
    ['\n\r\t\b\f', '"\\n\\r\\t\\b\\f"'],
    ['\u0000\u0001\u001f', '"\\u0000\\u0001\\u001f"'],
    ['\u007f', '"\u007f"'],
    ['line\u2028para\u2029', '"line\\u2028para\\u2029"'],
    ['é日本😀', '"é日本😀"'],
    ['bad\ud800x', '"bad\\ufffdx"'],
    ['tail\udc00', '"tail\\ufffd"'],
  ])('%j', (input, expected) => {
    expect(goJsonString(input)).toBe(expected);
  });
});

describe('goJsonNumber: Go float64 and integer printing', () => {
  it.each([
    [0, '0'], [-0, '-0'], [1, '1'], [-42, '-42'], [0.5, '0.5'], [1e20, '100000000000000000000'],
    [1e21, '1e+21'], [1e-6, '0.000001'], [1e-7, '1e-7'], [1.5e-7, '1.5e-7'], [123456789.125, '123456789.125'],
    [2 ** 53, '9007199254740992'], [9223372036854775807n, '9223372036854775807'],
  ] as [number | bigint, string][])('%s', (n, expected) => {
    expect(goJsonNumber(n)).toBe(expected);
  });
  it('rejects NaN and infinities like json.Marshal', () => {
    expect(() => goJsonNumber(NaN)).toThrow(/unsupported value/);
    expect(() => goJsonNumber(Infinity)).toThrow(/unsupported value/);
  });
});

describe('goJson layout', () => {
  it('indents with 4 spaces, keeps insertion order, prints empty {} and []', () => {
    const value = { Name: 'x', Labels: {}, Peers: [], Containers: null, Nested: { B: 1, A: [true, false] }, Skip: undefined };
    expect(goJson(value)).toBe(
      '{\n    "Name": "x",\n    "Labels": {},\n    "Peers": [],\n    "Containers": null,\n'
      + '    "Nested": {\n        "B": 1,\n        "A": [\n            true,\n            false\n        ]\n    }\n}',
    );
  });
  it('sortedMap orders map keys by bytes, numbers as strings ("10" < "9")', () => {
    const labels = sortedMap({ b: '1', '9': 'x', '10': 'y', A: 'z', é: 'e' });
    expect(goJsonCompact(labels)).toBe('{"10":"y","9":"x","A":"z","b":"1","é":"e"}');
  });
  it('compact form and inspect --format json', () => {
    expect(goJsonCompact({ a: [1, { b: 'c' }], d: {} })).toBe('{"a":[1,{"b":"c"}],"d":{}}');
    expect(inspectOutputCompact([{ ID: 'x' }])).toBe('[{"ID":"x"}]\n');
    expect(inspectOutputCompact([])).toBe('[]\n');
  });
  it('undefined inside arrays becomes null', () => {
    expect(goJsonCompact([undefined, 1])).toBe('[null,1]');
  });
  it('two objects are separated as json.MarshalIndent does', () => {
    expect(inspectOutput([{ A: 1 }, { B: 2 }])).toBe('[\n    {\n        "A": 1\n    },\n    {\n        "B": 2\n    }\n]\n');
  });
});
