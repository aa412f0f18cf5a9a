// Where each student is in each lesson, kept in SQLite (one row per user, team and lesson) so it
// survives restarts and follows the user to another node or session. One lesson is active per
// user and team; its role (a, b, …) is fixed when the user starts it, from the node they are on.

import type { Progress, ProgressStore } from '../store/index.js';

/** LessonState is the lesson-specific data of a progress row. */
export interface LessonState {
  active: boolean;
  role: string;
  /** completed lists the step indexes done (a student may skip ahead with `lesson next`). */
  completed: number[];
  startedAt: number;
  stepStartedAt: number;
  checksFailed: number;
}

/** ActiveLesson is a user's active lesson with the team. */
export interface ActiveLesson {
  user: string;
  team: string;
  lesson: string;
  step: number;
  state: LessonState;
}

/** LessonProgress reads and writes progress rows. */
export class LessonProgress {
  // Each team's active lessons as last read. Every command of every student asks for them (to
  // re-check steps), while they change only through put() below, which drops the team's entry.
  private readonly activeByTeam = new Map<string, readonly ActiveLesson[]>();

  constructor(private readonly store: ProgressStore, private readonly now: () => number) {}

  /** active returns the user's active lesson with the team, if any. */
  active(user: string, team: string): ActiveLesson | undefined {
    return this.activeInTeam(team).find((a) => a.user === user);
  }

  /** of returns a user's progress in one lesson, active or not. */
  of(user: string, team: string, lesson: string): ActiveLesson | undefined {
    const row = this.store.get(user, team, lesson);
    return row ? toActive(row) : undefined;
  }

  /** activeInTeam lists every active lesson of a team. */
  activeInTeam(team: string): ActiveLesson[] {
    let active = this.activeByTeam.get(team);
    if (active === undefined) {
      active = this.store.list({ team }).map(toActive).filter((a): a is ActiveLesson => a?.state.active === true);
      this.activeByTeam.set(team, active);
    }
    return [...active];
  }

  /** all lists every active lesson of the classroom. */
  all(): ActiveLesson[] {
    return this.store.list().map(toActive).filter((a): a is ActiveLesson => a?.state.active === true);
  }

  /** start makes a lesson the user's active one (deactivating others) at step 0, or resumes it. */
  start(user: string, team: string, lesson: string, role: string, restart = false): ActiveLesson {
    for (const other of this.store.list({ user, team })) {
      const s = other.data as LessonState | undefined;
      if (other.lesson !== lesson && s?.active) this.put({ ...other, data: { ...s, active: false }, updatedAt: this.now() });
    }
    const existing = this.store.get(user, team, lesson);
    const now = this.now();
    const state: LessonState =
      existing && !restart
        ? { ...(existing.data as LessonState), active: true, role }
        : { active: true, role, completed: [], startedAt: now, stepStartedAt: now, checksFailed: 0 };
    const step = existing && !restart ? existing.step : 0;
    this.put({ user, team, lesson, step, data: state, updatedAt: now });
    return { user, team, lesson, step, state };
  }

  /** moveTo sets the current step (completing the old one when `completed`). */
  moveTo(active: ActiveLesson, step: number, completed: boolean): ActiveLesson {
    const done = completed && !active.state.completed.includes(active.step) ? [...active.state.completed, active.step] : active.state.completed;
    const state: LessonState = { ...active.state, completed: done, stepStartedAt: this.now() };
    this.put({ user: active.user, team: active.team, lesson: active.lesson, step, data: state, updatedAt: this.now() });
    return { ...active, step, state };
  }

  /** failedCheck counts a `lesson check` that did not pass. */
  failedCheck(active: ActiveLesson): void {
    const state = { ...active.state, checksFailed: active.state.checksFailed + 1 };
    this.put({ user: active.user, team: active.team, lesson: active.lesson, step: active.step, data: state, updatedAt: this.now() });
  }

  /** stop deactivates the user's active lesson. */
  stop(active: ActiveLesson): void {
    this.put({ user: active.user, team: active.team, lesson: active.lesson, step: active.step, data: { ...active.state, active: false }, updatedAt: this.now() });
  }

  private put(progress: Progress): void {
    this.activeByTeam.delete(progress.team);
    this.store.put(progress);
  }
}

function toActive(p: Progress): ActiveLesson | undefined {
  const state = p.data as LessonState | undefined;
  if (!state || typeof state !== 'object' || !Array.isArray(state.completed)) return undefined;
  return { user: p.user, team: p.team, lesson: p.lesson, step: p.step, state };
}
