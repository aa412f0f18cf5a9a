// The first schema: event log and snapshots per stream, settings, teams, users and their keys,
// lesson progress and session recordings. Times are milliseconds since the epoch; JSON is TEXT.
import type { Migration } from './migration.js';

/** initial creates every table of the first release. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      -- last_seq keeps append and lastSeq O(1) and lists streams without scanning events.
      CREATE TABLE streams (
        name     TEXT PRIMARY KEY,
        last_seq INTEGER NOT NULL
      );
      CREATE TABLE events (
        stream      TEXT    NOT NULL,
        seq         INTEGER NOT NULL CHECK (seq >= 1),
        type        TEXT    NOT NULL,
        data        TEXT    NOT NULL,
        recorded_at INTEGER NOT NULL,
        PRIMARY KEY (stream, seq)
      );
      CREATE TABLE snapshots (
        stream TEXT    NOT NULL,
        seq    INTEGER NOT NULL,
        state  TEXT    NOT NULL,
        PRIMARY KEY (stream, seq)
      );
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE teams (
        name       TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        options    TEXT    NOT NULL
      );
      -- assigned_team is not a foreign key: an instructor may assign a team before it exists.
      CREATE TABLE users (
        name          TEXT PRIMARY KEY,
        assigned_team TEXT,
        created_at    INTEGER NOT NULL
      );
      CREATE TABLE user_keys (
        key_type    TEXT    NOT NULL,
        key_base64  TEXT    NOT NULL,
        user        TEXT    NOT NULL REFERENCES users (name) ON DELETE CASCADE,
        fingerprint TEXT    NOT NULL,
        added_at    INTEGER NOT NULL,
        PRIMARY KEY (key_type, key_base64)
      );
      CREATE INDEX user_keys_by_user ON user_keys (user);
      CREATE TABLE progress (
        user       TEXT    NOT NULL,
        team       TEXT    NOT NULL,
        lesson     TEXT    NOT NULL,
        step       INTEGER NOT NULL,
        data       TEXT    NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (user, team, lesson)
      );
      -- bytes and active_at are kept up to date by appendChunks so pruning never sums chunks.
      CREATE TABLE recording_sessions (
        id         TEXT PRIMARY KEY,
        user       TEXT    NOT NULL,
        team       TEXT    NOT NULL,
        node       TEXT    NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at   INTEGER,
        cols       INTEGER NOT NULL,
        rows       INTEGER NOT NULL,
        bytes      INTEGER NOT NULL DEFAULT 0,
        active_at  INTEGER NOT NULL
      );
      CREATE INDEX recording_sessions_by_user ON recording_sessions (user, started_at);
      CREATE TABLE recording_chunks (
        id      INTEGER PRIMARY KEY,
        session TEXT    NOT NULL REFERENCES recording_sessions (id) ON DELETE CASCADE,
        t       INTEGER NOT NULL,
        kind    TEXT    NOT NULL CHECK (kind IN ('o', 'i', 'r')),
        data    TEXT    NOT NULL
      );
      CREATE INDEX recording_chunks_by_session ON recording_chunks (session, id);
    `);
  },
};
