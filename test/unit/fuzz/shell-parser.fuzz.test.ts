// The shell line parser on what the existing properties (test/unit/shell/parser) do not reach:
// here-documents of every shape (quoted, <<-, several per line, missing terminators, in pipes)
// and inputs far past the line limit. Whatever arrives, the parser returns ok, incomplete or
// error, never throws, and a here-document's body is exactly the lines before its terminator.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT, parseCommandLine, type ParseResult, type Redirect } from '../../../src/shell/parser/index.js';
import { check, reportCases } from './budget.js';

reportCases('shell-parser');

const delimiter = fc.constantFrom('EOF', 'END', 'x', '_', 'a1', 'FIM', 'EOF2');
const bodyLine = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', 'EOF ', ' EOF', '\tEOF', '$x', '`a`', '\\', "'", '"', '\r'))
  .map((s) => s.replace(/\n/g, ''));
const quoteStyle = fc.constantFrom((d: string) => d, (d: string) => `'${d}'`, (d: string) => `"${d}"`, (d: string) => `\\${d}`);
const command = fc.constantFrom('cat', 'docker service create --name x alpine', 'grep a', '', 'A=1 cat');

/** HeredocCase is one here-document: how it is introduced and the body lines it carries. */
interface HeredocCase {
  delimiter: string;
  quoted: boolean;
  strip: boolean;
  intro: string;
  lines: string[];
}

const heredoc = fc.record({ delimiter, quote: quoteStyle, strip: fc.boolean(), lines: fc.array(bodyLine, { maxLength: 6 }) }).map(
  ({ delimiter: d, quote, strip, lines }): HeredocCase => {
    const written = quote(d);
    const body = lines.filter((l) => (strip ? l.replace(/^\t+/, '') : l) !== d);
    return { delimiter: d, quoted: written !== d, strip, intro: `<<${strip ? '-' : ''}${written}`, lines: body };
  },
);

function heredocs(result: ParseResult): Extract<Redirect, { kind: 'heredoc' }>[] {
  if (result.kind !== 'ok') return [];
  return result.list.flatMap((item) => [item.first, ...item.rest.map((r) => r.pipeline)])
    .flatMap((p) => p.commands)
    .flatMap((c) => c.redirects)
    .filter((r): r is Extract<Redirect, { kind: 'heredoc' }> => r.kind === 'heredoc');
}

function script(cmd: string, docs: HeredocCase[], tail: string): string {
  const intro = `${cmd} ${docs.map((d) => d.intro).join(' ')}${tail}`;
  return [intro, ...docs.flatMap((d) => [...d.lines, d.delimiter])].join('\n');
}

describe('shell parser: here-documents', () => {
  it('gives back each quoted here-document body verbatim, several per line, in pipes too', () => {
    check('heredoc bodies', fc.property(command, fc.array(heredoc, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' | grep a', ' && echo ok', '; echo'), (cmd, docs, tail) => {
      const result = parseCommandLine(script(cmd, docs, tail));
      // An unquoted body is expanded, and `...` or $(...) in it is a clean error (not simulated).
      if (docs.some((d) => !d.quoted) && result.kind === 'error') {
        expect(result.message).toMatch(/not supported here/);
        return;
      }
      expect(result.kind).toBe('ok');
      const found = heredocs(result);
      expect(found.map((h) => h.delimiter)).toEqual(docs.map((d) => d.delimiter));
      docs.forEach((d, i) => {
        const expected = d.lines.map((l) => `${d.strip ? l.replace(/^\t+/, '') : l}\n`).join('');
        const body = found[i]?.body;
        if (d.quoted) expect(body?.parts).toEqual(expected === '' && body?.parts.length === 0 ? [] : [{ kind: 'single', text: expected }]);
        if (d.quoted) expect(body?.raw).toBe(expected);
      });
    }), 400);
  });

  it('asks for more input until the terminator line arrives, then parses', () => {
    check('heredoc continuation', fc.property(heredoc, fc.integer({ min: 0, max: 6 }), (doc, cut) => {
      const full = script('cat', [doc], '');
      const lines = full.split('\n');
      const partial = lines.slice(0, Math.min(cut + 1, lines.length - 1)).join('\n');
      const early = parseCommandLine(partial);
      expect(early).toMatchObject({ kind: 'incomplete', reason: 'heredoc' });
      expect(parseCommandLine(full).kind).toBe(doc.quoted || !/`|\$\(/.test(full) ? 'ok' : 'error');
    }), 300);
  });

  it('never throws on heredoc-flavoured noise', () => {
    const piece = fc.oneof(fc.constantFrom('<<', '<<-', '<<<', 'EOF', "'EOF'", '"E"OF', '\\EOF', '\n', '\t', ' ', 'cat', '|', ';', '&&', '$(', '`', '\\\n', '\r\n'), fc.string({ maxLength: 4 }));
    check('heredoc noise', fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
      const result = parseCommandLine(parts.join(''));
      expect(['ok', 'incomplete', 'error']).toContain(result.kind);
      for (const h of heredocs(result)) expect(typeof h.body.raw).toBe('string');
    }), 1500);
  });
});

describe('shell parser: huge inputs', () => {
  it('refuses anything over the limit at once, whatever it contains', () => {
    const filler = fc.constantFrom('a', '<<EOF\n', "'", '"${', '\\', '|', '\x00', '😀', '\x1b[2J');
    check('over the limit', fc.property(filler, fc.integer({ min: 1, max: 1 << 20 }), (unit, extra) => {
      const input = unit.repeat(Math.ceil((MAX_INPUT + extra) / unit.length));
      expect(parseCommandLine(input)).toEqual({ kind: 'error', message: 'command line too long' });
    }), 40);
  });

  it('parses inputs of exactly the limit built from any mix of constructs', () => {
    const unit = fc.constantFrom('a ', 'cat <<E\nx\nE\n', '<<<w ', '"$v" ', "'q' ", '2>&1 ', '| ', '; ', '\\\n', '${x} ', '😀 ');
    check('at the limit', fc.property(fc.array(unit, { minLength: 1, maxLength: 8 }), (units) => {
      const block = units.join('');
      const input = block.repeat(Math.floor(MAX_INPUT / block.length)).padEnd(MAX_INPUT, ' ');
      expect(['ok', 'incomplete', 'error']).toContain(parseCommandLine(input).kind);
    }), 30);
  });
});
