// A session's command journal: every command (on the node or inside a container) goes to the
// team's lesson history, a lesson's note is shown after a matching mistake, and the container the
// student is in is kept in presence for the lesson checks.

import type { Lab } from '../lab/lab.js';
import type { LessonLang } from '../lessons/index.js';
import type { CommandJournal } from '../shell/output-tee.js';

/** sessionJournal builds the journal of one session. */
export function sessionJournal(lab: Lab, who: { sessionId: string; user: string; team: string; node: string; lang: LessonLang }): CommandJournal {
  return {
    command: ({ line, status, output, task }) => {
      const record = { user: who.user, node: who.node, line, exit: status, output, at: Date.now(), ...(task !== undefined && { task }) };
      lab.lessons.record(who.team, record);
      const note = lab.lessons.misconception(who.user, who.team, record, who.lang);
      if (note) lab.presence.get(who.sessionId)?.notify?.(`\x1b[33m${who.lang === 'en' ? 'Lesson note' : 'Nota da lição'}:\x1b[0m ${note}`);
    },
    inside: (task) => {
      lab.presence.update(who.sessionId, { insideTask: task });
      lab.lessons.evaluateTeam(who.team);
    },
  };
}
