// Renders progress rows the way docker's jsonmessage.DisplayJSONMessagesStream does
// (moby pkg/jsonmessage/jsonmessage.go). On a terminal each row ID owns a line: a new ID prints
// "\n", and every update moves the cursor up to its line, erases it, writes `ID: action bar\r`
// and moves back down. Off a terminal a row is printed as a plain line only when it carries no
// progress counts (so task-state rows vanish and `overall progress` repeats every poll).

/** ProgressRow is one jsonmessage with an ID. */
export interface ProgressRow {
  id: string;
  action: string;
  /** current/total are the bar's counts; 0/0 means no bar (docker's HideCounts rows carry them). */
  current?: number;
  total?: number;
}

/** ProgressStream writes rows and plain messages to a terminal or a pipe. */
export class ProgressStream {
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly write: (text: string) => void,
    private readonly isTerminal: boolean,
    private readonly width: () => number,
  ) {}

  /** row draws or redraws one progress row. */
  row(row: ProgressRow): void {
    const counted = (row.current ?? 0) > 0 || (row.total ?? 0) > 0;
    if (!this.isTerminal) {
      if (!counted) this.write(`${row.id}: ${row.action}\n`);
      return;
    }
    let line = this.ids.get(row.id);
    let out = '';
    if (line === undefined) {
      line = this.ids.size;
      this.ids.set(row.id, line);
      out += '\n';
    }
    const diff = this.ids.size - line;
    out += `\x1b[${diff}A\x1b[2K\r${row.id}: ${row.action} ${this.bar(row)}\r\x1b[${diff}B`;
    this.write(out);
  }

  /** message prints a line without an ID and forgets the rows drawn so far (as jsonmessage does). */
  message(text: string): void {
    this.ids.clear();
    this.write(`${text}\n`);
  }

  /** status prints `ID: text` as a plain status line (no progress), which also forgets the rows drawn. */
  status(id: string, text: string): void {
    this.ids.clear();
    this.write(`${id}: ${text}\n`);
  }

  private bar(row: ProgressRow): string {
    const current = row.current ?? 0;
    const total = row.total ?? 0;
    if ((total <= 0 && current <= 0) || total <= 0 || this.width() <= 110) return '';
    const percentage = Math.min(50, Math.trunc(Math.trunc((current / total) * 100) / 2));
    return `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] `;
  }
}
