// The storage layer: plain data in, plain data out, over one SQLite file. Imports nothing of ours.
export type { AppendResult, EventLog, NewEvent, StoredEvent } from './event-log.js';
export type { Migration } from './migrations/migration.js';
export { migrations } from './migrations/index.js';
export type { FileStore, HomeFile, HomeFileChange, HomeRef } from './file-store.js';
export { defaultFileName, openStore, type StoreOptions } from './open-store.js';
export type { Progress, ProgressFilter, ProgressStore } from './progress-store.js';
export type {
  ChunkKind,
  PruneLimits,
  PruneResult,
  RecordingBatch,
  RecordingChunk,
  RecordingSession,
  RecordingStore,
} from './recording-store.js';
export type { SettingsStore } from './settings-store.js';
export type { Snapshot, SnapshotStore } from './snapshot-store.js';
export { sshFingerprint } from './ssh-fingerprint.js';
export type { Store } from './store.js';
export { StoreError, type StoreErrorCode } from './store-error.js';
export type { Team, TeamStore } from './team-store.js';
export type { NewKey, RememberedKey, User, UserStore } from './user-store.js';
