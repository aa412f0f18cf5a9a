// How lessons look in a terminal: the listing with each student's progress, and one step with
// its role, its text (Markdown fences shown as indented commands) and the keys to go on.

import type { ActiveLesson } from '../lab/lesson-progress.js';
import type { Lesson, LessonLang, LessonText } from '../lessons/index.js';

const T = {
  pt: { notStarted: 'não iniciada', done: 'concluída', step: 'passo', of: 'de', role: 'papel', keys: 'lesson hint: dica · lesson check: verificar · lesson next / back: avançar / voltar', none: 'Nenhuma lição disponível.', start: 'Comece uma com: lesson start <id>' },
  en: { notStarted: 'not started', done: 'done', step: 'step', of: 'of', role: 'role', keys: 'lesson hint: a hint · lesson check: check now · lesson next / back: move on / go back', none: 'No lessons available.', start: 'Start one with: lesson start <id>' },
};

/** lessonList renders one line per lesson with the user's progress. */
export function lessonList(lessons: readonly Lesson[], lang: LessonLang, progressOf: (id: string) => ActiveLesson | undefined, text: (l: Lesson) => LessonText): string {
  const t = T[lang];
  if (lessons.length === 0) return `${t.none}\n`;
  const width = Math.max(...lessons.map((l) => l.id.length)) + 3;
  const rows = lessons.map((l) => {
    const p = progressOf(l.id);
    const steps = text(l).steps.length;
    const state = !p ? t.notStarted : p.step >= steps ? t.done : `${t.step} ${p.step + 1}/${steps}`;
    return `  ${l.id.padEnd(width)}${text(l).title} (${state})`;
  });
  return `${rows.join('\n')}\n\n${t.start}\n`;
}

/** stepView renders the current step of an active lesson. */
export function stepView(lesson: Lesson, text: LessonText, active: ActiveLesson, lang: LessonLang): string {
  const t = T[lang];
  const step = text.steps[active.step];
  if (!step) return `${text.title}: ${t.done}! ✔\n`;
  const role = text.roles[active.state.role];
  const header = `${lesson.id} · ${t.step} ${active.step + 1} ${t.of} ${text.steps.length} — ${step.title.replace(/^[^—]*—\s*/, '')}`;
  const who = role ? `  [${t.role} ${active.state.role} · ${role.node}]` : '';
  return `${header}${who}\n\n${markdownForTerminal(step.body)}\n\n${t.keys}\n`;
}

/** checkStatement returns the step's human check line (`> Check: …`), if any. */
export function checkStatement(body: string): string | undefined {
  return /^>\s*(?:Check|Verificação):\s*(.*)$/m.exec(body)?.[1];
}

/** markdownForTerminal shows fenced blocks indented and drops emphasis markers. */
export function markdownForTerminal(body: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) out.push(`    ${line}`);
    else if (!/^>\s*(Check|Verificação):/.test(line)) out.push(line.replace(/\*\*/g, ''));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
