// The keys, as the help line under each pane and the full `?` help list them.

import type { PaneId } from './types.js';

const COMMON = 'm:msg r:reset f:fault c:clock l:lock ?:help q:quit';

/** HELP_LINE is the key summary shown at the bottom for the focused pane. */
export const HELP_LINE: Record<PaneId, string> = {
  teams: `↑↓:team Tab/1-5:pane ${COMMON}`,
  sessions: `↑↓:user ⏎/o:observe Tab:pane ${COMMON}`,
  progress: `↑↓:user o:observe v:solve L:lesson Tab:pane ${COMMON}`,
  feed: `↑↓:scroll End:follow Tab:pane ${COMMON}`,
  cluster: `↑↓:team Tab/1-5:pane ${COMMON}`,
};

/** FULL_HELP is the `?` screen: every key of the dashboard. */
export const FULL_HELP: string[] = [
  'Tab S-Tab ← →  next / previous pane;  1-5  Teams Sessions Progress Events',
  '               Cluster;  ↑↓ j k PgUp PgDn Home End  move (End: follow feed)',
  'Enter, o       observe the selected user, read-only; q comes back',
  'm              message the selected user, the selected team, or everyone',
  'r              reset the selected team (y confirms, space: no swarm)',
  'f              fault: node down/up, drain/active, kill task, partition/heal',
  'c              clock: space pause/resume, + - speed 1× 2× 5× 10× 60×,',
  '               s +10 s, S +5 min',
  'l              lock or unlock the classroom (locked: no new teams)',
  'L              start a lesson for the selected team (on a fresh cluster)',
  'v              mark the selected student\'s current step done',
  'q, Ctrl-C      quit;  Esc closes a box',
  '',
  'The selected team is the team of the highlighted row.',
];
