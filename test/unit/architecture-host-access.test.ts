// Nothing a student types can reach the host: no module of src/ may start processes, load code
// at run time or open sockets other than the SSH listener, and only the places that own files
// on disk may import the file system. architecture.test.ts bans child_process and console; this
// is the wider list, with the allowed places named (and why) so a new one is a visible decision.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Comments may mention what they like; only code counts.
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const sources = files(SRC).map((path) => ({ file: relative(SRC, path), text: code(readFileSync(path, 'utf8')) }));
const modules = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

/** FS_ALLOWED are the only files that may touch the host file system, and why. */
const FS_ALLOWED: Record<string, string> = {
  'store/': 'the SQLite database and its data directory',
  'ssh/host-key.ts': 'the host key and keys/instructors.pub',
  'config.ts': 'reading configuration at start',
  'export-command.ts': '`swarmlab export --out FILE`, an operator command, never reachable over SSH',
  'lessons/loader.ts': 'reading the lesson files shipped in lessons/ (read only, at start)',
};
/** NET_ALLOWED may import node:net: the SSH listener and its connection gate. */
const NET_ALLOWED = ['ssh/'];

const allowed = (file: string, places: readonly string[]): boolean => places.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));

describe('no host access from src/', () => {
  it('imports the file system only in the places that own files', () => {
    const bad = sources
      .filter((s) => modules(s.text).some((m) => /^(node:)?fs(\/promises)?$/.test(m)))
      .filter((s) => !allowed(s.file, Object.keys(FS_ALLOWED)))
      .map((s) => s.file);
    expect(bad).toEqual([]);
  });

  it('never imports modules that run processes, load code or talk to the network', () => {
    const banned = /^(node:)?(child_process|cluster|worker_threads|vm|http|https|http2|dgram|dns|inspector|repl|module)$/;
    const bad = sources.flatMap((s) => modules(s.text).filter((m) => banned.test(m)).map((m) => `${s.file}: ${m}`));
    expect(bad).toEqual([]);
  });

  it('opens sockets only at the SSH edge', () => {
    const bad = sources.filter((s) => modules(s.text).some((m) => /^(node:)?(net|tls)$/.test(m)) && !allowed(s.file, NET_ALLOWED)).map((s) => s.file);
    expect(bad).toEqual([]);
  });

  it('has no spawn, exec of host programs, eval or dynamic code', () => {
    const patterns = [/\bexecSync\b/, /\bexecFile(Sync)?\b/, /\bspawn(Sync)?\s*\(/, /\bfork\s*\(/, /\beval\s*\(/, /\bnew\s+Function\s*\(/,
      /\bprocess\.(binding|dlopen|kill)\b/, /\bcreateRequire\b/, /\bimport\s*\(\s*[^'"\s]/];
    const bad = sources.flatMap((s) => patterns.filter((re) => re.test(s.text)).map((re) => `${s.file}: ${re}`));
    expect(bad).toEqual([]);
  });
});
