import blessed from 'blessed';
import { afterEach, describe, expect, it } from 'vitest';
import { createDashboardScreen, destroyDashboardScreen } from '../../../src/instructor/dashboard/blessed-screen.js';
import { TerminalInput, TerminalOutput } from '../../../src/instructor/dashboard/terminal-streams.js';
import { smallClassroom } from './fake-classroom.js';
import { start } from './screen-terminal.js';

const tput = blessed as unknown as { Tput: { ipaths: unknown[] } };
const savedPaths = [...tput.Tput.ipaths];
const savedTmux = process.env.TMUX;

afterEach(() => {
  tput.Tput.ipaths = [...savedPaths];
  if (savedTmux === undefined) delete process.env.TMUX;
  else process.env.TMUX = savedTmux;
});

describe('dashboard terminal adapter', () => {
  it('falls back to blessed’s bundled xterm-256color when the system has no terminfo', async () => {
    tput.Tput.ipaths = ['/nonexistent'];
    const output = new TerminalOutput(() => {}, { columns: 80, rows: 24 });
    const { screen, terminfo } = createDashboardScreen(new TerminalInput(), output);
    expect(terminfo).toBe('bundled');
    const loaded = (screen.program as unknown as { tput: { numbers: { max_colors: number } } }).tput;
    expect(loaded.numbers.max_colors).toBe(256);
    destroyDashboardScreen(screen, output, false);
    const { screen: shown, exit } = await start(smallClassroom());
    expect(shown.text()).toContain('Teams (2)');
    await shown.type('q');
    await exit;
  });

  it('ignores the server’s own TMUX variable (no passthrough wrapping, no `tmux -V`)', async () => {
    process.env.TMUX = '/tmp/tmux-0/default,1,0';
    const { screen, exit } = await start(smallClassroom());
    expect(screen.written).not.toContain('\x1bPtmux;');
    expect(process.env.TMUX).toBe('/tmp/tmux-0/default,1,0');
    await screen.type('q');
    await exit;
  });

  it('forwards writes only while writable, and announces size changes once', () => {
    const written: string[] = [];
    const output = new TerminalOutput((text) => written.push(text), { columns: 80, rows: 24 });
    let resizes = 0;
    output.on('resize', () => resizes++);
    output.resize({ columns: 80, rows: 24 });
    output.resize({ columns: 100, rows: 30 });
    output.write('a');
    output.writable = false;
    output.write('b');
    expect({ written, resizes, columns: output.columns, rows: output.rows }).toEqual({ written: ['a'], resizes: 1, columns: 100, rows: 30 });
  });
});
