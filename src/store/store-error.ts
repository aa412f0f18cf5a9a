// Every failure of the storage layer that a person may have to act on becomes a StoreError: a
// code to branch on and a message that names the database file and says what to do about it.
import Database from 'better-sqlite3';

/** StoreErrorCode says what kind of storage failure happened; callers branch on it, never on text. */
export type StoreErrorCode =
  | 'corrupt' // not a database, damaged, or not a swarmlab database
  | 'too-new' // written by a newer swarmlab whose schema this code does not know
  | 'unwritable' // read-only file, directory, file system or store
  | 'full' // the disk (or the file system quota) is full
  | 'busy' // another process holds the lock longer than busy_timeout
  | 'io'; // anything else the file system or SQLite reported

/** StoreError is a storage failure with a code, the database file it concerns and a clear message. */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const sqliteCodes: ReadonlyArray<[prefix: string, code: StoreErrorCode]> = [
  ['SQLITE_NOTADB', 'corrupt'],
  ['SQLITE_CORRUPT', 'corrupt'],
  ['SQLITE_FULL', 'full'],
  ['SQLITE_READONLY', 'unwritable'],
  ['SQLITE_CANTOPEN', 'unwritable'],
  ['SQLITE_PERM', 'unwritable'],
  ['SQLITE_BUSY', 'busy'],
  ['SQLITE_LOCKED', 'busy'],
];

const nodeCodes: Readonly<Record<string, StoreErrorCode>> = {
  EACCES: 'unwritable',
  EPERM: 'unwritable',
  EROFS: 'unwritable',
  ENOSPC: 'full',
  EDQUOT: 'full',
};

/** storeErrorCodeOf classifies a SQLite result code (SQLITE_FULL, SQLITE_READONLY_DBMOVED...). */
export function storeErrorCodeOf(sqliteCode: string): StoreErrorCode {
  // Extended codes (SQLITE_READONLY_DIRECTORY, SQLITE_CORRUPT_INDEX...) share their base's prefix.
  for (const [prefix, code] of sqliteCodes) {
    if (sqliteCode === prefix || sqliteCode.startsWith(`${prefix}_`)) return code;
  }
  return 'io';
}

/** describeStoreError builds the message a person reads for a failure of kind `code` on `file`. */
export function describeStoreError(code: StoreErrorCode, file: string, detail: string): string {
  switch (code) {
    case 'corrupt':
      return `${file} is not a usable swarmlab database (${detail}); move it aside to start afresh, or restore a backup`;
    case 'too-new':
      return `${file} was written by a newer swarmlab (${detail}); upgrade swarmlab or point --data at another directory`;
    case 'unwritable':
      return `${file} cannot be written (${detail}); check the permissions of the file and its directory, or point --data elsewhere`;
    case 'full':
      return `the disk holding ${file} is full (${detail}); free some space and try again`;
    case 'busy':
      return `${file} is locked by another process (${detail}); is another swarmlab using the same --data directory?`;
    case 'io':
      return `input/output error on ${file} (${detail})`;
  }
}

/** toStoreError turns a SQLite or file-system error about `file` into a StoreError; others pass through. */
export function toStoreError(error: unknown, file: string): unknown {
  if (error instanceof StoreError) return error;
  let code: StoreErrorCode | undefined;
  if (error instanceof Database.SqliteError) code = storeErrorCodeOf(error.code);
  else if (isNodeError(error)) code = nodeCodes[error.code] ?? 'io';
  if (code === undefined) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError(code, file, describeStoreError(code, file, detail), { cause: error });
}

/** Guard runs one storage operation and rethrows its SQLite or file-system failure as a StoreError. */
export type Guard = <T>(operation: () => T) => T;

/** guardFor returns the Guard for operations on `file`. */
export function guardFor(file: string): Guard {
  return <T>(operation: () => T): T => {
    try {
      return operation();
    } catch (error) {
      throw toStoreError(error, file);
    }
  };
}

/** isNodeError accepts system-call failures (they carry `syscall`), not programming errors like ERR_INVALID_ARG_TYPE. */
function isNodeError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false;
  const fields = error as { code?: unknown; syscall?: unknown };
  return typeof fields.code === 'string' && typeof fields.syscall === 'string';
}
