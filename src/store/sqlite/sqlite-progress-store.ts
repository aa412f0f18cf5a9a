import type Database from 'better-sqlite3';
import { fromJson, toJson } from '../json.js';
import type { Progress, ProgressFilter, ProgressStore } from '../progress-store.js';
import type { Guard } from '../store-error.js';

interface ProgressRow {
  user: string;
  team: string;
  lesson: string;
  step: number;
  data: string;
  updated_at: number;
}

const columns = 'user, team, lesson, step, data, updated_at';

/** SqliteProgressStore is the ProgressStore kept in the `progress` table. */
export class SqliteProgressStore implements ProgressStore {
  private readonly select;
  private readonly upsert;
  private readonly selectMatching;

  constructor(
    db: Database.Database,
    private readonly guard: Guard,
  ) {
    this.select = db.prepare<[string, string, string], ProgressRow>(
      `SELECT ${columns} FROM progress WHERE user = ? AND team = ? AND lesson = ?`,
    );
    this.upsert = db.prepare<[string, string, string, number, string, number]>(
      `INSERT OR REPLACE INTO progress (${columns}) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    // A NULL filter value matches every row, so one statement serves all four filter shapes.
    this.selectMatching = db.prepare<{ user: string | null; team: string | null }, ProgressRow>(
      `SELECT ${columns} FROM progress
       WHERE (:user IS NULL OR user = :user) AND (:team IS NULL OR team = :team)
       ORDER BY team, user, lesson`,
    );
  }

  get(user: string, team: string, lesson: string): Progress | undefined {
    const row = this.guard(() => this.select.get(user, team, lesson));
    return row === undefined ? undefined : toProgress(row);
  }

  put(progress: Progress): void {
    const { user, team, lesson } = progress;
    const data = toJson(progress.data, `progress data of ${user} in ${team}/${lesson}`);
    this.guard(() => this.upsert.run(user, team, lesson, progress.step, data, progress.updatedAt));
  }

  list(filter: ProgressFilter = {}): Progress[] {
    const params = { user: filter.user ?? null, team: filter.team ?? null };
    return this.guard(() => this.selectMatching.all(params)).map(toProgress);
  }
}

function toProgress(row: ProgressRow): Progress {
  return {
    user: row.user,
    team: row.team,
    lesson: row.lesson,
    step: row.step,
    data: fromJson(row.data),
    updatedAt: row.updated_at,
  };
}
