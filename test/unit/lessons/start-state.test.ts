// A lesson's starting cluster: `nodes` and `services` in the front matter, validated with clear
// messages, and applied through the lab like an instructor's `start-lesson` does.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { seededEntropy } from '../../../src/cluster/index.js';
import { Lab } from '../../../src/lab/lab.js';
import { resetForLesson, startDiffers } from '../../../src/lab/lesson-start.js';
import type { Timers } from '../../../src/lab/timers.js';
import { loadLessons, parseLessonFile, parseStartState, type Lesson } from '../../../src/lessons/index.js';
import { openStore, type Store } from '../../../src/store/index.js';

const front = (extra: string, lang = 'en') => `---\nid: demo\ntitle: Demo\nlanguage: ${lang}\n${extra}\nroles:\n  a: { node: manager1, description: x }\n---\nIntro.\n## Step 1 — One\n\`\`\`check\nswarm: { initialized: true }\n\`\`\`\n`;

describe('start state in the front matter', () => {
  it('reads nodes and services, tagging images like the CLI', () => {
    const problems: string[] = [];
    const state = parseStartState(
      { nodes: { managers: 3, workers: 3 }, services: [{ name: 'web', image: 'nginx', replicas: 3, publish: ['8080:80'], networks: ['front'] }, { name: 'db', image: 'redis:7' }] },
      problems,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      nodes: { managers: 3, workers: 3 },
      services: [
        { name: 'web', image: 'nginx:latest', replicas: 3, networks: ['front'], publish: [{ published: 8080, target: 80 }], args: [] },
        { name: 'db', image: 'redis:7', replicas: 1, networks: [], publish: [], args: [] },
      ],
    });
  });

  it.each([
    ['nodes not a mapping', { nodes: 5 }, '"nodes" must be { managers: 1-9, workers: 0-9 }'],
    ['no manager', { nodes: { managers: 0, workers: 2 } }, '"nodes" must be'],
    ['too many workers', { nodes: { managers: 1, workers: 40 } }, '"nodes" must be'],
    ['services not a list', { services: { web: 1 } }, '"services" must be a list'],
    ['a service without image', { services: [{ name: 'web' }] }, 'services[0].image: expected an image reference'],
    ['a bad name', { services: [{ name: 'we b', image: 'nginx' }] }, 'services[0].name: expected a service name'],
    ['a bad port', { services: [{ name: 'web', image: 'nginx', publish: ['80'] }] }, 'services[0].publish: expected a list of "published:target" ports'],
    ['a port out of range', { services: [{ name: 'web', image: 'nginx', publish: ['70000:80'] }] }, 'services[0].publish'],
    ['an unknown field', { services: [{ name: 'web', image: 'nginx', replica: 2 }] }, 'services[0]: unknown field "replica"'],
    ['negative replicas', { services: [{ name: 'web', image: 'nginx', replicas: -1 }] }, 'services[0].replicas'],
    ['a name twice', { services: [{ name: 'web', image: 'nginx' }, { name: 'web', image: 'redis' }] }, 'services: "web" is listed twice'],
  ])('reports %s', (_name, raw, message) => {
    const problems: string[] = [];
    parseStartState(raw as Record<string, unknown>, problems);
    expect(problems.join('\n')).toContain(message);
  });

  it('fails a lesson file with a broken start state', () => {
    const parsed = parseLessonFile(front('start: default\nservices:\n  - { name: web }'));
    expect(parsed.ok).toBe(false);
  });

  it('refuses services without a swarm, and start states that differ between languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    mkdirSync(join(dir, 'demo'));
    writeFileSync(join(dir, 'demo', 'lesson.en.md'), front('start: no-swarm\nservices:\n  - { name: web, image: nginx }'));
    writeFileSync(join(dir, 'demo', 'lesson.pt-BR.md'), front('start: no-swarm', 'pt-BR'));
    const problems = loadLessons(dir).problems.join('\n');
    expect(problems).toContain('lesson.en.md: services need a swarm (start: default)');
    expect(problems).toContain('start, nodes or services differ between languages');
  });
});

describe('a team reset for a lesson', () => {
  const stores: Store[] = [];
  const labs: Lab[] = [];
  afterEach(() => {
    for (const lab of labs.splice(0)) lab.close();
    for (const store of stores.splice(0)) store.close();
  });

  function lab(): Lab {
    const store = openStore({ dir: mkdtempSync(join(tmpdir(), 'lab-')) });
    let now = 1_700_000_000_000;
    const timers: Timers = { now: () => (now += 1), setTimeout: () => ({ id: 0 }), clearTimeout: () => undefined };
    const l = new Lab({ store, timers, entropy: seededEntropy(7), log: pino({ level: 'silent' }), topology: { managers: 3, workers: 2 } });
    stores.push(store);
    labs.push(l);
    return l;
  }

  const lesson = (startState: Lesson['startState'], start: Lesson['start'] = 'default'): Lesson => ({ id: 'demo', start, startState, duration: '', texts: {} });

  it('gets the lesson nodes, its networks and its services', () => {
    const l = lab();
    const demo = lesson({ nodes: { managers: 3, workers: 3 }, services: [{ name: 'web', image: 'nginx:latest', replicas: 3, networks: ['front'], publish: [{ published: 8080, target: 80 }], args: [] }] });
    expect(startDiffers(l, 't', demo)).toBe(true);
    resetForLesson(l, 't', demo, 'instructor ana');
    const state = l.team('t').state;
    expect(Object.values(state.nodes).map((n) => n.hostname).sort()).toEqual(['manager1', 'manager2', 'manager3', 'worker1', 'worker2', 'worker3']);
    const web = Object.values(state.services).find((s) => s.spec.name === 'web');
    expect(web?.spec).toMatchObject({ image: 'nginx:latest', mode: { kind: 'replicated', replicas: 3 }, ports: [{ publishedPort: 8080, targetPort: 80, protocol: 'tcp', publishMode: 'ingress' }] });
    const front = Object.values(state.networks).find((n) => n.name === 'front');
    expect(web?.spec.networks).toEqual([{ target: front?.id, aliases: [] }]);
    expect(startDiffers(l, 't', demo)).toBe(false);
  });

  it('without a swarm when the lesson says so, and notices a removed service', () => {
    const l = lab();
    resetForLesson(l, 't', lesson({ services: [] }, 'no-swarm'), 'bob@manager1');
    expect(l.team('t').state.swarm).toBeNull();
    const withWeb = lesson({ services: [{ name: 'web', image: 'nginx:latest', replicas: 1, networks: [], publish: [], args: [] }] });
    expect(startDiffers(l, 't', withWeb)).toBe(true);
    resetForLesson(l, 't', withWeb, 'bob@manager1');
    expect(startDiffers(l, 't', withWeb)).toBe(false);
    const id = Object.values(l.team('t').state.services)[0]?.id ?? '';
    l.team('t').execute({ type: 'RemoveService', serviceId: id });
    expect(startDiffers(l, 't', withWeb)).toBe(true);
  });
});
