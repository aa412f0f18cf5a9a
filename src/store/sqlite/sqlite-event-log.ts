import type Database from 'better-sqlite3';
import type { AppendResult, EventLog, NewEvent, StoredEvent } from '../event-log.js';
import { fromJson, toJson } from '../json.js';
import { paged, pageSize } from '../paged.js';
import type { Guard } from '../store-error.js';

interface EventRow {
  seq: number;
  type: string;
  data: string;
  recorded_at: number;
}

/** SqliteEventLog is the EventLog kept in the `streams`, `events` and `snapshots` tables. */
export class SqliteEventLog implements EventLog {
  private readonly lastSeqOf;
  private readonly setLastSeq;
  private readonly insert;
  private readonly page;
  private readonly names;
  private readonly deleteEvents;
  private readonly deleteSnapshots;
  private readonly deleteName;
  private readonly appendTx;
  private readonly deleteTx;

  constructor(
    db: Database.Database,
    private readonly guard: Guard,
  ) {
    this.lastSeqOf = db.prepare<[string], number>('SELECT last_seq FROM streams WHERE name = ?').pluck();
    this.setLastSeq = db.prepare<[string, number]>(
      `INSERT INTO streams (name, last_seq) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET last_seq = excluded.last_seq`,
    );
    this.insert = db.prepare<[string, number, string, string, number]>(
      'INSERT INTO events (stream, seq, type, data, recorded_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.page = db.prepare<[string, number, number], EventRow>(
      'SELECT seq, type, data, recorded_at FROM events WHERE stream = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    this.names = db.prepare<[], string>('SELECT name FROM streams ORDER BY name').pluck();
    this.deleteEvents = db.prepare<[string]>('DELETE FROM events WHERE stream = ?');
    this.deleteSnapshots = db.prepare<[string]>('DELETE FROM snapshots WHERE stream = ?');
    this.deleteName = db.prepare<[string]>('DELETE FROM streams WHERE name = ?');
    // Immediate: take the write lock before reading last_seq, so no other writer can interleave.
    this.appendTx = db.transaction((stream: string, rows: readonly [string, string][], at: number) =>
      this.appendRows(stream, rows, at),
    ).immediate;
    this.deleteTx = db.transaction((stream: string) => {
      this.deleteEvents.run(stream);
      this.deleteSnapshots.run(stream);
      this.deleteName.run(stream);
    }).immediate;
  }

  append(stream: string, events: readonly NewEvent[], recordedAt: number): AppendResult {
    // Serialise before the transaction: a value that is not JSON fails with nothing written.
    const rows = events.map((event, index): [string, string] => [
      event.type,
      toJson(event.data, `event ${index} (${event.type}) for stream "${stream}"`),
    ]);
    if (rows.length === 0) {
      const last = this.lastSeq(stream);
      return { firstSeq: last + 1, lastSeq: last };
    }
    // better-sqlite3 commits before the transaction function returns, so the result means "on disk".
    return this.guard(() => this.appendTx(stream, rows, recordedAt));
  }

  read(stream: string, afterSeq = 0): Iterable<StoredEvent> {
    return paged(
      afterSeq,
      (after) => this.guard(() => this.page.all(stream, after, pageSize)),
      (row) => row.seq,
      (row): StoredEvent => ({ stream, seq: row.seq, type: row.type, data: fromJson(row.data), recordedAt: row.recorded_at }),
    );
  }

  lastSeq(stream: string): number {
    return this.guard(() => this.lastSeqOf.get(stream) ?? 0);
  }

  streams(): string[] {
    return this.guard(() => this.names.all());
  }

  deleteStream(stream: string): void {
    this.guard(() => this.deleteTx(stream));
  }

  private appendRows(stream: string, rows: readonly [string, string][], at: number): AppendResult {
    const firstSeq = (this.lastSeqOf.get(stream) ?? 0) + 1;
    rows.forEach(([type, data], index) => this.insert.run(stream, firstSeq + index, type, data, at));
    const lastSeq = firstSeq + rows.length - 1;
    this.setLastSeq.run(stream, lastSeq);
    return { firstSeq, lastSeq };
  }
}
