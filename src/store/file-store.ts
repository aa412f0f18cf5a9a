/** HomeRef names one home: a user's home directory on one node of one team. */
export interface HomeRef {
  team: string;
  node: string;
  user: string;
}

/** HomeFile is one file or directory of a home; path is relative to the home. */
export interface HomeFile {
  path: string;
  kind: 'file' | 'dir';
  content: string;
  mtime: number;
}

/** HomeFileChange is one write: put (create or replace) or delete an entry. */
export type HomeFileChange = { op: 'put'; file: HomeFile } | { op: 'delete'; path: string };

/** FileStore holds the users' files on the simulated nodes. */
export interface FileStore {
  /** list returns every entry of one home, by path. */
  list(home: HomeRef): HomeFile[];
  /** apply writes the changes to one home in one transaction. */
  apply(home: HomeRef, changes: readonly HomeFileChange[]): void;
  /** teamBytes is the total size in bytes of the files of a team. */
  teamBytes(team: string): number;
  /** removeTeam deletes every file of a team and returns how many entries went. */
  removeTeam(team: string): number;
}
