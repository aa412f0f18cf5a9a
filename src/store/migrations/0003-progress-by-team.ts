// Lesson checks read a team's progress after its commands and cluster changes: an index on team
// keeps that a lookup instead of a scan of the whole classroom's progress.
import type { Migration } from './migration.js';

/** progressByTeam indexes the progress table by team. */
export const progressByTeam: Migration = {
  version: 3,
  name: 'progress-by-team',
  up(db) {
    db.exec('CREATE INDEX progress_by_team ON progress (team, user, lesson);');
  },
};
