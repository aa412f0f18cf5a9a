/** Progress is how far a user got in one lesson with one team, plus lesson-defined data (JSON). */
export interface Progress {
  readonly user: string;
  readonly team: string;
  readonly lesson: string;
  readonly step: number;
  readonly data: unknown;
  readonly updatedAt: number;
}

/** ProgressFilter narrows ProgressStore.list to a user, a team, or both. */
export interface ProgressFilter {
  readonly user?: string;
  readonly team?: string;
}

/** ProgressStore records lesson progress, one row per user, team and lesson. */
export interface ProgressStore {
  /** get returns the progress of `user` with `team` in `lesson`, if any. */
  get(user: string, team: string, lesson: string): Progress | undefined;
  /** put stores `progress`, replacing the row for the same user, team and lesson. */
  put(progress: Progress): void;
  /** list returns the rows matching `filter`, sorted by team, user and lesson. */
  list(filter?: ProgressFilter): Progress[];
}
