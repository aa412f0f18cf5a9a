import type Database from 'better-sqlite3';
import type { Store } from '../store.js';
import type { Guard } from '../store-error.js';
import { SqliteEventLog } from './sqlite-event-log.js';
import { SqliteFileStore } from './sqlite-file-store.js';
import { SqliteProgressStore } from './sqlite-progress-store.js';
import { SqliteRecordingStore } from './sqlite-recording-store.js';
import { SqliteSettingsStore } from './sqlite-settings-store.js';
import { SqliteSnapshotStore } from './sqlite-snapshot-store.js';
import { SqliteTeamStore } from './sqlite-team-store.js';
import { SqliteUserStore } from './sqlite-user-store.js';

/** SqliteStore is the Store over one open, configured and migrated better-sqlite3 connection. */
export class SqliteStore implements Store {
  readonly events;
  readonly snapshots;
  readonly settings;
  readonly teams;
  readonly users;
  readonly progress;
  readonly recordings;
  readonly files;

  constructor(
    private readonly db: Database.Database,
    readonly file: string,
    readonly schemaVersion: number,
    private readonly guard: Guard,
  ) {
    this.events = new SqliteEventLog(db, guard);
    this.snapshots = new SqliteSnapshotStore(db, guard);
    this.settings = new SqliteSettingsStore(db, guard);
    this.teams = new SqliteTeamStore(db, guard);
    this.users = new SqliteUserStore(db, guard);
    this.progress = new SqliteProgressStore(db, guard);
    this.recordings = new SqliteRecordingStore(db, guard);
    this.files = new SqliteFileStore(db, guard);
  }

  transaction<T>(work: () => T): T {
    return this.guard(() => this.db.transaction(work).immediate());
  }

  close(): void {
    if (!this.db.open) return;
    this.guard(() => {
      // TRUNCATE moves every committed page into the main file and empties the log, so the data
      // directory holds one self-contained file that can be copied as a backup.
      if (!this.db.readonly) this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    });
  }
}
