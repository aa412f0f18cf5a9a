// `lesson` (or `licao`) in a node shell: list lessons with progress, start one, show the current
// step, check it, get hints, move between steps, reset, and choose the language.

import type { Lab } from '../lab/lab.js';
import type { ActiveLesson } from '../lab/lesson-progress.js';
import { resetForLesson, startDiffers } from '../lab/lesson-start.js';
import type { LessonLang } from '../lessons/index.js';
import type { ShellCommand } from '../shell/interpreter.js';
import type { ProcessIO } from '../shell/process-io.js';
import { checkStatement, lessonList, stepView } from './lesson-text.js';

/** LessonUser is who runs the command and where. */
export interface LessonUser {
  user: string;
  team: string;
  node: string;
  lang: LessonLang;
}

const M = {
  pt: {
    usage: 'uso: lesson [list | start <id> [--reset] | check | hint | next | back | reset | lang pt|en] [--lang pt|en]',
    unknown: (id: string) => `lesson: não existe a lição "${id}" (veja a lista com: lesson list)`,
    noneActive: 'Nenhuma lição em andamento. Comece uma com: lesson start <id>',
    notYet: 'ainda não',
    waiting: (roles: string) => `esperando o papel ${roles}`,
    noHint: 'Este passo não tem dicas.',
    needsNoSwarm: (id: string) => `A lição ${id} começa com um cluster sem swarm. Peça ao instrutor para preparar o time, ou rode "lesson start ${id} --reset" (isso recria o cluster do time e apaga o que o time criou).`,
    needsReset: (id: string) => `A lição ${id} começa com outro cluster (outros nós ou serviços já criados). Peça ao instrutor para preparar o time, ou rode "lesson start ${id} --reset" (isso recria o cluster do time e apaga o que o time criou).`,
    lang: (l: string) => `Idioma das lições: ${l === 'en' ? 'inglês' : 'português'}.`,
  },
  en: {
    usage: 'usage: lesson [list | start <id> [--reset] | check | hint | next | back | reset | lang pt|en] [--lang pt|en]',
    unknown: (id: string) => `lesson: there is no lesson "${id}" (see the list with: lesson list)`,
    noneActive: 'No lesson in progress. Start one with: lesson start <id>',
    notYet: 'not yet',
    waiting: (roles: string) => `waiting for role ${roles}`,
    noHint: 'This step has no hints.',
    needsNoSwarm: (id: string) => `Lesson ${id} starts with a cluster without a swarm. Ask your instructor to prepare the team, or run "lesson start ${id} --reset" (this rebuilds the team's cluster and deletes what the team created).`,
    needsReset: (id: string) => `Lesson ${id} starts with another cluster (other nodes, or services already created). Ask your instructor to prepare the team, or run "lesson start ${id} --reset" (this rebuilds the team's cluster and deletes what the team created).`,
    lang: (l: string) => `Lesson language: ${l === 'en' ? 'English' : 'Portuguese'}.`,
  },
};

/** lessonCommand builds the `lesson` command for one session. */
export function lessonCommand(lab: Lab, who: LessonUser): ShellCommand {
  const hintIndex = new Map<string, number>();
  return async ({ argv, io }) => {
    const args = argv.slice(1);
    const flag = args.indexOf('--lang');
    const chosen = flag >= 0 ? args.splice(flag, 2)[1] : undefined;
    const lang: LessonLang = chosen === 'en' || chosen === 'pt' ? chosen : savedLang(lab, who.user) ?? who.lang;
    const m = M[lang];
    const runner = lab.lessons;
    const active = runner.active(who.user, who.team);
    const [verb = active ? 'show' : 'list', arg] = args;
    const out = (text: string): number => (io.stdout(text.endsWith('\n') ? text : `${text}\n`), 0);
    const fail = (text: string): number => (io.stderr(`${text}\n`), 1);
    const show = (a: ActiveLesson): number => {
      const lesson = runner.find(a.lesson);
      return lesson ? out(stepView(lesson, runner.text(lesson, lang), a, lang)) : fail(m.noneActive);
    };
    switch (verb) {
      case 'list':
        return out(lessonList(runner.lessons, lang, (id) => runner.progressOf(who.user, who.team, id), (l) => runner.text(l, lang)));
      case 'start': {
        const lesson = arg ? runner.find(arg) : undefined;
        if (!lesson) return fail(arg ? m.unknown(arg) : m.usage);
        const resuming = (runner.progressOf(who.user, who.team, lesson.id)?.step ?? 0) > 0;
        if (args.includes('--reset')) resetForLesson(lab, who.team, lesson, `${who.user}@${who.node}`);
        else if (!resuming && startDiffers(lab, who.team, lesson)) io.stdout(`${lesson.start === 'no-swarm' ? m.needsNoSwarm(lesson.id) : m.needsReset(lesson.id)}\n\n`);
        return show(runner.start(who.user, who.team, lesson, who.node));
      }
      case 'lang':
        if (arg !== 'en' && arg !== 'pt') return fail(m.usage);
        lab.store.settings.set(`lesson-lang:${who.user}`, arg);
        return out(M[arg].lang(arg));
      default:
        break;
    }
    if (!active) return fail(m.noneActive);
    return activeVerb(verb, active, { lab, who, io, lang, hintIndex, show, out, fail });
  };
}

interface VerbContext {
  lab: Lab;
  who: LessonUser;
  io: ProcessIO;
  lang: LessonLang;
  hintIndex: Map<string, number>;
  show(a: ActiveLesson): number;
  out(text: string): number;
  fail(text: string): number;
}

function activeVerb(verb: string, active: ActiveLesson, c: VerbContext): number {
  const runner = c.lab.lessons;
  const m = M[c.lang];
  const lesson = runner.find(active.lesson);
  const step = lesson ? runner.text(lesson, c.lang).steps[active.step] : undefined;
  switch (verb) {
    case 'show':
      return c.show(active);
    case 'check': {
      const result = runner.check(active);
      if (result.passed) {
        runner.evaluateTeam(c.who.team);
        return 0;
      }
      c.lab.lessons.failedCheck(active);
      const waiting = result.waitingFor.length > 0 ? ` (${m.waiting(result.waitingFor.join(', '))})` : '';
      return c.out(`\x1b[33m✘ ${m.notYet}\x1b[0m${waiting}: ${step ? (checkStatement(step.body) ?? step.title) : ''}`);
    }
    case 'hint': {
      if (!step || step.hints.length === 0) return c.out(m.noHint);
      const key = `${active.lesson}/${active.step}`;
      const i = c.hintIndex.get(key) ?? 0;
      c.hintIndex.set(key, i + 1);
      return c.out(step.hints[i % step.hints.length] ?? m.noHint);
    }
    case 'next':
      return c.show(runner.move(active, 1));
    case 'back':
      return c.show(runner.move(active, -1));
    case 'reset':
      return lesson ? c.show(runner.start(c.who.user, c.who.team, lesson, c.who.node, true)) : c.fail(m.noneActive);
    default:
      return c.fail(m.usage);
  }
}

function savedLang(lab: Lab, user: string): LessonLang | undefined {
  const saved = lab.store.settings.get(`lesson-lang:${user}`);
  return saved === 'en' || saved === 'pt' ? saved : undefined;
}
