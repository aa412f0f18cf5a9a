// The layering of DESIGN.md, enforced: each layer imports only the layers inside it, the cluster
// core has no I/O, clock or randomness of its own, and nothing in src/ can start a host process or
// print with console.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

// Which layers each layer may import (its own is always allowed).
const ALLOWED: Record<string, string[]> = {
  cluster: [],
  store: [],
  docker: ['cluster'],
  shell: ['docker', 'cluster'],
  lessons: ['cluster'],
  lab: ['cluster', 'lessons', 'store'],
  instructor: ['lab', 'lessons', 'store', 'cluster', 'shell', 'docker'],
  ssh: ['lab', 'shell', 'instructor', 'docker', 'cluster', 'store', 'lessons'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const layerOf = (path: string): string => relative(SRC, path).split('/')[0] ?? '';
const sources = files(SRC).map((path) => ({ path, layer: layerOf(path), text: readFileSync(path, 'utf8') }));
const imports = (text: string): string[] => [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] ?? '');

describe('architecture', () => {
  it.each(Object.keys(ALLOWED))('%s imports only inner layers', (layer) => {
    const bad: string[] = [];
    for (const file of sources.filter((f) => f.layer === layer)) {
      for (const spec of imports(file.text).filter((s) => s.startsWith('.'))) {
        const target = layerOf(resolve(dirname(file.path), spec));
        if (target.endsWith('.js') || target === layer) continue; // top-level files (log.ts) and own layer
        if (!ALLOWED[layer]?.includes(target)) bad.push(`${relative(SRC, file.path)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps the cluster core free of I/O, the wall clock and unseeded randomness', () => {
    const bad = sources
      .filter((f) => f.layer === 'cluster')
      .flatMap((f) =>
        [/\bDate\.now\b/, /\bnew Date\(/, /\bMath\.random\b/, /\bsetTimeout\b/, /\bsetInterval\b/, /from 'node:/, /\bprocess\.(env|exit|stdout|stderr|argv|hrtime|nextTick)\b/, /from '(?!\.)/]
          .filter((re) => re.test(f.text))
          .map((re) => `${relative(SRC, f.path)}: ${re}`),
      );
    expect(bad).toEqual([]);
  });

  it('never starts host processes or prints with console in src/', () => {
    const bad = sources
      .filter((f) => /child_process|\bexecSync\b|\bspawnSync\b|\bconsole\.(log|error|warn|info)\b/.test(f.text))
      .map((f) => relative(SRC, f.path));
    expect(bad).toEqual([]);
  });
});
