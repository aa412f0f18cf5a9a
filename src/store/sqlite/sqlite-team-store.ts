import type Database from 'better-sqlite3';
import { fromJson, toJson } from '../json.js';
import type { Guard } from '../store-error.js';
import type { Team, TeamStore } from '../team-store.js';

interface TeamRow {
  name: string;
  created_at: number;
  options: string;
}

/** SqliteTeamStore is the TeamStore kept in the `teams` table. */
export class SqliteTeamStore implements TeamStore {
  private readonly insert;
  private readonly select;
  private readonly selectAll;
  private readonly delete;

  constructor(
    db: Database.Database,
    private readonly guard: Guard,
  ) {
    // OR IGNORE: two logins naming a new team at once both succeed, and the first one creates it.
    this.insert = db.prepare<[string, number, string]>(
      'INSERT OR IGNORE INTO teams (name, created_at, options) VALUES (?, ?, ?)',
    );
    this.select = db.prepare<[string], TeamRow>('SELECT name, created_at, options FROM teams WHERE name = ?');
    this.selectAll = db.prepare<[], TeamRow>('SELECT name, created_at, options FROM teams ORDER BY name');
    this.delete = db.prepare<[string]>('DELETE FROM teams WHERE name = ?');
  }

  create(team: Team): boolean {
    const options = toJson(team.options, `options of team "${team.name}"`);
    return this.guard(() => this.insert.run(team.name, team.createdAt, options).changes === 1);
  }

  get(name: string): Team | undefined {
    const row = this.guard(() => this.select.get(name));
    return row === undefined ? undefined : toTeam(row);
  }

  list(): Team[] {
    return this.guard(() => this.selectAll.all()).map(toTeam);
  }

  remove(name: string): boolean {
    return this.guard(() => this.delete.run(name).changes === 1);
  }
}

function toTeam(row: TeamRow): Team {
  return { name: row.name, createdAt: row.created_at, options: fromJson(row.options) };
}
