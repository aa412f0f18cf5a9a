// Command history: a bounded list of past lines plus the browsing state of one read. Browsing
// works like readline's: edits made to a recalled line are kept while you move around, and the
// line you were typing before pressing Up comes back when you go down past the newest entry.

/** History is a bounded list of entered lines, oldest first. */
export class History {
  private entries: string[] = [];

  /** constructor takes the most entries kept; older ones are dropped first. */
  constructor(private readonly limit = 1000) {}

  /** add records a line unless it is blank or repeats the newest entry. */
  add(line: string): void {
    if (line.trim() === '' || this.entries[this.entries.length - 1] === line) return;
    this.entries.push(line);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  /** list returns a copy of the entries, oldest first. */
  list(): string[] {
    return [...this.entries];
  }

  /** replace swaps in a saved history (e.g. loaded from disk), keeping the newest entries. */
  replace(lines: readonly string[]): void {
    this.entries = [];
    for (const line of lines) this.add(line);
  }

  /** browse starts a browsing session for one read, positioned after the newest entry. */
  browse(): HistoryCursor {
    return new HistoryCursor(this.entries);
  }
}

/** HistoryCursor walks the history during one read, remembering edits to recalled lines. */
export class HistoryCursor {
  private index: number;
  private readonly edits = new Map<number, string>();

  /** constructor takes the entries to browse, oldest first. */
  constructor(private readonly entries: readonly string[]) {
    this.index = entries.length;
  }

  /** older saves the current text and returns the previous entry, or undefined at the oldest. */
  older(current: string): string | undefined {
    return this.step(-1, current);
  }

  /** newer saves the current text and returns the next entry (or the line being typed), or undefined at the end. */
  newer(current: string): string | undefined {
    return this.step(1, current);
  }

  private step(delta: number, current: string): string | undefined {
    const target = this.index + delta;
    if (target < 0 || target > this.entries.length) return undefined;
    this.edits.set(this.index, current);
    this.index = target;
    return this.edits.get(target) ?? this.entries[target] ?? '';
  }
}
