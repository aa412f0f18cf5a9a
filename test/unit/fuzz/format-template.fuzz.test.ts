// --format values are arbitrary text from the student. Both template engines (the list subset in
// simple-template.ts and the inspect subset in inspect-template.ts) must render or refuse with
// Go's "template: ..." error, never throw anything else, and leave text outside {{ }} alone.
// Through the CLI, a bad template is exit 1 with the message on stderr.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRows, TemplateError, type Fields } from '../../../src/docker/format/simple-template.js';
import { parseInspectTemplate } from '../../../src/docker/inspect-template.js';
import { FakeCluster } from '../docker/harness.js';
import { check, checkAsync, reportCases } from './budget.js';
import { runArgv } from './docker-fuzz.js';

reportCases('format-template');

const FIELDS = ['ID', 'Name', 'Mode', 'Replicas', 'Image', 'Ports'];
const HEADERS: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, f.toUpperCase()]));
const ROWS: Fields[] = [
  { ID: 'abc123', Name: 'web', Mode: 'replicated', Replicas: '2/2', Image: 'nginx:latest', Ports: '*:80->80/tcp' },
  { ID: 'def456', Name: 'db\x1b[2J', Mode: 'global', Replicas: 3, Image: 'é😀', Ports: '' },
];
const INSPECTED = { Name: 'web', Spec: { Mode: { Replicated: { Replicas: 2 } }, Labels: {} }, Nil: null, List: [1, 'a', null], Map: new Map([['k', 'v']]) };

// Pieces of templates: real actions, broken ones, trim markers, and plain text.
const piece = fc.oneof(
  fc.constantFrom('{{.ID}}', '{{ .Name }}', '{{json .}}', '{{json .Name}}', '{{.}}', '{{.Nope}}', '{{.Spec.Mode.Replicated.Replicas}}', '{{json .Spec}}',
    '{{.Nil.X}}', '{{.List.X}}', '{{.Map.k}}', '{{- .Name -}}', '{{-.Name}}', '{{ }}', '{{', '}}', '{{{', '}}}', '{{.ID', '.ID}}', '{{range .}}',
    '{{end}}', '{{printf "%s" .ID}}', '{{index . 0}}', '{{if .ID}}x{{end}}', '{{/* c */}}', '{{"\\x"}}', '{{.ID|upper}}', 'table ', 'table', 'json',
    '\\t', '\\n', '\\', '\t', '\n', ' ', '%s', '$', '$&', '$1'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const template = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));

function listOutcome(format: string): string | TemplateError {
  try {
    return formatRows(format, ROWS, HEADERS);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
}

describe('list --format (simple-template)', () => {
  it('renders or fails with a Go template error, nothing else', () => {
    check('list any', fc.property(template, (format) => {
      const out = listOutcome(format);
      if (out instanceof TemplateError) expect(out.message).toMatch(/^template: /);
      else expect(typeof out).toBe('string');
    }), 2000);
  });

  it('prints text without actions as is, once per row', () => {
    const literal = fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !s.includes('{{') && !s.startsWith('table') && s !== 'json' && !s.includes('\\'));
    check('list literal', fc.property(literal, (format) => {
      expect(listOutcome(format)).toBe(ROWS.map(() => `${format}\n`).join(''));
    }), 1000);
  });

  it('substitutes each known field between any literal text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 6 }).filter((s) => !s.includes('{') && !s.includes('}') && !s.includes('\\'));
    check('list fields', fc.property(fc.array(fc.tuple(text, fc.constantFrom(...FIELDS)), { minLength: 1, maxLength: 5 }), text, (parts, tail) => {
      fc.pre(!parts[0]?.[0].startsWith('table') && !`${parts[0]?.[0] ?? ''}`.startsWith('json'));
      const format = parts.map(([t, f]) => `${t}{{.${f}}}`).join('') + tail;
      const expected = ROWS.map((row) => `${parts.map(([t, f]) => `${t}${String(row[f])}`).join('')}${tail}\n`).join('');
      expect(listOutcome(format)).toBe(expected);
    }), 1000);
  });
});

describe('inspect --format (inspect-template)', () => {
  it('parses or refuses any text, and executing never throws', () => {
    check('inspect any', fc.property(template, (format) => {
      const parsed = parseInspectTemplate(format);
      if (typeof parsed === 'string') {
        expect(parsed).toMatch(/^template: /);
        return;
      }
      for (const object of [INSPECTED, null, [], 'text', 42]) {
        const result = parsed.execute(object);
        if (!result.ok) expect(result.error).toMatch(/^template: :\d+:\d+: executing "" at <[^>]*>: /);
      }
    }), 2000);
  });

  it('leaves text without actions untouched, and handles huge and deep templates', () => {
    const literal = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('{{'));
    check('inspect literal', fc.property(literal, (format) => {
      const parsed = parseInspectTemplate(format);
      expect(typeof parsed === 'string' ? parsed : parsed.execute(INSPECTED)).toEqual({ ok: true, text: format });
    }), 1000);
    const deep = parseInspectTemplate(`{{${'.a'.repeat(10_000)}}}`);
    expect(typeof deep === 'string' ? deep : deep.execute(INSPECTED)).toMatchObject({ ok: false });
    const wide = parseInspectTemplate('{{.Name}} '.repeat(6_000));
    expect(typeof wide === 'string' ? wide : wide.execute(INSPECTED)).toEqual({ ok: true, text: 'web '.repeat(6_000) });
  });
});

describe('--format through the CLI', () => {
  it('exit 0 with output, or exit 1 with the template error on stderr', async () => {
    const cluster = FakeCluster.classroom(3);
    await runArgv(cluster, 'manager1', ['service', 'create', '--detach', '--name', 'web', 'nginx']);
    const commands = [['service', 'ls'], ['service', 'ps', 'web'], ['network', 'ls'], ['node', 'ls'], ['ps'], ['service', 'inspect', 'web'],
      ['network', 'inspect', 'ingress'], ['node', 'inspect', 'self']];
    await checkAsync('cli format', fc.asyncProperty(fc.constantFrom(...commands), template, async (cmd, format) => {
      const out = await runArgv(cluster, 'manager1', [...cmd, '--format', format]);
      const label = JSON.stringify([...cmd, format]);
      expect(out.logged.map(String), label).toEqual([]);
      // inspect answers a template that does not parse with cli.StatusError{StatusCode: 64}.
      expect([0, 1, 64], label).toContain(out.exitCode);
      if (out.exitCode !== 0) expect(out.stderr, label).toMatch(/^(template parsing error|failed to (parse|execute) template): /m);
    }), 500);
  });
});
