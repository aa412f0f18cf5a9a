// Property tests: parsing and executing never throw, always return a string or an error value,
// never report an internal error, and finish quickly on any input, however hostile.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExecError, ParseError, parseTemplate, renderFormat, Template } from '../../../../../src/docker/format/go-template/index.js';

const WORDS = [
  '{{', '}}', '{{- ', ' -}}', '{{/*', '*/}}', ' ', '\n', '\t', 'text', '.', '.Name', '.Spec.Labels', '.A.B', '$', '$x', '$i', '$v', ':=', '=', ',',
  '|', '(', ')', 'range ', 'if ', 'else ', 'end', 'with ', 'define "a"', 'template "a" .', 'block "b" .', 'break', 'continue', 'index ', 'len ',
  'slice ', 'printf "%v %d %s" ', 'print ', 'println ', '"str"', '`raw`', '1', '-2.5', '0x1F', "'c'", '1e3', '3i', 'nil', 'true', 'false', 'json ',
  'upper ', 'lower ', 'title ', 'split ', 'join ', 'pad ', 'truncate ', 'eq ', 'ne ', 'lt ', 'and ', 'or ', 'not ', 'html ', 'js ', 'urlquery ', 'call ',
  '"a,b" ', '"," ', '2 ', '-1 ', '}', '{', '"', '`', "'", 'é', '日本',
];
const templateText = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);
const data = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({ Name: fc.string(), Spec: fc.record({ Labels: fc.dictionary(fc.string(), fc.string()) }), A: fc.jsonValue({ maxDepth: 2 }) }),
);
const objects = fc.constantFrom<'struct' | 'map'>('struct', 'map');

function checkNoInternalError(message: string): void {
  expect(message).not.toMatch(/internal error/);
}

describe('go-template properties', () => {
  it('parseTemplate returns a Template or a ParseError for any text', () => {
    fc.assert(fc.property(templateText, (text) => {
      const t = parseTemplate(text);
      expect(t instanceof Template || t instanceof ParseError).toBe(true);
      if (t instanceof ParseError) {
        expect(t.message).toMatch(/^template: :\d+: /);
        checkNoInternalError(t.message);
      }
    }), { numRuns: 2000 });
  });

  it('execute returns a string or an ExecError for any template and data', () => {
    fc.assert(fc.property(templateText, data, objects, (text, value, mode) => {
      const t = parseTemplate(text);
      if (t instanceof ParseError) return;
      const started = Date.now();
      const out = t.execute(value, { objects: mode, typeName: '*formatter.serviceContext' });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(typeof out === 'string' || out instanceof ExecError).toBe(true);
      if (out instanceof ExecError) {
        expect(out.message).toMatch(/^template: :/);
        checkNoInternalError(out.message);
      }
    }), { numRuns: 2000 });
  });

  it('renderFormat returns text or a wrapped error for any format and rows', () => {
    fc.assert(fc.property(fc.oneof(templateText, templateText.map((t) => `table ${t}`)), fc.array(data, { maxLength: 3 }), (format, rows) => {
      const out = renderFormat(format, rows, { headers: { Name: 'NAME' }, typeName: '*formatter.serviceContext' });
      if (typeof out !== 'string') {
        expect(out.message).toMatch(/^template parsing error: template: :/);
        checkNoInternalError(out.message);
      }
    }), { numRuns: 500 });
  });
});

describe('go-template bounds', () => {
  const hostile: [string, string][] = [
    ['a huge integer range', '{{range 1000000000}}{{.}}{{end}}'],
    ['nested ranges', '{{range 1000}}{{range 1000}}{{range 1000}}x{{end}}{{end}}{{end}}'],
    ['doubling a string', '{{$x := "ab"}}{{range 200}}{{$x = printf "%s%s" $x $x}}{{end}}{{$x}}'],
    ['a huge pad', '{{pad "x" 1000000000 0}}'],
    ['a huge printf width', '{{printf "%999999d" 1}}{{printf "%999999d" 1}}'],
    ['deep parentheses', `{{${'('.repeat(5000)}1${')'.repeat(5000)}}}`],
    ['deep ifs', `${'{{if 1}}'.repeat(5000)}x${'{{end}}'.repeat(5000)}`],
    ['deep withs that run', `${'{{with 1}}'.repeat(900)}x${'{{end}}'.repeat(900)}`],
    ['recursive templates', '{{define "r"}}{{template "r" .}}{{template "r" .}}{{end}}{{template "r" .}}'],
    ['a long pipeline', `{{1${' | print'.repeat(20000)}}}`],
    ['many actions', '{{.}}'.repeat(50000)],
  ];
  it.each(hostile)('stops %s quickly', (_name, text) => {
    const started = Date.now();
    const t = parseTemplate(text);
    const out = t instanceof Template ? t.execute('v') : t;
    expect(Date.now() - started).toBeLessThan(3000);
    expect(typeof out === 'string' || out instanceof ExecError || out instanceof ParseError).toBe(true);
    if (typeof out === 'string') expect(out.length).toBeLessThanOrEqual(1 << 20);
    else checkNoInternalError(out.message);
  });
});
