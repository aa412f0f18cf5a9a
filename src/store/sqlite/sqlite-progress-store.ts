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
  private readonly selectAll;
  private readonly selectOfTeam;
  private readonly selectOfUser;
  private readonly selectOfUserInTeam;

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
    // One statement per filter shape, so each reads through an index (the primary key, or
    // progress_by_team) instead of scanning the classroom's progress.
    const ordered = 'ORDER BY team, user, lesson';
    this.selectAll = db.prepare<[], ProgressRow>(`SELECT ${columns} FROM progress ${ordered}`);
    this.selectOfTeam = db.prepare<[string], ProgressRow>(`SELECT ${columns} FROM progress WHERE team = ? ${ordered}`);
    this.selectOfUser = db.prepare<[string], ProgressRow>(`SELECT ${columns} FROM progress WHERE user = ? ${ordered}`);
    this.selectOfUserInTeam = db.prepare<[string, string], ProgressRow>(`SELECT ${columns} FROM progress WHERE user = ? AND team = ? ${ordered}`);
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
    const { user, team } = filter;
    const rows = this.guard(() => {
      if (user !== undefined && team !== undefined) return this.selectOfUserInTeam.all(user, team);
      if (user !== undefined) return this.selectOfUser.all(user);
      if (team !== undefined) return this.selectOfTeam.all(team);
      return this.selectAll.all();
    });
    return rows.map(toProgress);
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
