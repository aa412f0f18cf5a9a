import { describe, expect, it } from 'vitest';
import { capOutput } from '../../../../src/shell/limits/output-cap.js';
import type { ProcessIO } from '../../../../src/shell/process-io.js';

function io() {
  const out: string[] = [];
  const base: ProcessIO = {
    stdout: (t) => out.push(`1:${t}`),
    stderr: (t) => out.push(`2:${t}`),
    isTTY: true,
    size: () => ({ columns: 80, rows: 24 }),
    signal: new AbortController().signal,
    sleep: async () => true,
  };
  return { out, base };
}

describe('capOutput', () => {
  it('passes output under the cap untouched', () => {
    const { out, base } = io();
    let cuts = 0;
    const capped = capOutput(base, { maxBytes: 11, onCut: () => cuts++ });
    capped.stdout('hello\n');
    capped.stderr('oops\n');
    expect(out).toEqual(['1:hello\n', '2:oops\n']);
    expect(cuts).toBe(0);
  });

  it('writes what fits, ends the line, calls onCut once and drops the rest (stdout and stderr together)', () => {
    const { out, base } = io();
    let cuts = 0;
    const capped = capOutput(base, { maxBytes: 8, onCut: () => cuts++ });
    capped.stdout('12345');
    capped.stderr('6789abc');
    capped.stdout('more');
    expect(out).toEqual(['1:12345', '2:678\n']);
    expect(cuts).toBe(1);
  });

  it('counts UTF-8 bytes and never splits a character', () => {
    const { out, base } = io();
    const capped = capOutput(base, { maxBytes: 5, onCut: () => undefined });
    capped.stdout('çãé');
    expect(out).toEqual(['1:çã\n']);
  });

  it('does not count while the command is exempt (reading the keyboard)', () => {
    const { out, base } = io();
    let interactive = true;
    const capped = capOutput(base, { maxBytes: 4, onCut: () => undefined, exempt: () => interactive });
    capped.stdout('a long interactive line\n');
    interactive = false;
    capped.stdout('1234');
    capped.stdout('5');
    expect(out).toEqual(['1:a long interactive line\n', '1:1234']);
  });

  it('keeps the rest of the ProcessIO', () => {
    const { base } = io();
    const capped = capOutput(base, { maxBytes: 4, onCut: () => undefined });
    expect(capped.signal).toBe(base.signal);
    expect(capped.isTTY).toBe(true);
  });
});
