// Loads every lesson folder under lessons/: one file per language, checked against each other
// (same steps, same checks, same roles and start) so a translation can never drift from what is
// checked. Problems name the file; the server refuses to start with a broken lesson.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lesson, LessonLang, LessonStart } from './model.js';
import { parseLessonFile, type FrontMatter } from './parse-lesson.js';

/** LESSONS_DIR is the lessons folder shipped with swarmlab (next to src/ and dist/). */
export const LESSONS_DIR = new URL('../../lessons', import.meta.url).pathname;

const FILES: Record<LessonLang, string> = { pt: 'lesson.pt-BR.md', en: 'lesson.en.md' };
const LANGUAGE: Record<LessonLang, string> = { pt: 'pt-BR', en: 'en' };

/** LoadedLessons is what a lessons folder holds, or why some of it is unusable. */
export interface LoadedLessons {
  lessons: Lesson[];
  problems: string[];
}

/** loadLessons reads and validates every lesson in dir. */
export function loadLessons(dir: string = LESSONS_DIR): LoadedLessons {
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { lessons, problems: [`${dir}: no lessons folder`] };
  for (const id of readdirSync(dir).sort()) {
    const folder = join(dir, id);
    if (!statSync(folder).isDirectory()) continue;
    const lesson = loadLesson(folder, id, problems);
    if (lesson) lessons.push(lesson);
  }
  return { lessons, problems };
}

function loadLesson(folder: string, id: string, problems: string[]): Lesson | undefined {
  const fronts: Partial<Record<LessonLang, FrontMatter>> = {};
  const lesson: Lesson = { id, start: 'default', startState: { services: [] }, duration: '', texts: {} };
  const before = problems.length;
  for (const lang of Object.keys(FILES) as LessonLang[]) {
    const file = join(folder, FILES[lang]);
    if (!existsSync(file)) {
      problems.push(`${file}: missing (every lesson has lesson.pt-BR.md and lesson.en.md)`);
      continue;
    }
    const parsed = parseLessonFile(readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => `${file}: ${p}`));
      continue;
    }
    const { front } = parsed;
    if (front.id !== id) problems.push(`${file}: id "${front.id}" differs from the folder name "${id}"`);
    if (front.language !== LANGUAGE[lang]) problems.push(`${file}: language "${front.language}", expected "${LANGUAGE[lang]}"`);
    if (front.start !== 'default' && front.start !== 'no-swarm') problems.push(`${file}: start "${front.start}" (expected default or no-swarm)`);
    if (front.start === 'no-swarm' && front.startState.services.length > 0) problems.push(`${file}: services need a swarm (start: default)`);
    fronts[lang] = front;
    lesson.texts[lang] = parsed.text;
    lesson.start = front.start as LessonStart;
    lesson.startState = front.startState;
    lesson.duration = front.duration;
  }
  problems.push(...consistency(folder, lesson, fronts));
  return problems.length === before ? lesson : undefined;
}

function consistency(folder: string, lesson: Lesson, fronts: Partial<Record<LessonLang, FrontMatter>>): string[] {
  const pt = lesson.texts.pt;
  const en = lesson.texts.en;
  if (!pt || !en) return [];
  const problems: string[] = [];
  if (pt.steps.length !== en.steps.length) problems.push(`${folder}: ${pt.steps.length} steps in pt-BR, ${en.steps.length} in en`);
  pt.steps.forEach((step, i) => {
    const other = en.steps[i];
    if (other && JSON.stringify(step.check) !== JSON.stringify(other.check)) problems.push(`${folder}: step ${i + 1} has different checks in pt-BR and en`);
  });
  if (fronts.pt?.start !== fronts.en?.start || JSON.stringify(fronts.pt?.startState) !== JSON.stringify(fronts.en?.startState)) {
    problems.push(`${folder}: start, nodes or services differ between languages`);
  }
  const nodes = (f?: FrontMatter) => JSON.stringify(Object.entries(f?.roles ?? {}).map(([k, r]) => [k, r.node]));
  if (nodes(fronts.pt) !== nodes(fronts.en)) problems.push(`${folder}: roles differ between languages`);
  return problems;
}
