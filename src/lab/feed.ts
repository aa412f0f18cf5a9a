// The classroom's event feed: the last lines of every team's changes, newest last, with
// listeners for the dashboard. Bounded, so a long class never grows it without limit.

/** FeedLine is one attributed line of the feed. */
export interface FeedLine {
  at: number;
  team: string;
  text: string;
}

const REPEAT = / \(×(\d+)\)$/;

/** EventFeed keeps the newest lines of the whole classroom. */
export class EventFeed {
  private readonly lines: FeedLine[] = [];
  private readonly listeners = new Set<(line: FeedLine) => void>();

  constructor(private readonly capacity = 2000) {}

  /** add appends lines for a team. */
  add(team: string, at: number, texts: readonly string[]): void {
    for (const text of texts) {
      // A task rejected over and over (a typo in an image name) must not flood the feed: a line
      // equal to the team's previous one becomes "text (×N)" in its place.
      const last = this.lastOf(team);
      if (last && last.text.replace(REPEAT, '') === text) {
        const count = Number(REPEAT.exec(last.text)?.[1] ?? '1') + 1;
        this.lines.splice(this.lines.indexOf(last), 1);
        this.push({ at, team, text: `${text} (×${count})` });
        continue;
      }
      this.push({ at, team, text });
    }
    if (this.lines.length > this.capacity) this.lines.splice(0, this.lines.length - this.capacity);
  }

  private push(line: FeedLine): void {
    this.lines.push(line);
    for (const l of [...this.listeners]) l(line);
  }

  private lastOf(team: string): FeedLine | undefined {
    for (let i = this.lines.length - 1; i >= Math.max(0, this.lines.length - 50); i--) {
      if (this.lines[i]?.team === team) return this.lines[i];
    }
    return undefined;
  }

  /** latest returns up to `limit` newest lines, oldest first. */
  latest(limit: number): FeedLine[] {
    return this.lines.slice(Math.max(0, this.lines.length - limit));
  }

  /** onLine subscribes to new lines. */
  onLine(listener: (line: FeedLine) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
