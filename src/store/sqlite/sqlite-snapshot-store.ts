import type Database from 'better-sqlite3';
import { fromJson, toJson } from '../json.js';
import type { Snapshot, SnapshotStore } from '../snapshot-store.js';
import type { Guard } from '../store-error.js';

/** snapshotsKept is how many snapshots per stream SqliteSnapshotStore keeps by default. */
export const snapshotsKept = 3;

/** SqliteSnapshotStore is the SnapshotStore kept in the `snapshots` table. */
export class SqliteSnapshotStore implements SnapshotStore {
  private readonly saveTx;
  private readonly newest;

  constructor(
    db: Database.Database,
    private readonly guard: Guard,
    keep = snapshotsKept,
  ) {
    const upsert = db.prepare<[string, number, string]>(
      'INSERT OR REPLACE INTO snapshots (stream, seq, state) VALUES (?, ?, ?)',
    );
    // Older snapshots are kept for a while in case the newest one turns out to be unusable.
    const trim = db.prepare<[string, string, number]>(
      `DELETE FROM snapshots WHERE stream = ? AND seq NOT IN
         (SELECT seq FROM snapshots WHERE stream = ? ORDER BY seq DESC LIMIT ?)`,
    );
    this.newest = db.prepare<[string], { seq: number; state: string }>(
      'SELECT seq, state FROM snapshots WHERE stream = ? ORDER BY seq DESC LIMIT 1',
    );
    this.saveTx = db.transaction((stream: string, seq: number, state: string) => {
      upsert.run(stream, seq, state);
      trim.run(stream, stream, keep);
    }).immediate;
  }

  save(stream: string, seq: number, state: unknown): void {
    const text = toJson(state, `snapshot ${seq} of stream "${stream}"`);
    this.guard(() => this.saveTx(stream, seq, text));
  }

  latest(stream: string): Snapshot | undefined {
    const row = this.guard(() => this.newest.get(stream));
    return row === undefined ? undefined : { seq: row.seq, state: fromJson(row.state) };
  }
}
