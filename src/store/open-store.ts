import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from './migrate.js';
import type { Migration } from './migrations/migration.js';
import { migrations as productionMigrations } from './migrations/index.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';
import { StoreError, describeStoreError, guardFor } from './store-error.js';

/** defaultFileName is the database file inside the data directory. */
export const defaultFileName = 'swarmlab.db';

/** StoreOptions says where the database lives and how to open it. */
export interface StoreOptions {
  /** dir is the data directory, created when missing (unless readonly). */
  readonly dir: string;
  readonly fileName?: string;
  /** readonly opens an existing, current database without ever writing to it. */
  readonly readonly?: boolean;
  /** migrations replaces the production list; tests use it to add a later version. */
  readonly migrations?: readonly Migration[];
}

/**
 * openStore opens (creating if needed) the swarmlab database in `options.dir`, checks it and
 * brings its schema up to date. A file it cannot trust or write is a StoreError naming the file,
 * never a silent reset.
 */
export function openStore(options: StoreOptions): Store {
  const file = resolve(options.dir, options.fileName ?? defaultFileName);
  const readonly = options.readonly ?? false;
  const guard = guardFor(file);
  guard(() => (readonly ? requireFile(file) : prepareDirectory(options.dir, file)));
  const db = guard(() => new Database(file, { readonly, fileMustExist: readonly }));
  try {
    guard(() => {
      configure(db, readonly);
      checkIntegrity(db, file);
      migrate(db, options.migrations ?? productionMigrations, file, readonly);
    });
    return new SqliteStore(db, file, schemaVersion(db), guard);
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Database.Database, readonly: boolean): void {
  db.pragma('busy_timeout = 5000');
  // WAL: readers never block the writer, and a commit is one append to the -wal file. The mode
  // is stored in the file, so a read-only connection finds it already set.
  if (!readonly) db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit write()s its frames to the -wal file before returning, and fsyncs
  // only at checkpoints. Once write() returns, the data is in the kernel's page cache, which
  // outlives our process: after SIGKILL or a crash the next open replays the WAL and every
  // committed transaction is there. What NORMAL can lose is the last commits before a kernel
  // panic or power cut (the database stays consistent). FULL would fsync the WAL on every commit
  // to survive those too, at the price of one disk flush per command.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

/**
 * checkIntegrity runs PRAGMA quick_check (page and record structure, not index contents) and
 * refuses a damaged file. It reads every page once, so it costs time in proportion to the file.
 */
function checkIntegrity(db: Database.Database, file: string): void {
  const problems = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  const messages = problems.map((row) => row.quick_check).filter((message) => message !== 'ok');
  if (messages.length > 0) {
    const detail = `quick_check: ${messages.join('; ').replace(/\s+/g, ' ')}`;
    throw new StoreError('corrupt', file, describeStoreError('corrupt', file, detail));
  }
}

/** prepareDirectory creates the data directory and checks up front that we may write there. */
function prepareDirectory(dir: string, file: string): void {
  mkdirSync(dir, { recursive: true });
  // SQLite needs the directory too, for the -wal and -shm files next to the database.
  accessSync(dir, constants.W_OK);
  if (existsSync(file)) accessSync(file, constants.R_OK | constants.W_OK);
}

function requireFile(file: string): void {
  if (!existsSync(file)) {
    throw new StoreError('io', file, `${file} does not exist, and a read-only store cannot create it`);
  }
}
