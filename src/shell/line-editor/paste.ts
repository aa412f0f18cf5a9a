// Bracketed paste (xterm mode 2004): between `ESC [ 200 ~` and `ESC [ 201 ~` the terminal sends
// the clipboard verbatim. The scanner streams that text out as it arrives, holding back only a
// possible partial end marker, so a huge paste never piles up in memory.

const END = '\x1b[201~';

/** PasteStep is the result of scanning one chunk: clean text, where to resume, and whether the paste ended. */
export interface PasteStep {
  text: string;
  next: number;
  done: boolean;
}

/**
 * PasteScanner finds the end of a bracketed paste and cleans the pasted text: line breaks
 * (CR, LF, CR LF) become "\n", tabs become spaces, other control characters are dropped.
 */
export class PasteScanner {
  private matched = 0;
  private afterCR = false;

  /** scan reads data from index start until the end marker or the end of the chunk. */
  scan(data: string, start: number): PasteStep {
    let text = '';
    for (let i = start; i < data.length; i++) {
      const ch = data[i] ?? '';
      if (ch === END[this.matched]) {
        this.matched += 1;
        if (this.matched === END.length) return { text, next: i + 1, done: true };
        continue;
      }
      if (this.matched > 0) {
        // A false start: the bytes after ESC were ordinary text; the ESC itself is dropped.
        text += END.slice(1, this.matched);
        this.matched = ch === '\x1b' ? 1 : 0;
        if (this.matched === 1) continue;
      }
      text += this.clean(ch);
    }
    return { text, next: data.length, done: false };
  }

  private clean(ch: string): string {
    const afterCR = this.afterCR;
    this.afterCR = ch === '\r';
    if (ch === '\r') return '\n';
    if (ch === '\n') return afterCR ? '' : '\n';
    if (ch === '\t') return ' ';
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return '';
    return ch;
  }
}
