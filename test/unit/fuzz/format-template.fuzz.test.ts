// --format values are arbitrary text from the student. The list path (src/docker/list-format.ts)
// and the inspect path (typed view, then the raw map with missingkey=error, as docker/cli
// cli/command/inspect/inspector.go) must render or refuse with docker's "template parsing
// error: template: ..." text, never throw anything else, and leave text outside {{ }} alone.
// Through the CLI, a bad template is exit 1 (64 for network inspect) with the message on stderr.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/docker/command.js';
import { INSPECT_RAW_OPTIONS, parseTemplate } from '../../../src/docker/format/go-template/index.js';
import { NODE, typedView } from '../../../src/docker/inspect-types.js';
import { formatList } from '../../../src/docker/list-format.js';
import { FakeCluster } from '../docker/harness.js';
import { check, checkAsync, reportCases } from './budget.js';
import { runArgv } from './docker-fuzz.js';

reportCases('format-template');

const FIELDS = ['ID', 'Name', 'Mode', 'Replicas', 'Image', 'Ports'];
const HEADERS: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, f.toUpperCase()]));
const ROWS: Record<string, unknown>[] = [
  { ID: 'abc123', Name: 'web', Mode: 'replicated', Replicas: '2/2', Image: 'nginx:latest', Ports: '*:80->80/tcp' },
  { ID: 'def456', Name: 'db\x1b[2J', Mode: 'global', Replicas: 3, Image: 'é😀', Ports: '' },
];
const INSPECTED = { ID: 'n1', Spec: { Role: 'manager', Labels: new Map([['k', 'v']]) }, Status: { State: 'ready' }, Nil: null, List: [1, 'a', null] };

// Pieces of templates: real actions, broken ones, trim markers, and plain text.
const piece = fc.oneof(
  fc.constantFrom('{{.ID}}', '{{ .Name }}', '{{json .}}', '{{json .Name}}', '{{.}}', '{{.Nope}}', '{{.Spec.Role}}', '{{json .Spec}}',
    '{{.Nil.X}}', '{{.List.X}}', '{{.Spec.Labels.k}}', '{{- .Name -}}', '{{-.Name}}', '{{ }}', '{{', '}}', '{{{', '}}}', '{{.ID', '.ID}}', '{{range .}}',
    '{{end}}', '{{printf "%s" .ID}}', '{{index . 0}}', '{{if .ID}}x{{end}}', '{{/* c */}}', '{{"\\x"}}', '{{.ID|upper}}', 'table ', 'table', 'json',
    '\\t', '\\n', '\\', '\t', '\n', ' ', '%s', '$', '$&', '$1', '{{range .List}}{{.}}{{end}}', '{{pad .ID 1 2}}', '{{truncate .ID 2}}'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const template = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));

function listOutcome(format: string): string | CliError {
  try {
    return formatList(format, ROWS, { headers: HEADERS, typeName: '*service.serviceContext' });
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
}

describe('list --format (formatList over the Go template engine)', () => {
  it('renders or fails with a template parsing error, nothing else', () => {
    check('list any', fc.property(template, (format) => {
      const out = listOutcome(format);
      if (out instanceof CliError) {
        expect(out.message).toMatch(/^template parsing error: template: /);
        expect(out.exitCode).toBe(1);
      } else expect(typeof out).toBe('string');
    }), 2000);
  });

  it('prints text without actions as is, once per row', () => {
    // Format.templateString trims spaces at both ends and unescapes \t and \n.
    const literal = fc.string({ unit: 'binary', maxLength: 30 })
      .filter((s) => !s.includes('{{') && !s.startsWith('table') && s !== 'json' && !s.includes('\\') && s.trim() === s);
    check('list literal', fc.property(literal, (format) => {
      expect(listOutcome(format)).toBe(ROWS.map(() => `${format}\n`).join(''));
    }), 1000);
  });

  it('substitutes each known field between any literal text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 6 }).filter((s) => !s.includes('{') && !s.includes('}') && !s.includes('\\') && !s.includes(' '));
    check('list fields', fc.property(fc.array(fc.tuple(text, fc.constantFrom(...FIELDS)), { minLength: 1, maxLength: 5 }), text, (parts, tail) => {
      fc.pre(!parts[0]?.[0].startsWith('table') && !`${parts[0]?.[0] ?? ''}`.startsWith('json'));
      const format = parts.map(([t, f]) => `${t}{{.${f}}}`).join('') + tail;
      const expected = ROWS.map((row) => `${parts.map(([t, f]) => `${t}${String(row[f])}`).join('')}${tail}\n`).join('');
      expect(listOutcome(format)).toBe(expected);
    }), 1000);
  });
});

describe('inspect --format (typed view, then the raw map)', () => {
  it('parses or refuses any text, and executing never throws', () => {
    check('inspect any', fc.property(template, (format) => {
      const parsed = parseTemplate(format);
      if (!('execute' in parsed)) {
        expect(parsed.message).toMatch(/^template: /);
        return;
      }
      for (const object of [INSPECTED, null, [], 'text', 42]) {
        for (const out of [parsed.execute(typedView(object, NODE), { typeName: 'swarm.Node' }), parsed.execute(object, INSPECT_RAW_OPTIONS)]) {
          if (typeof out !== 'string') expect(out.message).toMatch(/^template: :\d+:\d+: executing "" at <[^>]*>: /);
        }
      }
    }), 2000);
  });

  it('leaves text without actions untouched, and handles huge and deep templates', () => {
    const literal = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('{{'));
    check('inspect literal', fc.property(literal, (format) => {
      const parsed = parseTemplate(format);
      expect('execute' in parsed ? parsed.execute(typedView(INSPECTED, NODE)) : parsed.message).toBe(format);
    }), 1000);
    const deep = parseTemplate(`{{${'.a'.repeat(10_000)}}}`);
    expect('execute' in deep ? typeof deep.execute(INSPECTED, INSPECT_RAW_OPTIONS) : 'error').not.toBe('string');
    const wide = parseTemplate('{{.ID}} '.repeat(6_000));
    expect('execute' in wide ? wide.execute(typedView(INSPECTED, NODE)) : wide.message).toBe('n1 '.repeat(6_000));
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
      // network inspect answers a template that does not parse with cli.StatusError{StatusCode: 64}.
      expect([0, 1, 64], label).toContain(out.exitCode);
      if (out.exitCode !== 0) expect(out.stderr, label).toMatch(/^(template parsing error|failed to (parse|execute) template|template: )/m);
    }), 500);
  });
});
