import { existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations, openStore, StoreError, type StoreOptions } from '../../../src/store/index.js';
import { all, peek, useTempStores } from './temp-store.js';

/** openError opens a store that must fail and returns its StoreError. */
function openError(options: StoreOptions): StoreError {
  try {
    openStore(options).close();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('openStore succeeded');
}

describe('openStore', () => {
  const temp = useTempStores();

  it('creates a missing data directory and swarmlab.db in WAL mode', () => {
    const dir = join(temp.dir(), 'nested', 'data');
    const store = temp.open({ dir });
    expect(store.file).toBe(join(dir, 'swarmlab.db'));
    expect(store.schemaVersion).toBe(migrations.length);
    expect(peek(store.file, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  it('reopen gives back everything that was stored', () => {
    const dir = temp.dir();
    const store = openStore({ dir, fileName: 'class.db' });
    store.events.append('blue', [{ type: 'SwarmInitialised', data: { managers: 3 } }], 100);
    store.snapshots.save('blue', 1, { nodes: 5 });
    store.settings.set('join-code', 'tulip-42');
    store.teams.create({ name: 'blue', createdAt: 100, options: {} });
    store.users.rememberKey({ user: 'alice', keyType: 'ssh-ed25519', keyBase64: 'AAAA', addedAt: 100 });
    store.users.assign('alice', 'blue', 100);
    store.progress.put({ user: 'alice', team: 'blue', lesson: 'intro', step: 2, data: {}, updatedAt: 100 });
    store.recordings.startSession({ id: 's1', user: 'alice', team: 'blue', node: 'manager1', startedAt: 100, cols: 80, rows: 24 });
    store.recordings.appendChunks('s1', [{ t: 0, kind: 'o', data: 'hello' }]);
    store.close();
    store.close();
    expect(existsSync(`${store.file}-wal`) && statSync(`${store.file}-wal`).size > 0).toBe(false);

    const again = temp.open({ dir, fileName: 'class.db' });
    expect(all(again.events.read('blue'))).toEqual([
      { stream: 'blue', seq: 1, type: 'SwarmInitialised', data: { managers: 3 }, recordedAt: 100 },
    ]);
    expect(again.snapshots.latest('blue')).toEqual({ seq: 1, state: { nodes: 5 } });
    expect(again.settings.get('join-code')).toBe('tulip-42');
    expect(again.teams.get('blue')).toEqual({ name: 'blue', createdAt: 100, options: {} });
    expect(again.users.findUserByKey('ssh-ed25519', 'AAAA')).toEqual({ name: 'alice', assignedTeam: 'blue', createdAt: 100 });
    expect(again.progress.get('alice', 'blue', 'intro')?.step).toBe(2);
    expect(all(again.recordings.chunks('s1'))).toEqual([{ t: 0, kind: 'o', data: 'hello' }]);
    expect(again.schemaVersion).toBe(migrations.length);
  });

  it('refuses a file of garbage bytes with StoreError corrupt, leaving it untouched', () => {
    const dir = temp.dir();
    const file = join(dir, 'swarmlab.db');
    const garbage = Buffer.from('this is not a database, just some garbage bytes\n'.repeat(200));
    writeFileSync(file, garbage);
    const error = openError({ dir });
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain(file);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });

  it('refuses a database whose pages were overwritten with StoreError corrupt', () => {
    const dir = temp.dir();
    const store = openStore({ dir });
    const batch = Array.from({ length: 2000 }, (_, n) => ({ type: 'Filler', data: { n, pad: 'x'.repeat(200) } }));
    store.events.append('blue', batch, 1);
    store.close();
    const fd = openSync(store.file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, 4096 * 20);
    closeSync(fd);
    expect(openError({ dir }).code).toBe('corrupt');
  });

  it('refuses a database another program wrote with StoreError corrupt', () => {
    const dir = temp.dir();
    peekCreate(join(dir, 'swarmlab.db'), 'CREATE TABLE accounts (id INTEGER PRIMARY KEY)');
    const error = openError({ dir });
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/no schema_migrations/);
  });

  it('refuses a database from a newer schema with StoreError too-new, leaving it untouched', () => {
    const store = temp.open();
    store.close();
    peek(store.file, (db) => db.prepare("INSERT INTO schema_migrations VALUES (7, 'future', 0)").run());
    const error = openError({ dir: join(store.file, '..') });
    expect(error.code).toBe('too-new');
    expect(error.message).toContain(store.file);
    expect(error.message).toMatch(new RegExp(`schema version 7, this swarmlab knows versions up to ${migrations.length}`));
    expect(peek(store.file, (db) => db.prepare('SELECT max(version) AS v FROM schema_migrations').get())).toEqual({ v: 7 });
  });

  it('a path under a regular file is StoreError io', () => {
    const dir = temp.dir();
    writeFileSync(join(dir, 'file'), 'x');
    const error = openError({ dir: join(dir, 'file', 'data') });
    expect(error.code).toBe('io');
    expect(error.message).toContain(join(dir, 'file', 'data', 'swarmlab.db'));
  });
});

function peekCreate(file: string, sql: string): void {
  writeFileSync(file, '');
  peek(file, (db) => db.exec(sql));
}
