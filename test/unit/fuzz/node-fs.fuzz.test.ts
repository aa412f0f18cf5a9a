// The node filesystem on arbitrary paths and operation sequences: resolvePath never throws and
// never leaves `/`; NodeFs operations return a result or an errno, never throw, never write
// outside the home, and what is in memory always equals what storage holds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HomeDirectories } from '../../../src/shell/fs/home-directories.js';
import { memoryHomeStorage } from '../../../src/shell/fs/home-storage.js';
import { NodeFs } from '../../../src/shell/fs/node-fs.js';
import { resolvePath } from '../../../src/shell/fs/path.js';
import { check, reportCases } from './budget.js';

reportCases('node-fs');

const segment = fc.oneof(fc.constantFrom('', '.', '..', 'a', 'b', 'home', 'alice', 'etc', 'x y', 'ENOENT'), fc.string({ unit: 'binary', maxLength: 6 }));
const path = fc.array(segment, { maxLength: 6 }).chain((parts) => fc.boolean().map((abs) => (abs ? '/' : '') + parts.join('/')));
const op = fc.tuple(fc.constantFrom('write', 'append', 'mkdir', 'unlink', 'rmdir', 'removeTree', 'rename', 'copy', 'touch', 'chdir', 'read', 'list'), path, path, fc.string({ maxLength: 20 }));

describe('node filesystem fuzz', () => {
  it('resolvePath is absolute, normalised and never throws', () => {
    check('resolvePath', fc.property(path, path, (cwd, input) => {
      const out = resolvePath(resolvePath('/', cwd), input);
      expect(out.startsWith('/')).toBe(true);
      expect(out === '/' || !out.endsWith('/')).toBe(true);
      expect(out.split('/').slice(1).every((p) => out === '/' || (p !== '' && p !== '.' && p !== '..'))).toBe(true);
    }), 2000);
  });

  it('operations never throw, stay inside the home, and memory matches storage', () => {
    check('operations', fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      const storage = memoryHomeStorage();
      const homes = new HomeDirectories(storage, { maxFileBytes: 64, maxHomeEntries: 12, maxTeamFileBytes: 400 });
      const key = { team: 't', node: 'n', user: 'alice' };
      const fs = new NodeFs(homes.open(key), () => 1);
      for (const [name, a, b, text] of ops) {
        if (name === 'write' || name === 'append') fs.writeFile(a, text, name === 'append');
        else if (name === 'rename' || name === 'copy') fs[name](a, b);
        else if (name === 'read') fs.readFile(a);
        else fs[name](a);
      }
      const stored = storage.load(key);
      if (typeof stored === 'string') throw new Error(stored);
      for (const e of stored) expect(e.path.split('/').every((p) => p !== '' && p !== '.' && p !== '..')).toBe(true);
      const fresh = new NodeFs(new HomeDirectories(storage).open(key), () => 1);
      const walk = (f: NodeFs, dir: string): string[] => {
        const names = f.list(dir);
        if (typeof names === 'string') return [];
        return names.sort().flatMap((n) => {
          const p = `${dir}/${n}`;
          const st = f.stat(p);
          const body = f.readFile(p);
          return [`${p}:${typeof body === 'string' ? 'dir' : body.text}`, ...(typeof st !== 'string' && st.kind === 'dir' ? walk(f, p) : [])];
        });
      };
      expect(walk(fresh, '/home/alice')).toEqual(walk(fs, '/home/alice'));
      expect(stored.length).toBeLessThanOrEqual(12);
    }), 300);
  });
});
