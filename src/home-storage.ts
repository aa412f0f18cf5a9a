// Adapts the SQLite store's FileStore to the shell's HomeStorage port: a storage failure becomes
// the errno the user sees (a full disk: No space left on device; a read-only one: Read-only file
// system) and is logged once for the operator.

import type { Logger } from 'pino';
import type { FsCode } from './shell/fs/fs-errors.js';
import type { HomeStorage } from './shell/fs/home-storage.js';
import { StoreError, type Store } from './store/index.js';

/** storeHomeStorage keeps homes in the store's home_files table. */
export function storeHomeStorage(store: Store, log: Logger): HomeStorage {
  const guarded = <T>(what: string, work: () => T): T | FsCode => {
    try {
      return work();
    } catch (error) {
      log.error({ err: error, what }, 'saving or loading files failed');
      if (error instanceof StoreError) return error.code === 'full' ? 'ENOSPC' : error.code === 'unwritable' ? 'EROFS' : 'EIO';
      return 'EIO';
    }
  };
  return {
    load: (home) => guarded('load', () => store.files.list(home)),
    teamBytes: (team) => guarded('teamBytes', () => store.files.teamBytes(team)),
    save: (home, changes) => {
      const result = guarded('save', () => store.files.apply(home, changes.map((c) => (c.op === 'put' ? { op: 'put', file: c.entry } : c))));
      return result === undefined ? undefined : result;
    },
  };
}
