import type Database from 'better-sqlite3';
import { paged, pageSize } from '../paged.js';
import type {
  ChunkKind,
  PruneLimits,
  PruneResult,
  RecordingBatch,
  RecordingChunk,
  RecordingSession,
  RecordingStore,
} from '../recording-store.js';
import type { Guard } from '../store-error.js';
import { RecordingPruner } from './recording-pruner.js';

interface SessionRow {
  id: string;
  user: string;
  team: string;
  node: string;
  started_at: number;
  ended_at: number | null;
  cols: number;
  rows: number;
}

interface ChunkRow {
  id: number;
  t: number;
  kind: ChunkKind;
  data: string;
}

const sessionColumns = 'id, user, team, node, started_at, ended_at, cols, rows';

/** SqliteRecordingStore is the RecordingStore kept in `recording_sessions` and `recording_chunks`. */
export class SqliteRecordingStore implements RecordingStore {
  private readonly insertSession;
  private readonly selectSession;
  private readonly newestOf;
  private readonly setEnded;
  private readonly chunkPage;
  private readonly appendTx;
  private readonly appendBatchesTx;
  private readonly pruner;

  constructor(
    db: Database.Database,
    private readonly guard: Guard,
  ) {
    this.insertSession = db.prepare<[string, string, string, string, number, number, number, number]>(
      `INSERT INTO recording_sessions (id, user, team, node, started_at, cols, rows, active_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectSession = db.prepare<[string], SessionRow>(`SELECT ${sessionColumns} FROM recording_sessions WHERE id = ?`);
    this.newestOf = db.prepare<[string], SessionRow>(
      `SELECT ${sessionColumns} FROM recording_sessions WHERE user = ? ORDER BY started_at DESC, rowid DESC LIMIT 1`,
    );
    this.setEnded = db.prepare<[number, number, string]>(
      'UPDATE recording_sessions SET ended_at = ?, active_at = max(active_at, ?) WHERE id = ?',
    );
    this.chunkPage = db.prepare<[string, number, number], ChunkRow>(
      'SELECT id, t, kind, data FROM recording_chunks WHERE session = ? AND id > ? ORDER BY id LIMIT ?',
    );
    const insertChunk = db.prepare<[string, number, ChunkKind, string]>(
      'INSERT INTO recording_chunks (session, t, kind, data) VALUES (?, ?, ?, ?)',
    );
    const grow = db.prepare<[number, number, string]>(
      'UPDATE recording_sessions SET bytes = bytes + ?, active_at = max(active_at, started_at + ?) WHERE id = ?',
    );
    // append writes one session's chunks; false when the session does not exist (nothing written).
    const append = (id: string, chunks: readonly RecordingChunk[]): boolean => {
      let bytes = 0;
      let lastT = 0;
      for (const chunk of chunks) {
        bytes += Buffer.byteLength(chunk.data, 'utf8');
        if (chunk.t > lastT) lastT = chunk.t;
      }
      if (grow.run(bytes, lastT, id).changes === 0) return false;
      for (const chunk of chunks) insertChunk.run(id, chunk.t, chunk.kind, chunk.data);
      return true;
    };
    this.appendTx = db.transaction((id: string, chunks: readonly RecordingChunk[]) => {
      if (!append(id, chunks)) throw new Error(`no recording session "${id}"`);
    }).immediate;
    this.appendBatchesTx = db.transaction((batches: readonly RecordingBatch[]) =>
      batches.filter((batch) => batch.chunks.length > 0 && !append(batch.id, batch.chunks)).map((batch) => batch.id),
    ).immediate;
    this.pruner = new RecordingPruner(db);
  }

  startSession(session: RecordingSession): void {
    const { id, user, team, node, startedAt, cols, rows } = session;
    this.guard(() => this.insertSession.run(id, user, team, node, startedAt, cols, rows, startedAt));
  }

  appendChunks(id: string, chunks: readonly RecordingChunk[]): void {
    if (chunks.length > 0) this.guard(() => this.appendTx(id, chunks));
  }

  appendBatches(batches: readonly RecordingBatch[]): string[] {
    if (!batches.some((batch) => batch.chunks.length > 0)) return [];
    return this.guard(() => this.appendBatchesTx(batches));
  }

  endSession(id: string, endedAt: number): void {
    this.guard(() => this.setEnded.run(endedAt, endedAt, id));
  }

  session(id: string): RecordingSession | undefined {
    const row = this.guard(() => this.selectSession.get(id));
    return row === undefined ? undefined : toSession(row);
  }

  latestSessionOf(user: string): RecordingSession | undefined {
    const row = this.guard(() => this.newestOf.get(user));
    return row === undefined ? undefined : toSession(row);
  }

  chunks(id: string): Iterable<RecordingChunk> {
    return paged(
      0,
      (after) => this.guard(() => this.chunkPage.all(id, after, pageSize)),
      (row) => row.id,
      (row): RecordingChunk => ({ t: row.t, kind: row.kind, data: row.data }),
    );
  }

  prune(limits: PruneLimits): PruneResult {
    return this.guard(() => this.pruner.prune(limits));
  }
}

function toSession(row: SessionRow): RecordingSession {
  const { id, user, team, node, cols, rows } = row;
  const session = { id, user, team, node, startedAt: row.started_at, cols, rows };
  return row.ended_at === null ? session : { ...session, endedAt: row.ended_at };
}
