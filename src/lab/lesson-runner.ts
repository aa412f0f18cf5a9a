// Runs the lessons of a classroom: keeps each team's recent commands, re-checks the current step
// of every student after each command and each cluster change, and tells students (both partners
// of a pair) when a step turns green. Roles follow the node a student was on when starting.

import { evaluate, type CommandRecord, type Lesson, type LessonLang, type LessonText } from '../lessons/index.js';
import type { ActiveLesson, LessonProgress } from './lesson-progress.js';
import type { Presence } from './presence.js';
import type { Team } from './team.js';

const MAX_HISTORY = 2000;

/** LessonHost is what the runner needs from the classroom. */
export interface LessonHost {
  presence: Presence;
  team(name: string): Team;
}

/** CheckResult is the outcome of checking a student's current step. */
export interface CheckResult {
  passed: boolean;
  /** waitingFor lists roles whose part of an each-role step is still missing. */
  waitingFor: string[];
}

/** LessonRunner tracks and checks lesson progress. */
export class LessonRunner {
  private readonly history = new Map<string, CommandRecord[]>();

  constructor(readonly lessons: readonly Lesson[], private readonly progress: LessonProgress, private readonly host: LessonHost) {}

  /** find returns a lesson by id. */
  find(id: string): Lesson | undefined {
    return this.lessons.find((l) => l.id === id);
  }

  /** active returns a user's active lesson in a team. */
  active(user: string, team: string): ActiveLesson | undefined {
    return this.progress.active(user, team);
  }

  /** text returns a lesson in a language, falling back to the other one. */
  text(lesson: Lesson, lang: LessonLang): LessonText {
    return (lesson.texts[lang] ?? lesson.texts.pt ?? lesson.texts.en) as LessonText;
  }

  /** progressOf returns a user's progress in one lesson (active or not). */
  progressOf(user: string, team: string, lesson: string): ActiveLesson | undefined {
    return this.progress.of(user, team, lesson);
  }

  /** failedCheck counts a `lesson check` that did not pass (the instructor sees it). */
  failedCheck(active: ActiveLesson): void {
    this.progress.failedCheck(active);
  }

  /** misconception returns the note a lesson has for a mistake the user just made, if any. */
  misconception(user: string, team: string, record: CommandRecord, lang: LessonLang): string | undefined {
    const active = this.active(user, team);
    const lesson = active ? this.find(active.lesson) : undefined;
    if (!lesson) return undefined;
    const hit = this.text(lesson, lang).misconceptions.find((m) => matches(m.command, record.line) && (m.output === undefined || matches(m.output, record.output)));
    return hit?.say;
  }

  /** start begins (or resumes, unless restart) a lesson for a user on a node; the role is the node's, or the first free one. */
  start(user: string, team: string, lesson: Lesson, node: string, restart = false): ActiveLesson {
    const roles = Object.entries(this.text(lesson, 'pt').roles);
    const taken = new Set(this.progress.activeInTeam(team).filter((a) => a.lesson === lesson.id && a.user !== user).map((a) => a.state.role));
    const role = roles.find(([, r]) => r.node === node)?.[0] ?? roles.find(([name]) => !taken.has(name))?.[0] ?? roles[0]?.[0] ?? 'a';
    const active = this.progress.start(user, team, lesson.id, role, restart);
    this.evaluateTeam(team);
    return this.progress.active(user, team) ?? active;
  }

  /** record adds a command to the team's history and re-checks the team. */
  record(team: string, record: CommandRecord): void {
    const list = this.history.get(team) ?? [];
    list.push(record);
    if (list.length > MAX_HISTORY) list.splice(0, list.length - MAX_HISTORY);
    this.history.set(team, list);
    this.evaluateTeam(team);
  }

  /** forget drops a team's history (after a reset the old commands no longer describe its cluster). */
  forget(team: string): void {
    this.history.delete(team);
  }

