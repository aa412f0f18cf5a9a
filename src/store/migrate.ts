// Brings a database to the newest schema this code knows, recording each step in
// schema_migrations, and refuses files it does not understand rather than resetting them.
import type Database from 'better-sqlite3';
import type { Migration } from './migrations/migration.js';
import { StoreError, describeStoreError } from './store-error.js';

const createTable = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at INTEGER NOT NULL
  )`;

/** schemaVersion is the highest migration recorded in `db`, 0 for a database without any. */
export function schemaVersion(db: Database.Database): number {
  if (!hasTable(db, 'schema_migrations')) return 0;
  const row = db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get();
  return row?.v ?? 0;
}

/**
 * migrate applies the pending `migrations` to `db` in one immediate transaction (so two processes
 * opening the same file cannot both apply them). A read-only store only checks that the schema is
 * current. Throws StoreError `corrupt` for a database that is not ours and `too-new` for a newer one.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], file: string, readonly: boolean): void {
  checkList(migrations);
  const latest = migrations.length;
  const apply = (): void => {
    const current = checkVersion(db, latest, file);
    if (current === latest) return;
    if (readonly) {
      const detail = `schema version ${current} needs upgrading to ${latest}, which a read-only store cannot do`;
      throw new StoreError('unwritable', file, describeStoreError('unwritable', file, detail));
    }
    db.exec(createTable);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of migrations.slice(current)) {
      migration.up(db);
      record.run(migration.version, migration.name, Date.now());
    }
  };
  if (readonly) apply();
  else db.transaction(apply).immediate();
}

/** checkVersion returns the current schema version after refusing foreign and newer databases. */
function checkVersion(db: Database.Database, latest: number, file: string): number {
  if (!hasTable(db, 'schema_migrations') && hasAnyTable(db)) {
    const detail = 'it holds tables but no schema_migrations, so another program wrote it';
    throw new StoreError('corrupt', file, describeStoreError('corrupt', file, detail));
  }
  const current = schemaVersion(db);
  if (current > latest) {
    const detail = `schema version ${current}, this swarmlab knows versions up to ${latest}`;
    throw new StoreError('too-new', file, describeStoreError('too-new', file, detail));
  }
  return current;
}

/** checkList insists on versions 1, 2, 3... in order: a gap or a swap is a programming error. */
function checkList(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

function hasTable(db: Database.Database, name: string): boolean {
  const row = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name);
  return row !== undefined;
}

function hasAnyTable(db: Database.Database): boolean {
  const row = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").get();
  return row !== undefined;
}
