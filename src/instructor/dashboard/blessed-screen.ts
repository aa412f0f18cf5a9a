// Creating a blessed screen inside a server process. blessed is written for one full-screen
// program per process, so out of the box it would:
// - add process-wide 'uncaughtException', SIGINT, SIGTERM, SIGQUIT and 'exit' handlers (the signal
//   ones call process.exit, which would cut the server's graceful shutdown short);
// - read the server's own environment (TMUX makes it run `tmux -V` and wrap every write in a
//   tmux passthrough; TERM_PROGRAM, COLORTERM, VTE_VERSION... change its escape sequences);
// - default to process.stdin/stdout when no streams are given.
// createDashboardScreen prevents all three; destroyDashboardScreen undoes what remains.
//
// Terminfo: blessed 0.1.81 cannot parse the ncurses 6 "extended number" terminfo format that
// current distributions ship (magic 01036), and a slim image may have no terminfo at all. In both
// cases Tput.setup falls back to its bundled node_modules/blessed/usr/xterm-256color, so the
// screen draws the same everywhere; createDashboardScreen reports which one was used.

import blessed from 'blessed';
import type { Widgets } from 'blessed';
import type { TerminalInput, TerminalOutput } from './terminal-streams.js';

/** ProcessHooks is the static state blessed keeps to install its process handlers only once. */
interface ProcessHooks {
  _bound?: boolean;
  _exitHandler?: () => void;
  _exceptionHandler?: () => void;
  _sigtermHandler?: () => void;
  _sigintHandler?: () => void;
  _sigquitHandler?: () => void;
}

const statics = blessed as unknown as { Screen: ProcessHooks; Program: ProcessHooks };

// Environment variables blessed reads to adapt to the terminal it thinks it runs in. Ours is the
// instructor's SSH client, which these say nothing about.
const HOST_TERMINAL_ENV = ['TMUX', 'TERM_PROGRAM', 'ITERM_SESSION_ID', 'COLORTERM', 'VTE_VERSION', 'TERMINATOR_UUID', 'NCURSES_NO_UTF8_ACS', 'TERMCAP'];

const noop = (): void => {};

/**
 * markBound tells blessed its process handlers are already installed. The handlers it would
 * remove on the last destroy are no-ops that were never added, so removing them is harmless.
 */
function markBound(hooks: ProcessHooks, names: (keyof ProcessHooks)[]): void {
  if (hooks._bound) return;
  hooks._bound = true;
  for (const name of names) if (name !== '_bound') (hooks as Record<string, unknown>)[name] = noop;
}

/** withoutHostTerminalEnv runs build with the server's own terminal variables hidden. */
function withoutHostTerminalEnv<T>(build: () => T): T {
  const saved = new Map<string, string>();
  for (const name of HOST_TERMINAL_ENV) {
    const value = process.env[name];
    if (value !== undefined) saved.set(name, value);
    delete process.env[name];
  }
  try {
    return build();
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
}

/** DashboardScreen is a blessed screen plus which terminfo it loaded. */
export interface DashboardScreen {
  screen: Widgets.Screen;
  /** terminfo is 'system' or 'bundled' (blessed's own copy of xterm-256color). */
  terminfo: 'system' | 'bundled';
}

/** createDashboardScreen builds a blessed screen on the given streams without process-wide side effects. */
export function createDashboardScreen(input: TerminalInput, output: TerminalOutput): DashboardScreen {
  markBound(statics.Program, ['_exitHandler']);
  markBound(statics.Screen, ['_exitHandler', '_exceptionHandler', '_sigtermHandler', '_sigintHandler', '_sigquitHandler']);
  const screen = withoutHostTerminalEnv(() =>
    blessed.screen({
      input: input as unknown as Widgets.IScreenOptions['input'],
      output: output as unknown as Widgets.IScreenOptions['output'],
      terminal: 'xterm-256color',
      smartCSR: true,
      fullUnicode: true,
      forceUnicode: true,
      warnings: false,
      autoPadding: true,
      dockBorders: false,
    }),
  );
  const tput = (screen.program as unknown as { tput: { error: Error | null } }).tput;
  return { screen, terminfo: tput.error ? 'bundled' : 'system' };
}

/** destroyDashboardScreen leaves the alternate screen (when the client is still there) and frees blessed's state. */
export function destroyDashboardScreen(screen: Widgets.Screen, output: TerminalOutput, clientGone: boolean): void {
  if (clientGone) output.writable = false;
  try {
    screen.destroy();
  } finally {
    output.writable = false;
  }
}
