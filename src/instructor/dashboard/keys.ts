// The keys of the main screen: moving in lists, switching panes, and starting actions.

import { clockPanel, injectFault, resetTeam, sendMessage, toggleLock, type ActionContext } from './actions.js';
import { solveStep, startLesson } from './lesson-actions.js';
import { FULL_HELP } from './help.js';
import { info } from './modals.js';
import { PANES, type KeyPress, type PaneId } from './types.js';

/** MainKeyContext is what the main screen's keys act on. */
export interface MainKeyContext extends ActionContext {
  /** observe opens the observe screen for a user. */
  observe(user: string): void;
  /** pageRows is how many rows PgUp and PgDn move. */
  pageRows: number;
}

const MOVES: Record<string, number> = { up: -1, k: -1, down: 1, j: 1, home: -Infinity, g: -Infinity, end: Infinity, G: Infinity };

/** cyclePane returns the pane step tabs away from the current one. */
function cyclePane(current: PaneId, step: number): PaneId {
  const at = PANES.findIndex((p) => p.id === current);
  return (PANES[(at + step + PANES.length) % PANES.length] ?? PANES[0])?.id ?? 'teams';
}

/** observeSelected opens the observe screen for the selected user, or says why not. */
function observeSelected(ctx: MainKeyContext): void {
  const user = ctx.model.selectedUser();
  if (user === undefined) ctx.model.setStatus('select a session (2) or a progress row (3) to observe', true);
  else ctx.observe(user);
}

const ACTIONS: Record<string, (ctx: MainKeyContext) => void> = {
  m: sendMessage,
  r: resetTeam,
  f: injectFault,
  c: clockPanel,
  l: toggleLock,
  L: startLesson,
  v: solveStep,
  o: observeSelected,
  '?': (ctx) => ctx.host.open(info('Help', FULL_HELP)),
};

/** handleMainKey acts on one key of the main screen; it returns 'quit' for q. */
export function handleMainKey(k: KeyPress, ctx: MainKeyContext): 'quit' | 'handled' | 'ignored' {
  const { model } = ctx;
  const name = k.ch !== undefined && /^[a-zA-Z?1-5]$/.test(k.ch) ? k.ch : k.name;
  if (name === 'q') return 'quit';
  if (Object.hasOwn(MOVES, name)) model.move(MOVES[name] ?? 0);
  else if (name === 'pageup' || name === 'pagedown') model.move(name === 'pageup' ? -ctx.pageRows : ctx.pageRows);
  else if (/^[1-5]$/.test(name)) model.focus(PANES[Number(name) - 1]?.id ?? model.focused);
  else if (k.full === 'S-tab' || name === 'left') model.focus(cyclePane(model.focused, -1));
  else if (name === 'tab' || name === 'right') model.focus(cyclePane(model.focused, 1));
  else if (name === 'enter' && model.focused === 'sessions') observeSelected(ctx);
  else if (Object.hasOwn(ACTIONS, name)) ACTIONS[name]?.(ctx);
  else return 'ignored';
  return 'handled';
}
