import type Database from 'better-sqlite3';

/**
 * Migration is one numbered schema change. `up` runs inside the transaction that applies every
 * pending migration, so it must not touch pragmas that are fixed inside a transaction. A schema
 * change is always a new migration; a released one is never edited.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
