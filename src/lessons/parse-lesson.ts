// Reads one lesson file: YAML front matter, an introduction, then `## ` steps. In a step,
// ```hint blocks are hints, one ```check block is the check, and everything else is the text
// shown to the student. Problems are returned as messages, never thrown.

import { parse as parseYaml } from 'yaml';
import type { LessonText, Misconception, Role, Step } from './model.js';
import { parseStartState, type StartState } from './start-state.js';
import { asCheck, validateCheck } from './validate-check.js';

/** FrontMatter is the header of a lesson file. */
export interface FrontMatter {
  id: string;
  title: string;
  language: string;
  duration: string;
  start: string;
  startState: StartState;
  roles: Record<string, Role>;
  misconceptions: Misconception[];
}

/** ParsedLesson is one file's content, or the problems found in it. */
export type ParsedLesson = { ok: true; front: FrontMatter; text: LessonText } | { ok: false; problems: string[] };

const FENCE = /^```(\w+)?\s*\n([\s\S]*?)^```\s*$/gm;

/** parseLessonFile parses the text of one lesson file. */
export function parseLessonFile(source: string): ParsedLesson {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
  if (!m) return { ok: false, problems: ['missing front matter (a YAML block between two --- lines at the top)'] };
  let raw: unknown;
  try {
    raw = parseYaml(m[1] ?? '');
  } catch (error) {
    return { ok: false, problems: [`front matter: ${(error as Error).message.split('\n')[0]}`] };
  }
  const problems: string[] = [];
  const front = frontMatter(raw, problems);
  const [intro = '', ...chunks] = (m[2] ?? '').split(/^## /m);
  const steps = chunks.map((chunk, i) => step(chunk, i + 1, problems));
  if (steps.length === 0) problems.push('no steps (each step starts with a "## " heading)');
  if (!front || problems.length > 0) return { ok: false, problems };
  return { ok: true, front, text: { title: front.title, intro: intro.trim(), steps, misconceptions: front.misconceptions, roles: front.roles } };
}

function frontMatter(raw: unknown, problems: string[]): FrontMatter | undefined {
  if (typeof raw !== 'object' || raw === null) {
    problems.push('front matter: expected a mapping');
    return undefined;
  }
  const f = raw as Record<string, unknown>;
  for (const key of ['id', 'title', 'language']) if (typeof f[key] !== 'string') problems.push(`front matter: "${key}" must be a string`);
  const roles: Record<string, Role> = {};
  for (const [name, r] of Object.entries((f.roles ?? {}) as Record<string, unknown>)) {
    const role = r as { node?: unknown; description?: unknown };
    if (typeof role?.node !== 'string') problems.push(`front matter: role "${name}" needs a node`);
    else roles[name] = { node: role.node, description: typeof role.description === 'string' ? role.description : '' };
  }
  const misconceptions = Array.isArray(f.misconceptions) ? f.misconceptions : [];
  misconceptions.forEach((m: { command?: unknown; say?: unknown }, i: number) => {
    if (typeof m?.command !== 'string' || typeof m?.say !== 'string') problems.push(`front matter: misconceptions[${i}] needs "command" and "say"`);
  });
  return {
    id: String(f.id ?? ''),
    title: String(f.title ?? ''),
    language: String(f.language ?? ''),
    duration: String(f.duration ?? ''),
    start: String(f.start ?? 'default'),
    startState: parseStartState(f, problems),
    roles,
    misconceptions: misconceptions as Misconception[],
  };
}

function step(chunk: string, n: number, problems: string[]): Step {
  const [titleLine = '', ...rest] = chunk.split('\n');
  const hints: string[] = [];
  let check: unknown;
  let checks = 0;
  const body = rest.join('\n').replace(FENCE, (whole, lang: string | undefined, content: string) => {
    if (lang === 'hint') {
      hints.push(content.trim());
      return '';
    }
    if (lang === 'check') {
      checks++;
      try {
        check = parseYaml(content);
      } catch (error) {
        problems.push(`step ${n}: check: ${(error as Error).message.split('\n')[0]}`);
      }
      return '';
    }
    return whole;
  });
  if (checks !== 1) problems.push(`step ${n}: expected exactly one \`\`\`check block, found ${checks}`);
  else problems.push(...validateCheck(check, `step ${n}: check`));
  return { title: titleLine.trim(), body: body.replace(/\n{3,}/g, '\n\n').trim(), hints, check: asCheck(check) };
}