  /** check evaluates a student's current step now. */
  check(active: ActiveLesson): CheckResult {
    const lesson = this.find(active.lesson);
    const step = lesson ? this.text(lesson, 'pt').steps[active.step] : undefined;
    if (!lesson || !step) return { passed: false, waitingFor: [] };
    const ctx = this.context(active);
    if (evaluate(step.check, ctx)) return { passed: true, waitingFor: [] };
    const waitingFor = Object.keys(ctx.roles).filter((role) => !evaluate(step.check, { ...ctx, roles: { [role]: ctx.roles[role] ?? [] } }));
    return { passed: false, waitingFor: waitingFor.length < Object.keys(ctx.roles).length ? waitingFor : [] };
  }

  /** evaluateTeam advances every student of a team whose current step now holds, and tells them. */
  evaluateTeam(team: string): void {
    for (const active of this.progress.activeInTeam(team)) {
      const lesson = this.find(active.lesson);
      if (!lesson || active.step >= this.text(lesson, 'pt').steps.length) continue;
      if (!this.check(active).passed) continue;
      const moved = this.progress.moveTo(active, active.step + 1, true);
      this.announce(lesson, moved, active.step);
    }
  }

  /** move goes to another step without completing the current one (`lesson next` / `back`). */
  move(active: ActiveLesson, delta: number): ActiveLesson {
    const lesson = this.find(active.lesson);
    const last = lesson ? this.text(lesson, 'pt').steps.length : 0;
    return this.progress.moveTo(active, Math.max(0, Math.min(last, active.step + delta)), false);
  }

  /** solve marks a student's current step done (an instructor helping a stuck student). */
  solve(active: ActiveLesson): ActiveLesson {
    const lesson = this.find(active.lesson);
    const moved = this.progress.moveTo(active, active.step + 1, true);
    if (lesson) this.announce(lesson, moved, active.step);
    return moved;
  }

  /** rows summarises every active lesson for the instructor. */
  rows(now: number): { user: string; team: string; lesson: string; step: string; onStepMs: number; checksFailed: number }[] {
    return this.progress.all().map((a) => {
      const lesson = this.find(a.lesson);
      const steps = lesson ? this.text(lesson, 'pt').steps.length : 0;
      const step = a.step >= steps ? 'done' : `${a.step + 1}/${steps}`;
      return { user: a.user, team: a.team, lesson: a.lesson, step, onStepMs: Math.max(0, now - a.state.stepStartedAt), checksFailed: a.state.checksFailed };
    });
  }

  private context(active: ActiveLesson) {
    const team = this.host.team(active.team);
    const roles: Record<string, string[]> = {};
    for (const a of this.progress.activeInTeam(active.team)) {
      if (a.lesson === active.lesson) roles[a.state.role] = [...(roles[a.state.role] ?? []), a.user];
    }
    const since = active.state.startedAt;
    const sessions = this.host.presence
      .list(active.team)
      .filter((s) => s.kind === 'shell')
      .map((s) => ({ user: s.user, node: s.node, ...(s.insideTask !== undefined && { task: s.insideTask }) }));
    const history = (this.history.get(active.team) ?? []).filter((r) => r.at >= since);
    return { state: team.state, history, roles, sessions };
  }

  private announce(lesson: Lesson, moved: ActiveLesson, doneStep: number): void {
    for (const session of this.host.presence.list(moved.team)) {
      if (session.user !== moved.user || session.kind !== 'shell' || !session.notify) continue;
      const lang: LessonLang = session.lang === 'en' ? 'en' : 'pt';
      const text = this.text(lesson, lang);
      const done = text.steps[doneStep]?.title ?? '';
      const next = text.steps[moved.step]?.title;
      const tail = next
        ? lang === 'en' ? ` — next: ${next} (type lesson)` : ` — próximo: ${next} (digite lesson)`
        : lang === 'en' ? ' — lesson complete!' : ' — lição concluída!';
      session.notify(`\x1b[32m✔ ${lang === 'en' ? 'step done' : 'passo concluído'}: ${done}\x1b[0m${tail}`);
    }
  }
}

function matches(source: string, text: string): boolean {
  try {
    return new RegExp(source).test(text);
  } catch {
    return false;
  }
}
