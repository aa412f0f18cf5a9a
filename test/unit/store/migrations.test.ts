import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations, openStore, StoreError, type Migration } from '../../../src/store/index.js';
import { all, peek, useTempStores } from './temp-store.js';

// Test-only later schema: production ships just what it needs.
const addTags: Migration = {
  version: 2,
  name: 'add-event-tags',
  up(db) {
    db.exec(`CREATE TABLE event_tags (stream TEXT NOT NULL, seq INTEGER NOT NULL, tag TEXT NOT NULL);
             INSERT INTO event_tags SELECT stream, seq, 'v1' FROM events;`);
  },
};
const broken: Migration = {
  version: 2,
  name: 'broken',
  up(db) {
    db.exec('CREATE TABLE half_done (x)');
    throw new Error('migration 2 failed halfway');
  },
};

function versions(file: string): unknown {
  return peek(file, (db) => db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all());
}

describe('migrations', () => {
  const temp = useTempStores();

  it('production lists numbered migrations 1, 2, 3... in order', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('a version 1 database opens and upgrades when a later migration exists', () => {
    const v1 = openStore({ dir: temp.dir(), migrations: migrations.slice(0, 1) });
    v1.events.append('blue', [{ type: 'A', data: 1 }, { type: 'B', data: 2 }], 10);
    v1.close();
    expect(versions(v1.file)).toEqual([{ version: 1, name: 'initial' }]);

    const v2 = temp.open({ dir: join(v1.file, '..'), migrations: [...migrations.slice(0, 1), addTags] });
    expect(v2.schemaVersion).toBe(2);
    expect(all(v2.events.read('blue')).map((event) => event.type)).toEqual(['A', 'B']);
    v2.events.append('blue', [{ type: 'C', data: 3 }], 20);
    expect(versions(v2.file)).toEqual([
      { version: 1, name: 'initial' },
      { version: 2, name: 'add-event-tags' },
    ]);
    expect(peek(v2.file, (db) => db.prepare('SELECT count(*) AS n FROM event_tags').get())).toEqual({ n: 2 });
  });

  it('a failing migration leaves the database exactly at its old version', () => {
    const v1 = openStore({ dir: temp.dir(), migrations: migrations.slice(0, 1) });
    v1.settings.set('join-code', 'tulip-42');
    v1.close();
    const dir = join(v1.file, '..');
    expect(() => openStore({ dir, migrations: [...migrations.slice(0, 1), broken] })).toThrow('failed halfway');
    expect(versions(v1.file)).toEqual([{ version: 1, name: 'initial' }]);
    const tables = peek(v1.file, (db) => db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").all());
    expect(tables).toEqual([]);
    expect(temp.open({ dir }).settings.get('join-code')).toBe('tulip-42');
  });

  it('a database upgraded by a newer release is too-new for this one', () => {
    const v2 = openStore({ dir: temp.dir(), migrations: [...migrations.slice(0, 1), addTags] });
    v2.close();
    const open = () => openStore({ dir: join(v2.file, '..'), migrations: migrations.slice(0, 1) });
    expect(open).toThrow(StoreError);
    expect(open).toThrow(/schema version 2, this swarmlab knows versions up to 1/);
  });

  it('a list with a gap is refused before anything is written', () => {
    const gap = { ...addTags, version: migrations.length + 2 };
    const expected = new RegExp(`has version ${migrations.length + 2}, expected ${migrations.length + 1}`);
    expect(() => openStore({ dir: temp.dir(), migrations: [...migrations, gap] })).toThrow(expected);
  });
});
