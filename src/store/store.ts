import type { EventLog } from './event-log.js';
import type { FileStore } from './file-store.js';
import type { ProgressStore } from './progress-store.js';
import type { RecordingStore } from './recording-store.js';
import type { SettingsStore } from './settings-store.js';
import type { SnapshotStore } from './snapshot-store.js';
import type { TeamStore } from './team-store.js';
import type { UserStore } from './user-store.js';

/** Store is one open swarmlab database, one member per concern. */
export interface Store {
  /** file is the path of the database file. */
  readonly file: string;
  readonly events: EventLog;
  readonly snapshots: SnapshotStore;
  readonly settings: SettingsStore;
  readonly teams: TeamStore;
  readonly users: UserStore;
  readonly progress: ProgressStore;
  readonly recordings: RecordingStore;
  readonly files: FileStore;
  /** schemaVersion is the schema version of the open database. */
  readonly schemaVersion: number;
  /**
   * transaction runs `work` in one transaction across every concern (a team reset: delete the
   * stream, append the fresh cluster). Operations inside become savepoints; nothing is committed
   * until `work` returns, and nothing at all if it throws. `work` must be synchronous.
   */
  transaction<T>(work: () => T): T;
  /** close checkpoints the write-ahead log into the database file and closes it; closing twice is harmless. */
  close(): void;
}
