// parseArgs must never throw, whatever a student types, and its outcomes keep docker's shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../../src/docker/cli/index.js';
import { fixtureRoot } from './fixtures.js';

const root = fixtureRoot();

const word = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', '-', '--', '=', '-=', '--=', '---', '-h', '--help', '-v', '-it', '-e', '-n', '-1', '--replicas',
    '--replicas=abc', '--filter', 'name=x', '-q', '--quiet=false', '-d=maybe', '-é', '😀', 'test.v', '-test.v'),
  fc.constantFrom('service', 'create', 'ls', 'list', 'ps', 'network', 'node', 'exec', 'help', 'stack', 'swarm', 'scale',
    'rm', 'inspect', 'container', 'image', 'a=1', 'nginx', 'trust', 'key'),
  fc.string({ maxLength: 6 }).map((s) => `--${s}`),
  fc.string({ maxLength: 4 }).map((s) => `-${s}`),
);

describe('parseArgs properties', () => {
  it('never throws and always returns a well-formed outcome', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 8 }), fc.integer({ min: 0, max: 200 }), fc.boolean(), (argv, width, hide) => {
      const r = parseArgs(root, argv, { width, hideManagerOnly: hide, hideActiveOnly: hide });
      if (r.kind === 'run') {
        expect(r.path[0]).toBe(root);
        expect(r.path[r.path.length - 1]).toBe(r.command);
      } else {
        expect([0, 1, 125]).toContain(r.exitCode);
        expect(r.kind === 'error').toBe(r.exitCode !== 0);
        if (r.kind === 'error') expect(r.stderr.endsWith('\n')).toBe(true);
        if (r.kind === 'help') expect(r.stdout.endsWith('\n')).toBe(true);
        if (r.kind === 'usage') expect(r.stderr.startsWith('Usage:  docker')).toBe(true);
      }
    }), { numRuns: 2000 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 6 }), (argv) => {
      expect(JSON.stringify(parseArgs(root, argv))).toBe(JSON.stringify(parseArgs(root, argv)));
    }));
  });

  it('flag errors always carry the Usage line and the Run hint with exit 125', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 6 }), (argv) => {
      const r = parseArgs(root, argv);
      if (r.kind === 'error' && r.exitCode === 125) {
        expect(r.stderr).toMatch(/\n\nUsage: {2}docker[^\n]*\n\nRun 'docker[^']*--help' for more information\n$/);
      }
    }), { numRuns: 1000 });
  });
});
