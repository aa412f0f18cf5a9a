import { describe, expect, it } from 'vitest';
import { runDashboard } from '../../../src/instructor/dashboard/index.js';
import { smallClassroom } from './fake-classroom.js';
import { KEYS, ScreenTerminal, start } from './screen-terminal.js';

const PROCESS_EVENTS = ['exit', 'SIGINT', 'SIGTERM', 'SIGQUIT', 'uncaughtException'] as const;
const processListeners = (): number[] => PROCESS_EVENTS.map((e) => process.listenerCount(e));

describe('dashboard lifecycle', () => {
  it('q resolves 0, disposes every listener and leaves the alternate screen', async () => {
    const api = smallClassroom();
    const { screen, exit } = await start(api);
    expect(screen.term.buffer.active.type).toBe('alternate');
    await screen.type('q');
    await expect(exit).resolves.toBe(0);
    await screen.settle();
    expect(screen.term.buffer.active.type).toBe('normal');
    expect(screen.dataListeners.size + screen.resizeListeners.size + api.changes.set.size).toBe(0);
  });

  it('Ctrl-C quits from a modal too', async () => {
    const { screen, exit } = await start(smallClassroom());
    await screen.type('m', KEYS.ctrlC);
    await expect(exit).resolves.toBe(0);
  });

  it('ends when closed aborts, and writes nothing afterwards', async () => {
    const api = smallClassroom();
    const { screen, exit, controller } = await start(api);
    controller.abort();
    await expect(exit).resolves.toBe(0);
    const written = screen.written.length;
    api.changes.fire();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.written.length).toBe(written);
    expect(api.changes.set.size).toBe(0);
  });

  it('returns at once for an already closed channel', async () => {
    const screen = new ScreenTerminal();
    await expect(runDashboard(screen, smallClassroom(), { instructor: 'prof', closed: AbortSignal.abort() })).resolves.toBe(0);
    expect(screen.written).toBe('');
  });

  it('installs no process-wide handlers (blessed would add signal and exit handlers)', async () => {
    const before = processListeners();
    const { screen, exit } = await start(smallClassroom());
    expect(processListeners()).toEqual(before);
    await screen.type('q');
    await exit;
    expect(processListeners()).toEqual(before);
  });

  it('shows api failures on the status line instead of crashing', async () => {
    const api = smallClassroom();
    const { screen, exit } = await start(api);
    api.snapshot = () => {
      throw new Error('database is locked');
    };
    api.changes.fire();
    await screen.waitFor('cannot read the classroom: database is locked');
    await screen.type('q');
    await expect(exit).resolves.toBe(0);
  });

  it('resolves 1 when the terminal cannot even be read', async () => {
    const screen = new ScreenTerminal();
    screen.size = () => {
      throw new Error('channel closed');
    };
    await expect(runDashboard(screen, smallClassroom(), { instructor: 'prof', closed: new AbortController().signal })).resolves.toBe(1);
  });
});
