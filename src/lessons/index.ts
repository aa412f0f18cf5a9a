// The lessons layer: lesson files, their checks, and where a student is in them.

export * from './model.js';
export { evaluate, type CheckContext } from './checks.js';
export { loadLessons, LESSONS_DIR, type LoadedLessons } from './loader.js';
export { parseLessonFile } from './parse-lesson.js';
export { validateCheck } from './validate-check.js';
export { nextStartCommand, parseStartState, serviceSpecOf, type StartNodes, type StartService, type StartState } from './start-state.js';
