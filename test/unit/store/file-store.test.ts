import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations, openStore, StoreError } from '../../../src/store/index.js';
import { peek, useTempStores } from './temp-store.js';

const alice = { team: 'blue', node: 'manager1', user: 'alice' };
const file = (path: string, content: string, mtime = 10) => ({ op: 'put' as const, file: { path, kind: 'file' as const, content, mtime } });
const dir = (path: string) => ({ op: 'put' as const, file: { path, kind: 'dir' as const, content: '', mtime: 10 } });

describe('FileStore', () => {
  const temp = useTempStores();

  it('list of a home never written is empty', () => {
    expect(temp.open().files.list(alice)).toEqual([]);
  });

  it('apply puts and deletes entries; list returns them by path and survives a reopen', () => {
    const store = temp.open();
    store.files.apply(alice, [dir('app'), file('app/compose.yml', 'services: {}\n'), file('notes', 'x')]);
    store.files.apply(alice, [{ op: 'delete', path: 'notes' }, file('app/compose.yml', 'version: "3"\n', 20)]);
    store.close();
    const again = temp.open({ dir: join(store.file, '..') });
    expect(again.files.list(alice)).toEqual([
      { path: 'app', kind: 'dir', content: '', mtime: 10 },
      { path: 'app/compose.yml', kind: 'file', content: 'version: "3"\n', mtime: 20 },
    ]);
  });

  it('keeps homes apart by team, node and user', () => {
    const { files } = temp.open();
    files.apply(alice, [file('a', '1')]);
    files.apply({ ...alice, user: 'bob' }, [file('b', '2')]);
    files.apply({ ...alice, node: 'worker1' }, [file('c', '3')]);
    files.apply({ ...alice, team: 'red' }, [file('d', '4')]);
    expect(files.list(alice).map((f) => f.path)).toEqual(['a']);
    expect(files.list({ ...alice, user: 'bob' }).map((f) => f.path)).toEqual(['b']);
    expect(files.list({ ...alice, node: 'worker1' }).map((f) => f.path)).toEqual(['c']);
  });

  it('teamBytes sums UTF-8 bytes of one team only; removeTeam deletes that team', () => {
    const { files } = temp.open();
    files.apply(alice, [file('a', 'ção'), dir('d')]);
    files.apply({ ...alice, user: 'bob' }, [file('b', '12345')]);
    files.apply({ ...alice, team: 'red' }, [file('c', 'zzz')]);
    expect(files.teamBytes('blue')).toBe(10);
    expect(files.teamBytes('green')).toBe(0);
    expect(files.removeTeam('blue')).toBe(3);
    expect(files.teamBytes('blue')).toBe(0);
    expect(files.teamBytes('red')).toBe(3);
  });

  it('a failed apply stores none of its changes', () => {
    const store = temp.open();
    store.files.apply(alice, [file('keep', 'k')]);
    const bad = { op: 'put' as const, file: { path: 'x', kind: 'link' as unknown as 'file', content: '', mtime: 1 } };
    expect(() => store.files.apply(alice, [file('new', 'n'), bad])).toThrow(StoreError);
    expect(peek(store.file, (db) => db.prepare('SELECT path FROM home_files').all())).toEqual([{ path: 'keep' }]);
  });

  it('a read-only store refuses writes with StoreError unwritable', () => {
    const writer = temp.open();
    writer.files.apply(alice, [file('a', '1')]);
    writer.close();
    const reader = temp.open({ dir: join(writer.file, '..'), readonly: true });
    expect(reader.files.list(alice)).toHaveLength(1);
    expect(() => reader.files.apply(alice, [file('b', '2')])).toThrow(expect.objectContaining({ code: 'unwritable' }));
  });

  it('a version 1 database gains home_files when opened by this release', () => {
    const v1 = openStore({ dir: temp.dir(), migrations: migrations.slice(0, 1) });
    v1.settings.set('join-code', 'tulip-42');
    v1.close();
    const current = temp.open({ dir: join(v1.file, '..') });
    current.files.apply(alice, [file('a', '1')]);
    expect(current.files.list(alice)).toHaveLength(1);
    expect(current.settings.get('join-code')).toBe('tulip-42');
  });
});
