// The shapes the dashboard shares between its modules: the terminal it draws on and the names
// of its panes.

import type { Disposable, TerminalSize } from '../../docker/process-io.js';

/**
 * DashboardTerminal is the instructor's SSH pty as the dashboard sees it. Writes go straight to
 * the client: "\n" is not translated, blessed emits its own cursor movements.
 */
export interface DashboardTerminal {
  write(text: string): void;
  onData(listener: (data: string) => void): Disposable;
  onResize(listener: (size: TerminalSize) => void): Disposable;
  size(): TerminalSize;
}

/** DashboardOptions names the instructor (the `from` of messages) and ends the dashboard on abort. */
export interface DashboardOptions {
  instructor: string;
  closed: AbortSignal;
}

/** PaneId names the five panes, in the order of the tab bar and of the 1–5 keys. */
export type PaneId = 'teams' | 'sessions' | 'progress' | 'feed' | 'cluster';

/** PANES lists the panes in tab order with their titles. */
export const PANES: readonly { id: PaneId; title: string }[] = [
  { id: 'teams', title: 'Teams' },
  { id: 'sessions', title: 'Sessions' },
  { id: 'progress', title: 'Progress' },
  { id: 'feed', title: 'Events' },
  { id: 'cluster', title: 'Cluster' },
];

/** KeyPress is one key as blessed decodes it: the character typed and its name (`up`, `C-c`, `S-s`). */
export interface KeyPress {
  ch: string | undefined;
  name: string;
  full: string;
}
