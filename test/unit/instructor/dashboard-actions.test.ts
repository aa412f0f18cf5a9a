import { afterEach, describe, expect, it } from 'vitest';
import { smallClassroom, type FakeClassroom } from './fake-classroom.js';
import { KEYS, start, type ScreenTerminal } from './screen-terminal.js';

let current: ScreenTerminal | undefined;
afterEach(async () => {
  await current?.type(KEYS.ctrlC);
  current = undefined;
});

async function open(): Promise<{ api: FakeClassroom; screen: ScreenTerminal }> {
  const api = smallClassroom();
  const { screen } = await start(api);
  current = screen;
  return { api, screen };
}

const statusLine = (screen: ScreenTerminal): string => screen.lines()[22] ?? '';

describe('dashboard actions', () => {
  it('m sends a message to the selected user', async () => {
    const { api, screen } = await open();
    await screen.type('2', KEYS.down, 'm');
    expect(screen.text()).toContain('to bob');
    await screen.type(KEYS.enter, ...'hi {bob}');
    expect(screen.text()).toContain('> hi {bob}');
    await screen.type(KEYS.enter);
    expect(api.calls).toEqual([{ method: 'message', target: { kind: 'user', user: 'bob' }, text: 'hi {bob}', from: 'prof' }]);
    expect(statusLine(screen)).toContain('message sent to bob (2 sessions)');
  });

  it('m then t messages the selected team, a messages everyone, Esc cancels', async () => {
    const { api, screen } = await open();
    await screen.type('m', 't', ...'break time', KEYS.enter);
    await screen.type('m', 'a', ...'5 minutes left', KEYS.enter);
    await screen.type('m', 'a', ...'never sent', KEYS.escape);
    expect(api.calls).toEqual([
      { method: 'message', target: { kind: 'team', team: 'blue' }, text: 'break time', from: 'prof' },
      { method: 'message', target: { kind: 'all' }, text: '5 minutes left', from: 'prof' },
    ]);
  });

  it('r then y resets the selected team; space toggles no-swarm; n cancels', async () => {
    const { api, screen } = await open();
    await screen.type(KEYS.down, 'r');
    expect(screen.text()).toContain('Give team red a fresh cluster?');
    await screen.type('n');
    await screen.type('r', 'y');
    await screen.type('r', ' ', 'y');
    expect(api.calls).toEqual([
      { method: 'reset', team: 'red', noSwarm: false },
      { method: 'reset', team: 'red', noSwarm: true },
    ]);
    expect(statusLine(screen)).toContain('team red reset (no swarm)');
  });

  it('f opens the fault menu, then the node list', async () => {
    const { api, screen } = await open();
    await screen.type('f', '1');
    expect(screen.text()).toContain('Which node?');
    await screen.type(KEYS.down, KEYS.enter);
    expect(api.calls).toEqual([{ method: 'fault', team: 'blue', fault: { kind: 'node-down', node: 'manager2' } }]);
    expect(statusLine(screen)).toContain('fault injected: node-down');
  });

  it('f 5 kills a task chosen from the running ones, and api errors show on the status line', async () => {
    const { api, screen } = await open();
    api.faultError = 'no such task: web.1';
    await screen.type('f', '5');
    expect(screen.text()).toMatch(/db\.1\s+preparing on manager1/);
    expect(screen.text()).not.toContain('web.5');
    await screen.type(KEYS.down, KEYS.enter);
    expect(api.calls).toEqual([{ method: 'fault', team: 'blue', fault: { kind: 'kill-task', task: 'web.1' } }]);
    expect(statusLine(screen)).toContain('no such task: web.1');
  });

  it('c opens the clock: space pauses and resumes, + and - change speed, s and S step', async () => {
    const { api, screen } = await open();
    await screen.type('c');
    expect(screen.text()).toContain('simulated time runs at 1×');
    await screen.type(' ', ' ', '+', '+', '-', 's', 'S', KEYS.escape);
    expect(api.calls.map((c) => c.method === 'setClock' && c.change)).toEqual([{ speed: 0 }, { speed: 1 }, { speed: 2 }, { speed: 5 }, { speed: 2 }, { stepMs: 10_000 }, { stepMs: 300_000 }]);
    expect(statusLine(screen)).toContain('team blue clock: stepped +5 min');
    expect(screen.text()).not.toContain('simulated time runs at');
  });

  it('l locks and unlocks the classroom', async () => {
    const { api, screen } = await open();
    await screen.type('l');
    expect(screen.lines()[0]).toContain('LOCKED');
    expect(statusLine(screen)).toContain('classroom locked');
    await screen.type('l');
    expect(screen.lines()[0]).toContain('open');
    expect(api.calls).toEqual([{ method: 'setLocked', locked: true }, { method: 'setLocked', locked: false }]);
  });
});

describe('lesson actions', () => {
  it('L starts a lesson for the selected team; v marks the selected student\'s step done', async () => {
    const { api, screen } = await open();
    await screen.type('L');
    expect(screen.text()).toContain('service-discovery');
    await screen.type('1');
    expect(api.calls).toContainEqual({ method: 'startLesson', team: 'blue', lesson: 'service-discovery' });
    expect(statusLine(screen)).toContain('blue: lesson service-discovery started');
    await screen.type('2', 'v');
    expect(api.calls).toContainEqual({ method: 'solveStep', user: 'alice', team: 'blue' });
  });
});
