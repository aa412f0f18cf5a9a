// The classroom: its teams (one live cluster each, opened on first use), its codes, and who is
// connected. The SSH edge and the instructor tools talk to the lab, never to the store directly.

import { randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import type { Entropy, TopologySpec } from '../cluster/index.js';
import type { Store } from '../store/index.js';
import { Presence } from './presence.js';
import { Team } from './team.js';
import type { Timers } from './timers.js';

/** DEFAULT_TEAM is the team of a login that names none and has no assignment. */
export const DEFAULT_TEAM = 'default';

/** LabOptions configures a classroom. */
export interface LabOptions {
  store: Store;
  timers: Timers;
  entropy: Entropy;
  log: Logger;
  topology: TopologySpec;
  joinCode?: string;
  instructorCode?: string;
}

/** Lab is one classroom. */
export class Lab {
  readonly presence = new Presence();
  private readonly teams = new Map<string, Team>();
  readonly joinCode: string;
  readonly instructorCode: string;

  constructor(private readonly options: LabOptions) {
    this.joinCode = this.code('join_code', options.joinCode);
    this.instructorCode = this.code('instructor_code', options.instructorCode);
    for (const team of options.store.teams.list()) this.openTeam(team.name);
    if (!this.teams.has(DEFAULT_TEAM)) this.team(DEFAULT_TEAM);
  }

  /** log is the classroom's logger. */
  get log(): Logger {
    return this.options.log;
  }

  /** store is the classroom's database. */
  get store(): Store {
    return this.options.store;
  }

  /** locked is true when logins may not create new teams. */
  get locked(): boolean {
    return this.options.store.settings.get('locked') === 'true';
  }

  /** setLocked locks or unlocks team creation. */
  setLocked(locked: boolean): void {
    this.options.store.settings.set('locked', String(locked));
  }

  /** hasTeam reports whether a team exists. */
  hasTeam(name: string): boolean {
    return this.teams.has(name);
  }

  /** teamNames lists the teams, sorted. */
  teamNames(): string[] {
    return [...this.teams.keys()].sort();
  }

  /** team returns a team, creating it (with the classroom topology) if it does not exist yet. */
  team(name: string): Team {
    const existing = this.teams.get(name);
    if (existing) return existing;
    this.options.store.teams.create({ name, createdAt: this.options.timers.now(), options: { topology: this.options.topology } });
    return this.openTeam(name);
  }

  /** teamOfUser returns the team an instructor assigned the user to, else the default team. */
  teamOfUser(user: string): string {
    return this.options.store.users.get(user)?.assignedTeam ?? DEFAULT_TEAM;
  }

  /** close stops every team's timers (the store is closed by its owner). */
  close(): void {
    for (const team of this.teams.values()) team.close();
  }

  private openTeam(name: string): Team {
    const stored = this.options.store.teams.get(name)?.options as { topology?: TopologySpec } | undefined;
    const team = Team.open(name, stored?.topology ?? this.options.topology, {
      store: this.options.store,
      timers: this.options.timers,
      entropy: this.options.entropy,
      log: this.options.log.child({ team: name }),
    });
    this.teams.set(name, team);
    return team;
  }

  private code(key: string, configured: string | undefined): string {
    if (configured) {
      this.options.store.settings.set(key, configured);
      return configured;
    }
    const saved = this.options.store.settings.get(key);
    if (saved) return saved;
    const fresh = generateCode();
    this.options.store.settings.set(key, fresh);
    return fresh;
  }
}

/** generateCode makes a short code that is easy to read aloud and type: xxxx-xxxx, no look-alikes. */
export function generateCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const pick = (): string => alphabet[randomInt(alphabet.length)] ?? 'a';
  const part = (): string => Array.from({ length: 4 }, pick).join('');
  return `${part()}-${part()}`;
}
