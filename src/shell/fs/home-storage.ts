// The port through which homes are loaded and saved. The server adapts the SQLite store to it;
// tests and shells without a store use the in-memory one. Every save happens before the change
// is shown to the user, so what a user saw succeed is on disk.

import type { FsCode } from './fs-errors.js';
import { utf8Length } from './path.js';

/** HomeKey names one home: a user's home directory on one node of one team. */
export interface HomeKey {
  team: string;
  node: string;
  user: string;
}

/** StoredEntry is one file or directory of a home; path is relative to the home (`app/compose.yml`). */
export interface StoredEntry {
  path: string;
  kind: 'file' | 'dir';
  content: string;
  mtime: number;
}

/** EntryChange is one write of a commit: put (create or replace) or delete an entry. */
export type EntryChange = { op: 'put'; entry: StoredEntry } | { op: 'delete'; path: string };

/** HomeStorage loads and saves homes; failures come back as the errno the user will see. */
export interface HomeStorage {
  /** load returns every entry of a home (none for a new one). */
  load(home: HomeKey): StoredEntry[] | FsCode;
  /** teamBytes is the size of every file the team's users stored, on every node. */
  teamBytes(team: string): number | FsCode;
  /** save applies the changes atomically; undefined when they are durably stored. */
  save(home: HomeKey, changes: readonly EntryChange[]): FsCode | undefined;
}

/** memoryHomeStorage keeps homes in this process only (unit tests, shells without a store). */
export function memoryHomeStorage(): HomeStorage & { homes: Map<string, Map<string, StoredEntry>> } {
  const homes = new Map<string, Map<string, StoredEntry>>();
  const keyOf = (h: HomeKey): string => JSON.stringify([h.team, h.node, h.user]);
  return {
    homes,
    load: (home) => [...(homes.get(keyOf(home))?.values() ?? [])],
    teamBytes: (team) => {
      let bytes = 0;
      for (const [key, entries] of homes) {
        if ((JSON.parse(key) as string[])[0] !== team) continue;
        for (const e of entries.values()) bytes += utf8Length(e.content);
      }
      return bytes;
    },
    save: (home, changes) => {
      const entries = homes.get(keyOf(home)) ?? new Map<string, StoredEntry>();
      homes.set(keyOf(home), entries);
      for (const c of changes) {
        if (c.op === 'put') entries.set(c.entry.path, c.entry);
        else entries.delete(c.path);
      }
      return undefined;
    },
  };
}
