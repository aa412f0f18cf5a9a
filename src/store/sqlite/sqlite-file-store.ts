import type Database from 'better-sqlite3';
import type { FileStore, HomeFile, HomeFileChange, HomeRef } from '../file-store.js';
import type { Guard } from '../store-error.js';

type Row = { path: string; kind: 'file' | 'dir'; content: string; mtime: number };

/** SqliteFileStore is the FileStore kept in the `home_files` table. */
export class SqliteFileStore implements FileStore {
  // Prepared on first use: a store opened with an older migration list (tests) has no home_files.
  private statements: ReturnType<typeof prepare> | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly guard: Guard,
  ) {}

  private get sql(): ReturnType<typeof prepare> {
    this.statements ??= prepare(this.db);
    return this.statements;
  }

  list(home: HomeRef): HomeFile[] {
    return this.guard(() => this.sql.selectHome.all(home.team, home.node, home.user)).map((r) => ({ path: r.path, kind: r.kind, content: r.content, mtime: r.mtime }));
  }

  apply(home: HomeRef, changes: readonly HomeFileChange[]): void {
    this.guard(() => this.sql.applyAll(home, changes));
  }

  teamBytes(team: string): number {
    return this.guard(() => this.sql.sumTeam.get(team) ?? 0);
  }

  removeTeam(team: string): number {
    return this.guard(() => this.sql.removeAll.run(team).changes);
  }
}

function prepare(db: Database.Database) {
  const upsert = db.prepare<[string, string, string, string, string, string, number, number]>(
    'INSERT OR REPLACE INTO home_files (team, node, user, path, kind, content, bytes, mtime) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const remove = db.prepare<[string, string, string, string]>('DELETE FROM home_files WHERE team = ? AND node = ? AND user = ? AND path = ?');
  return {
    selectHome: db.prepare<[string, string, string], Row>('SELECT path, kind, content, mtime FROM home_files WHERE team = ? AND node = ? AND user = ? ORDER BY path'),
    sumTeam: db.prepare<[string], number>('SELECT coalesce(sum(bytes), 0) FROM home_files WHERE team = ?').pluck(),
    removeAll: db.prepare<[string]>('DELETE FROM home_files WHERE team = ?'),
    applyAll: db.transaction((home: HomeRef, changes: readonly HomeFileChange[]) => {
      for (const c of changes) {
        if (c.op === 'delete') remove.run(home.team, home.node, home.user, c.path);
        else upsert.run(home.team, home.node, home.user, c.file.path, c.file.kind, c.file.content, Buffer.byteLength(c.file.content), c.file.mtime);
      }
    }),
  };
}
