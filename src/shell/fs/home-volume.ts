// One home's files in memory, loaded once from storage and written through on every change:
// a change is checked against the limits, saved, and only then applied, so memory never holds
// what the disk does not.

import type { FileLimits } from './file-limits.js';
import type { FsCode } from './fs-errors.js';
import type { EntryChange, HomeKey, HomeStorage, StoredEntry } from './home-storage.js';
import { utf8Length } from './path.js';

/** VolumeEntry is a file or directory held by a volume. */
export type VolumeEntry = { kind: 'dir'; mtime: number } | { kind: 'file'; mtime: number; content: string; size: number };

/** TeamUsage is the bytes a team's files take, shared by the team's volumes. */
export interface TeamUsage {
  bytes: number;
}

/** HomeVolume holds the entries of one home, keyed by path relative to it ('' is the home itself). */
export class HomeVolume {
  private readonly entries = new Map<string, VolumeEntry>();

  constructor(
    readonly key: HomeKey,
    stored: readonly StoredEntry[],
    private readonly usage: TeamUsage,
    readonly limits: FileLimits,
    private readonly storage: HomeStorage,
    /** broken is set when the home could not be loaded: every operation fails with EIO. */
    readonly broken = false,
  ) {
    for (const e of stored) this.entries.set(e.path, toEntry(e));
  }

  /** get returns the entry at a relative path; '' is the home directory. */
  get(path: string): VolumeEntry | undefined {
    if (path === '') return { kind: 'dir', mtime: 0 };
    return this.entries.get(path);
  }

  /** children lists the names directly inside a directory. */
  children(dir: string): string[] {
    const prefix = dir === '' ? '' : `${dir}/`;
    const names: string[] = [];
    for (const path of this.entries.keys()) {
      if (!path.startsWith(prefix) || path === dir) continue;
      const rest = path.slice(prefix.length);
      if (!rest.includes('/')) names.push(rest);
    }
    return names;
  }

  /** descendants lists every path below a directory (not the directory itself). */
  descendants(dir: string): string[] {
    const prefix = dir === '' ? '' : `${dir}/`;
    return [...this.entries.keys()].filter((p) => p.startsWith(prefix) && p !== dir);
  }

  /** count is how many entries the home holds. */
  get count(): number {
    return this.entries.size;
  }

  /** commit checks the limits, saves the changes and applies them; the errno when refused or not saved. */
  commit(changes: readonly EntryChange[]): FsCode | undefined {
    if (this.broken) return 'EIO';
    if (changes.length === 0) return undefined;
    const after = new Map<string, number | undefined>();
    for (const c of changes) after.set(c.op === 'put' ? c.entry.path : c.path, c.op === 'put' ? utf8Length(c.entry.content) : undefined);
    let count = this.entries.size;
    let delta = 0;
    for (const [path, size] of after) {
      const before = this.entries.get(path);
      const put = changes.findLast((c) => (c.op === 'put' ? c.entry.path : c.path) === path);
      if (put?.op === 'put' && put.entry.kind === 'file' && (size ?? 0) > this.limits.maxFileBytes) return 'EFBIG';
      if (before === undefined && put?.op === 'put') count++;
      if (before !== undefined && put?.op === 'delete') count--;
      delta += (put?.op === 'put' ? (size ?? 0) : 0) - (before?.kind === 'file' ? before.size : 0);
    }
    if (count > this.entries.size && count > this.limits.maxHomeEntries) return 'EDQUOT';
    if (delta > 0 && this.usage.bytes + delta > this.limits.maxTeamFileBytes) return 'ENOSPC';
    const failed = this.storage.save(this.key, changes);
    if (failed !== undefined) return failed;
    for (const c of changes) {
      if (c.op === 'put') this.entries.set(c.entry.path, toEntry(c.entry));
      else this.entries.delete(c.path);
    }
    this.usage.bytes += delta;
    return undefined;
  }
}

function toEntry(e: StoredEntry): VolumeEntry {
  return e.kind === 'dir' ? { kind: 'dir', mtime: e.mtime } : { kind: 'file', mtime: e.mtime, content: e.content, size: utf8Length(e.content) };
}
