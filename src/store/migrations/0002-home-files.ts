// Users' files on the simulated nodes: one row per file or directory of a home.
import type { Migration } from './migration.js';

/** homeFiles adds the home_files table. */
export const homeFiles: Migration = {
  version: 2,
  name: 'home-files',
  up(db) {
    db.exec(`
      -- path is relative to the user's home on that node ('app/compose.yml'); content is UTF-8 text.
      CREATE TABLE home_files (
        team    TEXT    NOT NULL,
        node    TEXT    NOT NULL,
        user    TEXT    NOT NULL,
        path    TEXT    NOT NULL,
        kind    TEXT    NOT NULL CHECK (kind IN ('file', 'dir')),
        content TEXT    NOT NULL,
        bytes   INTEGER NOT NULL,
        mtime   INTEGER NOT NULL,
        PRIMARY KEY (team, node, user, path)
      );
    `);
  },
};
