import { afterEach, describe, expect, it } from 'vitest';
import { smallClassroom } from './fake-classroom.js';
import { KEYS, start, type ScreenTerminal } from './screen-terminal.js';

let current: ScreenTerminal | undefined;
afterEach(async () => {
  await current?.type(KEYS.ctrlC);
  current = undefined;
});

const focusedTab = (screen: ScreenTerminal): string => screen.lines()[2] ?? '';

describe('dashboard keys', () => {
  it('switches panes with 1-5, Tab, Shift-Tab and the arrows', async () => {
    const { screen } = await start(smallClassroom());
    current = screen;
    expect(focusedTab(screen)).toContain('▸ Teams');
    await screen.type(KEYS.tab);
    expect(focusedTab(screen)).toContain('▸ Sessions');
    await screen.type(KEYS.shiftTab, KEYS.shiftTab);
    expect(focusedTab(screen)).toContain('▸ Cluster');
    await screen.type(KEYS.right);
    expect(focusedTab(screen)).toContain('▸ Teams');
    await screen.type('3');
    expect(focusedTab(screen)).toContain('▸ Lesson progress');
    expect(screen.lines()[23]).toContain('o:observe');
  });

  it('moves the selection with arrows and j/k, and the cluster view follows the team', async () => {
    const { screen } = await start(smallClassroom());
    current = screen;
    await screen.type('5');
    expect(screen.text()).toContain('Cluster · blue');
    await screen.type('j');
    expect(screen.text()).toContain('Cluster · red');
    await screen.type('k', '2', KEYS.down, KEYS.down, '5');
    expect(screen.text()).toContain('Cluster · red');
    await screen.type('2', KEYS.up, '5');
    expect(screen.text()).toContain('Cluster · blue');
  });

  it('opens the full help with ? and closes it with any key', async () => {
    const { screen } = await start(smallClassroom());
    current = screen;
    await screen.type('?');
    expect(screen.text()).toContain('observe the selected user, read-only');
    await screen.type('x');
    expect(screen.text()).not.toContain('observe the selected user, read-only');
  });

  it('the Enter that closes a box does not also act on the pane below', async () => {
    const api = smallClassroom();
    const { screen } = await start(api);
    current = screen;
    await screen.type('2', '?', KEYS.enter, 'r', KEYS.enter);
    expect(api.calls).toEqual([]);
    expect(screen.text()).toContain('Sessions (3)');
  });

  it('says who to select when o is pressed outside the sessions', async () => {
    const { screen } = await start(smallClassroom());
    current = screen;
    await screen.type('o');
    expect(screen.lines()[22]).toContain('select a session (2) or a progress row (3) to observe');
  });

  it('redraws on api changes, batched', async () => {
    const api = smallClassroom();
    const { screen } = await start(api);
    current = screen;
    api.snap = { ...api.snap, teams: [...api.snap.teams, { ...api.snap.teams[0]!, name: 'green', online: [] }] };
    const [writes, written] = [screen.writes, screen.written.length];
    for (let i = 0; i < 50; i++) api.changes.fire();
    await screen.waitFor('green');
    expect(screen.lines()[0]).toContain('3 teams');
    expect(screen.writes - writes).toBe(1);
    // blessed redraws only the cells that changed: no clear-screen, a few hundred bytes.
    const frame = screen.written.slice(written);
    expect(frame).not.toContain('\x1b[2J');
    expect(frame.length).toBeLessThan(400);
  });
});
