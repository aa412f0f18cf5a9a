// Bounds on what users may store, so one class cannot fill the server's disk.

/** FileLimits bound the simulated files. */
export interface FileLimits {
  /** maxFileBytes is the largest file (EFBIG beyond it). */
  maxFileBytes: number;
  /** maxHomeEntries is how many files and directories one home on one node may hold (EDQUOT beyond). */
  maxHomeEntries: number;
  /** maxTeamFileBytes is the total size of every file of a team's users (ENOSPC beyond). */
  maxTeamFileBytes: number;
}

/** DEFAULT_FILE_LIMITS fit compose files, scripts and notes with plenty of room. */
export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 256 * 1024,
  maxHomeEntries: 500,
  maxTeamFileBytes: 16 * 1024 * 1024,
};
