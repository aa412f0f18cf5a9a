import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/store/index.js';
import { guardFor, toStoreError } from '../../../src/store/store-error.js';

const file = '/data/swarmlab.db';
const systemError = (code: string) => Object.assign(new Error(`${code}: oops`), { code, syscall: 'write' });

describe('toStoreError', () => {
  it.each([
    ['SQLITE_FULL', 'full', /disk holding \/data\/swarmlab\.db is full/],
    ['SQLITE_READONLY', 'unwritable', /\/data\/swarmlab\.db cannot be written/],
    ['SQLITE_READONLY_DBMOVED', 'unwritable', /cannot be written/],
    ['SQLITE_NOTADB', 'corrupt', /\/data\/swarmlab\.db is not a usable swarmlab database/],
    ['SQLITE_CORRUPT_INDEX', 'corrupt', /not a usable/],
    ['SQLITE_BUSY', 'busy', /locked by another process/],
    ['SQLITE_IOERR_WRITE', 'io', /input\/output error on \/data\/swarmlab\.db/],
  ])('%s becomes StoreError %s', (sqliteCode, code, message) => {
    const error = toStoreError(new Database.SqliteError('sqlite says no', sqliteCode), file);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code, file, message: expect.stringMatching(message) });
  });

  it.each([
    ['ENOSPC', 'full'],
    ['EACCES', 'unwritable'],
    ['EROFS', 'unwritable'],
    ['EIO', 'io'],
  ])('file-system error %s becomes StoreError %s', (nodeCode, code) => {
    expect(toStoreError(systemError(nodeCode), file)).toMatchObject({ code, file });
  });

  it('lets programming errors through unchanged', () => {
    const bug = new TypeError('not a function');
    expect(toStoreError(bug, file)).toBe(bug);
    const nodeBug = Object.assign(new TypeError('bad arg'), { code: 'ERR_INVALID_ARG_TYPE' });
    expect(toStoreError(nodeBug, file)).toBe(nodeBug);
  });

  it('guardFor rethrows a write failure as StoreError with the original as cause', () => {
    const full = new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
    const guard = guardFor(file);
    expect(guard(() => 42)).toBe(42);
    try {
      guard(() => {
        throw full;
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ name: 'StoreError', code: 'full', cause: full });
    }
  });
});
