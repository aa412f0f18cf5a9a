import type Database from 'better-sqlite3';
import { sshFingerprint } from '../ssh-fingerprint.js';
import type { Guard } from '../store-error.js';
import type { NewKey, RememberedKey, User, UserStore } from '../user-store.js';

interface UserRow {
  name: string;
  assigned_team: string | null;
  created_at: number;
}

interface KeyRow {
  user: string;
  key_type: string;
  key_base64: string;
  fingerprint: string;
  added_at: number;
}

const userColumns = 'users.name, users.assigned_team, users.created_at';

/** SqliteUserStore is the UserStore kept in the `users` and `user_keys` tables. */
export class SqliteUserStore implements UserStore {
  private readonly insertUser;
  private readonly selectUser;
  private readonly selectUsers;
  private readonly setTeam;
  private readonly upsertKey;
  private readonly userByKey;
  private readonly keysByUser;
  private readonly keyRow;
  private readonly ensureTx;
  private readonly assignTx;
  private readonly rememberTx;

  constructor(
    db: Database.Database,
    private readonly guard: Guard,
  ) {
    this.insertUser = db.prepare<[string, number]>('INSERT OR IGNORE INTO users (name, created_at) VALUES (?, ?)');
    this.selectUser = db.prepare<[string], UserRow>(`SELECT ${userColumns} FROM users WHERE name = ?`);
    this.selectUsers = db.prepare<[], UserRow>(`SELECT ${userColumns} FROM users ORDER BY name`);
    this.setTeam = db.prepare<[string | null, string]>('UPDATE users SET assigned_team = ? WHERE name = ?');
    this.upsertKey = db.prepare<[string, string, string, string, number]>(
      // Seeing a key again keeps its first addedAt; a key claimed by another user moves to them.
      `INSERT INTO user_keys (key_type, key_base64, user, fingerprint, added_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key_type, key_base64) DO UPDATE SET
         added_at = CASE WHEN user = excluded.user THEN added_at ELSE excluded.added_at END,
         user = excluded.user`,
    );
    this.keyRow = db.prepare<[string, string], KeyRow>(
      'SELECT user, key_type, key_base64, fingerprint, added_at FROM user_keys WHERE key_type = ? AND key_base64 = ?',
    );
    this.userByKey = db.prepare<[string, string], UserRow>(
      `SELECT ${userColumns} FROM user_keys JOIN users ON users.name = user_keys.user
       WHERE user_keys.key_type = ? AND user_keys.key_base64 = ?`,
    );
    this.keysByUser = db.prepare<[string], KeyRow>(
      'SELECT user, key_type, key_base64, fingerprint, added_at FROM user_keys WHERE user = ? ORDER BY added_at, rowid',
    );
    this.ensureTx = db.transaction((name: string, createdAt: number): UserRow => {
      this.insertUser.run(name, createdAt);
      const row = this.selectUser.get(name);
      if (row === undefined) throw new Error(`user "${name}" vanished inside its own transaction`);
      return row;
    }).immediate;
    this.assignTx = db.transaction((name: string, team: string | null, now: number) => {
      this.insertUser.run(name, now);
      this.setTeam.run(team, name);
    }).immediate;
    this.rememberTx = db.transaction((key: NewKey, fingerprint: string): KeyRow => {
      this.insertUser.run(key.user, key.addedAt);
      this.upsertKey.run(key.keyType, key.keyBase64, key.user, fingerprint, key.addedAt);
      const row = this.keyRow.get(key.keyType, key.keyBase64);
      if (row === undefined) throw new Error(`key ${fingerprint} vanished inside its own transaction`);
      return row;
    }).immediate;
  }

  ensure(name: string, createdAt: number): User {
    return toUser(this.guard(() => this.ensureTx(name, createdAt)));
  }

  get(name: string): User | undefined {
    const row = this.guard(() => this.selectUser.get(name));
    return row === undefined ? undefined : toUser(row);
  }

  list(): User[] {
    return this.guard(() => this.selectUsers.all()).map(toUser);
  }

  assign(name: string, team: string | undefined, now: number): void {
    this.guard(() => this.assignTx(name, team ?? null, now));
  }

  rememberKey(key: NewKey): RememberedKey {
    const fingerprint = sshFingerprint(key.keyBase64);
    return toKey(this.guard(() => this.rememberTx(key, fingerprint)));
  }

  findUserByKey(keyType: string, keyBase64: string): User | undefined {
    const row = this.guard(() => this.userByKey.get(keyType, keyBase64));
    return row === undefined ? undefined : toUser(row);
  }

  keysOf(user: string): RememberedKey[] {
    return this.guard(() => this.keysByUser.all(user)).map(toKey);
  }
}

function toUser(row: UserRow): User {
  const user = { name: row.name, createdAt: row.created_at };
  return row.assigned_team === null ? user : { ...user, assignedTeam: row.assigned_team };
}

function toKey(row: KeyRow): RememberedKey {
  return {
    user: row.user,
    keyType: row.key_type,
    keyBase64: row.key_base64,
    fingerprint: row.fingerprint,
    addedAt: row.added_at,
  };
}
