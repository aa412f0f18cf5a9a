import { describe, expect, it } from 'vitest';
import { clusterLines } from '../../../src/instructor/dashboard/cluster-view.js';
import { duration, fit, line } from '../../../src/instructor/dashboard/format.js';
import { taskCounts } from '../../../src/instructor/dashboard/rows.js';
import { defaultNodes } from './fake-classroom.js';

// plain removes blessed tags, turning the escaped braces back into braces.
const plain = (tagged: string): string =>
  tagged.replace(/\{open\}/g, '\u0001').replace(/\{close\}/g, '\u0002').replace(/\{\/?[a-z- ]+\}/g, '').replace(/\u0001/g, '{').replace(/\u0002/g, '}');

describe('dashboard formatting', () => {
  it.each([
    [0, '0s'],
    [59_999, '59s'],
    [65_000, '1m05s'],
    [3_600_000 + 600_000, '1h10m'],
    [26 * 3_600_000, '1d2h'],
  ])('duration(%i) is %s', (ms, text) => expect(duration(ms)).toBe(text));

  it('fit cuts with an ellipsis and pads', () => {
    expect(fit('manager1', 5)).toBe('mana…');
    expect(fit('ab', 4)).toBe('ab  ');
  });

  it('line escapes braces and strips control characters from student text', () => {
    const tagged = line([{ text: 'echo {x}\x1b[2J', style: 'bold' }], 40);
    expect(tagged).not.toContain('\x1b');
    expect(plain(tagged)).toBe('echo {x} [2J');
  });

  it('taskCounts lists running first and colours each state', () => {
    const segments = taskCounts({ failed: 2, preparing: 1, running: 4 });
    expect(segments.map((s) => s.text).join('')).toBe('run 4 prep 1 fail 2');
    expect(segments.filter((s) => s.style).map((s) => s.style)).toEqual(['green-fg', 'yellow-fg', 'red-fg']);
  });

  it('clusterLines draws nodes as columns with tasks coloured by state', () => {
    const lines = clusterLines({ team: 'blue', nodes: defaultNodes() }, 78, 10);
    expect(plain(lines[0] ?? '')).toMatch(/^manager1\s+manager2\s+manager3\s+worker1\s+worker2/);
    expect(plain(lines[1] ?? '')).toMatch(/^leader\s+manager\s+manager\s+worker\s+worker/);
    expect(lines[4]).toContain('{black-fg}{yellow-bg} db.1');
    expect(lines[4]).toContain('{white-fg}{red-bg} web.3');
    expect(lines[5]).toContain('{black-fg}{green-bg} web.1');
    expect(lines[4]).toContain('{white-fg}{gray-bg} web.5');
  });

  it('clusterLines says how many nodes do not fit and how many tasks overflow', () => {
    const nodes = defaultNodes();
    nodes[0]!.tasks = Array.from({ length: 9 }, (_, i) => ({ label: `web.${i + 1}`, service: 'web', state: 'running', desired: 'running' }));
    const lines = clusterLines({ team: 'blue', nodes }, 30, 8).map(plain);
    expect(lines.at(-1)).toContain('+3 more nodes');
    expect(lines.some((l) => l.includes('+7 more'))).toBe(true);
    expect(lines.length).toBe(8);
  });
});

describe('dashboard formatting of narrow node columns', () => {
  it('keeps the unusual part of status and availability when both do not fit', () => {
    const nodes = defaultNodes();
    nodes[1]!.availability = 'drain';
    nodes[2]!.status = 'down';
    const lines = clusterLines({ team: 'blue', nodes }, 54, 6).map(plain);
    expect(lines[2]).toMatch(/^ready\s+drain\s+down\s+ready\s+ready/);
  });
});
