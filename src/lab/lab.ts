// The classroom: its teams (one live cluster each, opened on first use), its codes, and who is
// connected. The SSH edge and the instructor tools talk to the lab, never to the store directly.

import { randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import type { ClusterLimits, Entropy, TopologySpec } from '../cluster/index.js';
import type { Lesson } from '../lessons/index.js';
import type { Store } from '../store/index.js';
import { EventFeed } from './feed.js';
import { LessonProgress } from './lesson-progress.js';
import { LessonRunner } from './lesson-runner.js';
import { sanitizeText } from './messages.js';
import { Presence, type SessionInfo } from './presence.js';
import { Team, type TeamChange } from './team.js';
import type { TimerHandle, Timers } from './timers.js';

/** DEFAULT_TEAM is the team of a login that names none and has no assignment. */
export const DEFAULT_TEAM = 'default';

/** LabOptions configures a classroom. */
export interface LabOptions {
  store: Store;
  timers: Timers;
  entropy: Entropy;
  log: Logger;
  topology: TopologySpec;
  /** limits bound what one team may create (services, networks, tasks). */
  limits?: ClusterLimits;
  /** lessons are the classroom's lessons (validated at start). */
  lessons?: readonly Lesson[];
  joinCode?: string;
  instructorCode?: string;
}

// The session fields lesson checks read (lesson-runner.ts context(): kind, user, node, task).
const LOCATION_FIELDS = new Set(['insideTask', 'node', 'user', 'kind', 'team']);

/** Lab is one classroom. */
export class Lab {
  readonly presence = new Presence();
  readonly feed = new EventFeed();
  private readonly changeListeners = new Set<(change: TeamChange) => void>();
  private readonly teams = new Map<string, Team>();
  readonly joinCode: string;
  readonly instructorCode: string;
  readonly lessons: LessonRunner;
  private readonly pendingChecks = new Map<string, TimerHandle>();
  private closed = false;

  constructor(private readonly options: LabOptions) {
    this.lessons = new LessonRunner(options.lessons ?? [], new LessonProgress(options.store.progress, options.timers.now), this);
    this.joinCode = this.code('join_code', options.joinCode);
    this.instructorCode = this.code('instructor_code', options.instructorCode);
    for (const team of options.store.teams.list()) this.openTeam(team.name);
    if (!this.teams.has(DEFAULT_TEAM)) this.team(DEFAULT_TEAM);
    // Some checks are about who is logged in where (a session on the node running your task):
    // re-check the team of a session that came, went or entered a container. Activity (the last
    // command, the time, observers) changes nothing a check reads, and happens on every command.
    this.presence.onChange((change) => {
      if (change.kind !== 'update' || change.fields.some((f) => LOCATION_FIELDS.has(f))) this.checkLessonsSoon(change.session.team);
    });
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

  /** resetTeam gives a team a fresh cluster with its topology, or `nodes` for once (swarm not initialised if noSwarm). */
  resetTeam(name: string, options: { noSwarm: boolean; by: string; nodes?: { managers: number; workers: number } }): void {
    const stored = this.options.store.teams.get(name)?.options as { topology?: TopologySpec } | undefined;
    const topology = { ...(stored?.topology ?? this.options.topology), ...options.nodes, swarm: !options.noSwarm };
    this.team(name).reset(topology, options.by);
    this.lessons.forget(name);
  }

  /** onTeamChange subscribes to every team's committed changes (teams opened later included). */
  onTeamChange(listener: (change: TeamChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** assign records the team an instructor put a user in (used when a login names no team). */
  assign(user: string, team: string): void {
    this.options.store.users.ensure(user, this.options.timers.now());
    this.options.store.users.assign(user, team, this.options.timers.now());
  }

  /** deliver shows a sanitised message on every session the filter selects and returns how many got it. */
  deliver(select: (session: SessionInfo) => boolean, render: (session: SessionInfo, clean: string) => string, text: string): number {
    const clean = sanitizeText(text);
    let count = 0;
    for (const session of this.presence.list()) {
      if (!session.notify || !select(session)) continue;
      session.notify(render(session, clean));
      count++;
    }
    return count;
  }

  /** teamOfUser returns the team an instructor assigned the user to, else the default team. */
  teamOfUser(user: string): string {
    return this.options.store.users.get(user)?.assignedTeam ?? DEFAULT_TEAM;
  }

  /** close stops every team's timers (the store is closed by its owner). */
  close(): void {
    this.closed = true;
    for (const handle of this.pendingChecks.values()) this.options.timers.clearTimeout(handle);
    this.pendingChecks.clear();
    for (const team of this.teams.values()) team.close();
  }

  private openTeam(name: string): Team {
    const stored = this.options.store.teams.get(name)?.options as { topology?: TopologySpec } | undefined;
    const team = Team.open(name, stored?.topology ?? this.options.topology, {
      store: this.options.store,
      timers: this.options.timers,
      entropy: this.options.entropy,
      log: this.options.log.child({ team: name }),
      ...(this.options.limits && { limits: this.options.limits }),
    });
    this.teams.set(name, team);
    team.subscribe((change) => {
      this.feed.add(change.team, team.now(), change.lines);
      this.checkLessonsSoon(change.team);
      for (const l of [...this.changeListeners]) l(change);
    });
    return team;
  }

  /** checkLessonsSoon re-checks a team's lessons after a change, at most five times a second. */
  private checkLessonsSoon(team: string): void {
    if (this.closed || this.pendingChecks.has(team)) return;
    const handle = this.options.timers.setTimeout(() => {
      this.pendingChecks.delete(team);
      this.lessons.evaluateTeam(team);
    }, 200);
    this.pendingChecks.set(team, handle);
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
