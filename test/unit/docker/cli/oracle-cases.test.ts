// Every recorded help, usage and CLI-side error of docker 28.2.2 must come out byte-identical.
// Help recordings are compared as printed on a terminal: for tty cases stdout and stderr merged.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs, type ParseOptions, type ParseResult } from '../../../../src/docker/cli/index.js';
import { fixtureRoot } from './fixtures.js';
import { ORACLE_DIR, readOracle, type OracleCase } from './oracle.js';

const CLI_CASE = /(^|-)(help|noargs)(-|$)|^err-/;
// Runtime errors raised by a command's run function, not by the CLI layer.
const NOT_CLI = new Set(['err-service-scale-abc']);

function slugs(): string[] {
  try {
    return readdirSync(ORACLE_DIR)
      .filter((f) => f.endsWith('.cmd'))
      .map((f) => f.slice(0, -4))
      .filter((s) => CLI_CASE.test(s) && !NOT_CLI.has(s))
      .sort();
  } catch {
    return [];
  }
}

/** optionsFor maps a recording's daemon to help options (see the oracle README). */
export function optionsFor(c: OracleCase): ParseOptions {
  const width = c.cols ?? 80;
  const host = c.env.DOCKER_HOST ?? '';
  if (host.includes('fake-inactive')) return { width, hideManagerOnly: true, hideActiveOnly: true, apiVersion: '1.50' };
  if (host.includes('fake-worker')) return { width, hideManagerOnly: true, apiVersion: '1.50' };
  if (host.includes('fake-manager')) return { width, apiVersion: '1.50' };
  // The real recordings ran against a 20.10 engine (API 1.41, no Swarm ping header).
  return { width, apiVersion: c.env.DOCKER_API_VERSION ?? '1.41' };
}

function rendered(r: ParseResult<unknown>, tty: boolean): { stdout: string; stderr: string; exit: number } {
  if (r.kind === 'run') return { stdout: `<run ${r.path.map((p) => p.name).join(' ')}>`, stderr: '', exit: -1 };
  return tty ? { stdout: r.stdout + r.stderr, stderr: '', exit: r.exitCode } : { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode };
}

describe('oracle: docker 28.2.2 help, usage and CLI errors', () => {
  const cases = slugs();
  if (cases.length === 0) it.skip('no oracle recordings found under test/golden/oracle', () => {});
  const root = fixtureRoot();
  for (const slug of cases) {
    it(slug, () => {
      const c = readOracle(slug);
      if (c === null) return;
      const got = rendered(parseArgs(root, c.argv, optionsFor(c)), c.cols !== null);
      expect(got).toEqual({ stdout: c.stdout, stderr: c.cols !== null ? '' : c.stderr, exit: c.exit });
    });
  }
});
