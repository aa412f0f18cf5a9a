// Counted slots per key (a user name, a connection): take one while a session runs, give it back
// when it ends. Keys whose count drops to zero are forgotten, so the map never outgrows the
// sessions that are live.

/** KeyedSlots hands out at most `max` concurrent slots per key. */
export class KeyedSlots {
  private readonly counts = new Map<string, number>();

  /** constructor takes the most slots one key may hold at once. */
  constructor(private readonly max: number) {}

  /** take returns a release function, or undefined when the key already holds max slots. */
  take(key: string): (() => void) | undefined {
    const held = this.counts.get(key) ?? 0;
    if (held >= this.max) return undefined;
    this.counts.set(key, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const now = (this.counts.get(key) ?? 1) - 1;
      if (now <= 0) this.counts.delete(key);
      else this.counts.set(key, now);
    };
  }

  /** held returns how many slots a key holds. */
  held(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** keys returns how many keys hold at least one slot. */
  get keys(): number {
    return this.counts.size;
  }
}
