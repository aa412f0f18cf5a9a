import type Database from 'better-sqlite3';
import type { SettingsStore } from '../settings-store.js';
import type { Guard } from '../store-error.js';

/** SqliteSettingsStore is the SettingsStore kept in the `settings` table. */
export class SqliteSettingsStore implements SettingsStore {
  private readonly select;
  private readonly upsert;

  constructor(
    db: Database.Database,
    private readonly guard: Guard,
  ) {
    this.select = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
    this.upsert = db.prepare<[string, string]>('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
  }

  get(key: string): string | undefined {
    return this.guard(() => this.select.get(key));
  }

  set(key: string, value: string): void {
    this.guard(() => this.upsert.run(key, value));
  }
}
