// Lesson actions of the dashboard: start a lesson for the selected team (a fresh cluster in the
// lesson's starting state, and the lesson for everyone online), and mark the selected student's
// current step done when they are stuck.

import { attempt, type ActionContext } from './actions.js';
import { menu, type MenuItem } from './modals.js';

/** startLesson (`L`) picks a lesson and starts it for the selected team. */
export function startLesson(ctx: ActionContext): void {
  const team = ctx.model.selectedTeam();
  if (team === undefined) {
    ctx.model.setStatus('no team selected', true);
    return;
  }
  const lessons = ctx.api.lessons();
  if (lessons.length === 0) {
    ctx.model.setStatus('no lessons in this classroom', true);
    return;
  }
  const items: MenuItem[] = lessons.map((l, i) => ({
    label: `${l.id}  ${l.title}`,
    ...(i < 9 && { hotkey: String(i + 1) }),
    choose: () => attempt(ctx.model, () => ctx.api.startLesson(team, l.id)),
  }));
  ctx.host.open(menu(`Start a lesson · ${team}`, items, 'The team gets a fresh cluster.'));
}

/** solveStep (`v`) marks the selected student's current step done. */
export function solveStep(ctx: ActionContext): void {
  const user = ctx.model.selectedUser();
  const team = ctx.model.selectedTeam();
  if (user === undefined || team === undefined) ctx.model.setStatus('select a student in Sessions (2) or Progress (3)', true);
  else attempt(ctx.model, () => ctx.api.solveStep(user, team));
}
