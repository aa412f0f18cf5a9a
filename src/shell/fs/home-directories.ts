// Every home of the classroom, opened on first use and kept in memory: all sessions of a user on
// a node (interactive and exec) share one volume, so they see the same files at once.

import { DEFAULT_FILE_LIMITS, type FileLimits } from './file-limits.js';
import { isFsCode } from './fs-errors.js';
import type { HomeKey, HomeStorage } from './home-storage.js';
import { HomeVolume, type TeamUsage } from './home-volume.js';

/** HomeDirectories opens and caches homes over one storage. */
export class HomeDirectories {
  private readonly volumes = new Map<string, HomeVolume>();
  private readonly usage = new Map<string, TeamUsage>();

  constructor(
    private readonly storage: HomeStorage,
    readonly limits: FileLimits = DEFAULT_FILE_LIMITS,
  ) {}

  /** open returns the volume of a home, loading it the first time; a failed load gives a broken (EIO) volume that is retried next time. */
  open(home: HomeKey): HomeVolume {
    const key = JSON.stringify([home.team, home.node, home.user]);
    const cached = this.volumes.get(key);
    if (cached && !cached.broken) return cached;
    const usage = this.teamUsage(home.team);
    const stored = this.storage.load(home);
    if (usage === undefined || isFsCode(stored)) return new HomeVolume(home, [], { bytes: 0 }, this.limits, this.storage, true);
    const volume = new HomeVolume(home, stored, usage, this.limits, this.storage);
    this.volumes.set(key, volume);
    return volume;
  }

  /** forgetTeam drops a team's cached homes (after its files were deleted from storage). */
  forgetTeam(team: string): void {
    for (const [key, volume] of this.volumes) if (volume.key.team === team) this.volumes.delete(key);
    this.usage.delete(team);
  }

  private teamUsage(team: string): TeamUsage | undefined {
    const known = this.usage.get(team);
    if (known) return known;
    const bytes = this.storage.teamBytes(team);
    if (isFsCode(bytes)) return undefined;
    const usage = { bytes };
    this.usage.set(team, usage);
    return usage;
  }
}
