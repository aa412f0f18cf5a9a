import { afterEach, describe, expect, it } from 'vitest';
import { FakeMirror, smallClassroom, type FakeClassroom } from './fake-classroom.js';
import { KEYS, start, type ScreenTerminal } from './screen-terminal.js';

let current: ScreenTerminal | undefined;
afterEach(async () => {
  await current?.type(KEYS.ctrlC, KEYS.ctrlC);
  current = undefined;
});

async function observeAlice(columns = 80, rows = 24): Promise<{ api: FakeClassroom; screen: ScreenTerminal; mirror: FakeMirror }> {
  const api = smallClassroom();
  const mirror = api.mirrors.get('alice') as FakeMirror;
  const { screen } = await start(api, columns, rows);
  current = screen;
  await screen.type('2', KEYS.enter);
  await screen.waitFor(columns > 80 ? 'READ-ONLY · alice@manager1 (80×24) · q to return' : 'READ-ONLY · alice@manager1 · q to return · smaller: 80×23 of 80×24');
  return { api, screen, mirror };
}

describe('dashboard observe', () => {
  it('Enter on a session shows its current screen below a read-only header, then live output', async () => {
    const { screen, mirror } = await observeAlice(100, 30);
    expect(screen.lines()[1]).toBe('alice@manager1:~$ docker ps');
    expect(screen.lines()[2]).toBe('CONTAINER ID   IMAGE');
    mirror.data.fire('docker service ls\r\nID   NAME   MODE\r\n');
    await screen.waitFor('ID   NAME   MODE');
    expect(screen.lines()[3]).toBe('alice@manager1:~$ docker service ls');
  });

  it('never sends keys anywhere while observing, and q returns to the dashboard', async () => {
    const { api, screen, mirror } = await observeAlice();
    await screen.type('l', 'r', 'y', KEYS.enter);
    expect(api.calls).toEqual([{ method: 'observe', user: 'alice' }]);
    await screen.type('q');
    await screen.waitFor('Sessions (3)');
    expect(screen.lines()[22]).toContain('stopped observing alice');
    expect(screen.text()).not.toContain('READ-ONLY');
    expect(mirror.disposed).toBe(true);
    expect(mirror.data.set.size + mirror.ended.set.size).toBe(0);
  });

  it('returns by itself when the student logs out', async () => {
    const { screen, mirror } = await observeAlice();
    mirror.ended.fire();
    await screen.waitFor("alice's session on manager1 ended");
    expect(screen.text()).toContain('Sessions (3)');
  });

  it('says so when the instructor terminal is smaller than the student one', async () => {
    const api = smallClassroom();
    api.mirrors.set('alice', new FakeMirror('alice', 'manager1', 'wide screen', 132, 43));
    const { screen } = await start(api);
    current = screen;
    await screen.type('2', 'o');
    await screen.waitFor('q to return · smaller: 80×23 of 132×43');
    expect(screen.lines()[1]).toBe('wide screen');
  });

  it('copes with a session that ends while observing starts', async () => {
    const api = smallClassroom();
    const mirror = api.mirrors.get('alice') as FakeMirror;
    mirror.onEnd = (listener) => (listener(), { dispose() {} });
    const { screen } = await start(api);
    current = screen;
    await screen.type('2', 'o');
    await screen.waitFor("alice's session on manager1 ended");
    await screen.type('4');
    expect(screen.text()).toContain('▸ Events');
  });

  it('reports a user with nothing to observe', async () => {
    const api = smallClassroom();
    const { screen } = await start(api);
    current = screen;
    await screen.type('2', KEYS.down, 'o');
    expect(screen.lines()[22]).toContain('bob has no interactive session to observe');
  });

  it('follows resizes while observing and redraws the dashboard at the new size on return', async () => {
    const { screen } = await observeAlice();
    await screen.resize(120, 40);
    await screen.waitFor('READ-ONLY');
    await screen.type('q');
    await screen.waitFor('Lesson progress');
    expect(screen.text()).toContain('Teams (2)');
  });
});
