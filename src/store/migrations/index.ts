// Production migrations, in order. Add a schema change as the next numbered file and list it here.
import { initial } from './0001-initial.js';
import { homeFiles } from './0002-home-files.js';
import { progressByTeam } from './0003-progress-by-team.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** migrations lists every schema migration this release knows, oldest first. */
export const migrations: readonly Migration[] = [initial, homeFiles, progressByTeam];
