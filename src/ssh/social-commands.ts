// Talking to teammates from a node shell: `wall <text>` (the whole team, like Unix wall) and
// `write <user> <text>` (one teammate). Messages stay inside the team, are stripped of control
// sequences and bounded by the lab, and arrive above the line the recipient is typing.

import type { Lab } from '../lab/lab.js';
import { messageLine, sanitizeName } from '../lab/messages.js';
import type { ShellCommand } from '../shell/interpreter.js';
import type { Lang } from '../shell/i18n.js';

/** Sender identifies who is talking, from where. */
export interface Sender {
  sessionId: string;
  user: string;
  node: string;
  team: string;
  lang: Lang;
}

/** socialCommands builds `wall` and `write` for one session. */
export function socialCommands(lab: Lab, sender: Sender): Record<string, ShellCommand> {
  const from = `${sender.user}@${sender.node}`;
  return {
    wall: async ({ argv, io, input }) => {
      const text = argv.length > 1 ? argv.slice(1).join(' ') : (input ?? '');
      if (text.trim() === '') {
        io.stderr('Usage: wall <message>\n');
        return 1;
      }
      lab.deliver((s) => s.team === sender.team && s.kind === 'shell', (s, clean) => messageLine(s.lang, 'wall', from, clean), text);
      return 0;
    },
    write: async ({ argv, io, input }) => {
      const to = argv[1];
      const text = argv.length > 2 ? argv.slice(2).join(' ') : (input ?? '');
      if (to === undefined || text.trim() === '') {
        io.stderr('Usage: write <user> <message>\n');
        return 1;
      }
      const count = lab.deliver((s) => s.team === sender.team && s.user === to && s.kind === 'shell', (s, clean) => messageLine(s.lang, 'write', from, clean), text);
      if (count > 0) return 0;
      io.stderr(`write: ${sanitizeName(to)} is not logged in\n`);
      return 1;
    },
  };
}
