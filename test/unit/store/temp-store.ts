// Test helper: real SQLite files in temporary directories, closed and removed after each test.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../../../src/store/index.js';

/** TempStores makes temporary data directories and opens stores in them. */
export interface TempStores {
  /** dir makes a fresh empty directory. */
  dir(): string;
  /** open opens a store in `options.dir`, or in a fresh directory when none is given. */
  open(options?: Partial<StoreOptions>): Store;
}

/** useTempStores returns a TempStores whose stores and directories go away after each test. */
export function useTempStores(): TempStores {
  const dirs: string[] = [];
  const stores: Store[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    for (const dir of dirs.splice(0)) {
      chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const dir = (): string => {
    const made = mkdtempSync(join(tmpdir(), 'swarmlab-store-'));
    dirs.push(made);
    return made;
  };
  return {
    dir,
    open(options = {}) {
      const store = openStore({ ...options, dir: options.dir ?? dir() });
      stores.push(store);
      return store;
    },
  };
}

/** all collects an iterable into an array. */
export function all<T>(items: Iterable<T>): T[] {
  return [...items];
}

/** peek runs `look` on a separate raw connection to `file`, to check what is really stored. */
export function peek<T>(file: string, look: (db: Database.Database) => T): T {
  const db = new Database(file, { fileMustExist: true });
  try {
    return look(db);
  } finally {
    db.close();
  }
}
