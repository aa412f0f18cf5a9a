import { afterEach, describe, expect, it } from 'vitest';
import { bigClassroom, smallClassroom } from './fake-classroom.js';
import { KEYS, start, type ScreenTerminal } from './screen-terminal.js';

let current: ScreenTerminal | undefined;
afterEach(async () => {
  await current?.type('q');
  current = undefined;
});

describe('dashboard layout', () => {
  it('draws the title, tab bar, teams pane and help line at 80×24', async () => {
    const { screen } = await start(smallClassroom());
    current = screen;
    const lines = screen.lines();
    expect(lines[0]).toMatch(/swarmlab · prof · open · 2 teams · 3 sessions · 3 users/);
    expect(lines[1]).toContain('1 Teams');
    expect(lines[1]).toContain('5 Cluster');
    expect(screen.text()).toMatch(/blue\s+2\s+5\s+2 run 4 prep 1 fail 2\s+1×\s+alice@manager1 bob@ma/);
    expect(screen.text()).toMatch(/red\s+1 .*5×/);
    expect(lines[23]).toContain('q:quit');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });

  it('shows sessions, the event feed (latest at the bottom) and the cluster on their tabs', async () => {
    const { screen } = await start(smallClassroom());
    current = screen;
    await screen.type('2');
    expect(screen.text()).toMatch(/alice\s+manager1\s+blue\s+12s\s+3\s+-\s+docker service ls/);
    await screen.type('4');
    const feed = screen.lines().filter((l) => l.includes('@') || l.includes('task web.1'));
    expect(feed.at(-1)).toContain('task web.1 failed');
    expect(feed[0]).toContain('alice@manager1 created service web');
    await screen.type('5');
    expect(screen.text()).toContain('Cluster · blue');
    expect(screen.text()).toMatch(/manager1\s+manager2\s+manager3\s+worker1\s+worker2/);
    expect(screen.text()).toContain('web.1');
  });

  it('says so when no lesson progress exists yet', async () => {
    const { screen } = await start(smallClassroom());
    current = screen;
    await screen.type('3');
    expect(screen.text()).toContain('No lesson progress yet');
  });

  it('shows every pane at once after a resize to 120×40, and one again at 80×24', async () => {
    const { screen } = await start(smallClassroom());
    current = screen;
    await screen.resize(120, 40);
    await screen.waitFor('Lesson progress');
    const text = screen.text();
    for (const label of ['Teams (2)', 'Cluster · blue', 'Sessions (3)', 'Events']) expect(text).toContain(label);
    expect(text).toContain('bob@manager3 scaled web 2→5');
    await screen.resize(80, 24);
    expect(screen.text()).not.toContain('Sessions (3)');
    expect(screen.text()).toContain('Teams (2)');
  });

  it('scrolls 300 sessions and keeps the selection visible', async () => {
    const { screen } = await start(bigClassroom(60, 5, 10_000));
    current = screen;
    expect(screen.lines()[0]).toContain('60 teams · 300 sessions');
    await screen.type('2', KEYS.end);
    expect(screen.text()).toMatch(/s299\s+worker2\s+team59/);
    await screen.type('g');
    expect(screen.text()).toMatch(/s0\s+manager1\s+team00/);
    await screen.type('4');
    expect(screen.lines().at(-4)).toContain('team39     s99@manager1 scaled web 4→5');
  });

  it('asks for a larger terminal below 40×10', async () => {
    const { screen } = await start(smallClassroom());
    current = screen;
    await screen.resize(30, 8);
    expect(screen.text()).toContain('too small');
  });
});
