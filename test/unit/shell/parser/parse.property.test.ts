// Property tests: the parser accepts any input without throwing, stays fast on big inputs, and
// quoting any text the way a shell user would gives that text back after expansion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandWords, parseCommandLine, type ParseResult } from '../../../../src/shell/parser/index.js';

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit }), fc.string({ unit: 'grapheme' }));
const shellish = fc
  .array(fc.constantFrom('ls', 'a', ' ', '\t', "'", '"', '\\', '$', '${', '}', '$(', '`', '|', '|&', '&&', '||', '&', ';', ';;',
    '\n', '<', '>', '>>', '2>&1', '>&', '<<', '<<-', '<<<', 'EOF', '#', '~', '!', '(', ')', '=', 'A=', 'é', '漢', '\x00', '\x1b'), { maxLength: 60 })
  .map((parts) => parts.join(''));

function wellFormed(result: ParseResult): boolean {
  if (result.kind !== 'ok') return typeof (result.kind === 'error' ? result.message : result.reason) === 'string';
  return result.list.every((item) =>
    [item.first, ...item.rest.map((r) => r.pipeline)].every((p) =>
      p.commands.length > 0 && p.commands.every((c) => c.words.length + c.redirects.length + c.assignments.length > 0)));
}

const lookup = (): string | undefined => undefined;

describe('parseCommandLine properties', () => {
  it('never throws and returns a well-formed result for arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(anyText, shellish), (input) => wellFormed(parseCommandLine(input))), { numRuns: 3000 });
  });

  it('handles 64 KiB inputs of operators, quotes and words in linear time', () => {
    const unit = fc.constantFrom('a ', '| ', '&& ', "'x' ", '"$y" ', '\\\n', '${z} ', '2>&1 ', ';\n');
    fc.assert(fc.property(fc.array(unit, { minLength: 1, maxLength: 20 }), (units) => {
      const block = units.join('');
      const input = block.repeat(Math.floor((64 * 1024) / block.length));
      expect(wellFormed(parseCommandLine(input))).toBe(true);
      expect(parseCommandLine(input + 'x'.repeat(64 * 1024)).kind).toBe('error');
    }), { numRuns: 20 });
  });

  it('single-quoting any text gives it back as one argument', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (args) => {
      const line = 'cmd ' + args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
      const result = parseCommandLine(line);
      if (result.kind !== 'ok') return false;
      expect(expandWords(result.list[0]?.first.commands[0]?.words ?? [], lookup)).toEqual(['cmd', ...args]);
      return true;
    }));
  });

  it('double-quoting any text with \\ before $ ` " \\ gives it back as one argument', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (args) => {
      const line = 'cmd ' + args.map((a) => `"${a.replace(/[\\"$`]/g, '\\$&')}"`).join(' ');
      const result = parseCommandLine(line);
      if (result.kind !== 'ok') return false;
      expect(expandWords(result.list[0]?.first.commands[0]?.words ?? [], lookup)).toEqual(['cmd', ...args]);
      return true;
    }));
  });
});
