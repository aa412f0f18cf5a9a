import type Database from 'better-sqlite3';
import type { PruneLimits, PruneResult } from '../recording-store.js';

interface Victim {
  id: string;
  bytes: number;
}

/** RecordingPruner deletes old recordings by age, then by total size; chunks go by ON DELETE CASCADE. */
export class RecordingPruner {
  private readonly staleSessions;
  private readonly endedOldestFirst;
  private readonly totalBytes;
  private readonly remove;
  private readonly pruneTx;

  constructor(db: Database.Database) {
    this.staleSessions = db.prepare<[number], Victim>(
      'SELECT id, bytes FROM recording_sessions WHERE coalesce(ended_at, active_at) < ?',
    );
    this.endedOldestFirst = db.prepare<[], Victim>(
      'SELECT id, bytes FROM recording_sessions WHERE ended_at IS NOT NULL ORDER BY started_at, rowid',
    );
    this.totalBytes = db.prepare<[], number>('SELECT coalesce(sum(bytes), 0) FROM recording_sessions').pluck();
    this.remove = db.prepare<[string]>('DELETE FROM recording_sessions WHERE id = ?');
    this.pruneTx = db.transaction((limits: PruneLimits) => this.pruneNow(limits)).immediate;
  }

  /** prune applies `limits` in one transaction and counts what it removed. */
  prune(limits: PruneLimits): PruneResult {
    return this.pruneTx(limits);
  }

  private pruneNow({ now, maxAgeMs, maxBytes }: PruneLimits): PruneResult {
    const victims: Victim[] = maxAgeMs === undefined ? [] : this.staleSessions.all(now - maxAgeMs);
    if (maxBytes !== undefined) {
      const doomed = new Set(victims.map((victim) => victim.id));
      let total = this.totalBytes.get() ?? 0;
      total -= victims.reduce((sum, victim) => sum + victim.bytes, 0);
      for (const candidate of this.endedOldestFirst.all()) {
        if (total <= maxBytes) break;
        if (doomed.has(candidate.id)) continue;
        victims.push(candidate);
        total -= candidate.bytes;
      }
    }
    for (const victim of victims) this.remove.run(victim.id);
    return { sessions: victims.length, bytes: victims.reduce((sum, victim) => sum + victim.bytes, 0) };
  }
}
