import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessons, parseLessonFile, validateCheck } from '../../../src/lessons/index.js';

const FRONT = (lang: string) => `---\nid: demo\ntitle: Demo\nlanguage: ${lang}\nstart: default\nroles:\n  a: { node: manager1, description: x }\n---\nIntro.\n`;
const STEP = (check: string) => `## Step 1 — One\nDo it.\n\`\`\`bash\ndocker network ls\n\`\`\`\n\`\`\`hint\nTry harder.\n\`\`\`\n\`\`\`check\n${check}\n\`\`\`\n> Check: words.\n`;

describe('lesson files', () => {
  it('parse into steps with text, hints and a check', () => {
    const parsed = parseLessonFile(FRONT('en') + STEP('network: { name: x, driver: overlay }'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.text.steps).toEqual([
      { title: 'Step 1 — One', body: 'Do it.\n```bash\ndocker network ls\n```\n\n> Check: words.', hints: ['Try harder.'], check: { network: { name: 'x', driver: 'overlay' } } },
    ]);
    expect(parsed.text.roles).toEqual({ a: { node: 'manager1', description: 'x' } });
  });

  it.each([
    ['no front matter', 'hello', 'missing front matter'],
    ['no check', `${FRONT('en')}## Step 1 — One\ntext\n`, 'step 1: expected exactly one ```check block, found 0'],
    ['unknown kind', FRONT('en') + STEP('netwrk: { name: x }'), 'step 1: check: unknown kind "netwrk"'],
    ['unknown field', FRONT('en') + STEP('network: { nam: x }'), 'step 1: check.network: missing "name"'],
    ['bad regex', FRONT('en') + STEP("ran: { command: '(' }"), 'step 1: check.ran.command: not a valid regular expression'],
    ['bad YAML', FRONT('en') + STEP('network: [ {'), 'step 1: check:'],
  ])('report %s clearly', (_name, source, message) => {
    const parsed = parseLessonFile(source);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.join('\n')).toContain(message);
  });

  it('validate nested checks with paths', () => {
    expect(validateCheck({ all: [{ service: { name: 'web', running: 'two' } }] })).toEqual(['check.all[0].service.running: expected a number']);
  });

  it('load a folder and insist the languages agree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    mkdirSync(join(dir, 'demo'));
    writeFileSync(join(dir, 'demo', 'lesson.en.md'), FRONT('en') + STEP('network: { name: x }'));
    writeFileSync(join(dir, 'demo', 'lesson.pt-BR.md'), FRONT('pt-BR') + STEP('network: { name: y }'));
    expect(loadLessons(dir).problems).toEqual([`${join(dir, 'demo')}: step 1 has different checks in pt-BR and en`]);
  });

  it('the shipped lessons are valid', () => {
    const { lessons, problems } = loadLessons();
    expect(problems).toEqual([]);
    expect(lessons.map((l) => l.id)).toContain('service-discovery');
  });
});
