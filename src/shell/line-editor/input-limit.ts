// Bounds how much input a session takes in one burst, before it reaches the line editor or a
// running command. A burst is what a paste looks like: many bytes with no pause. Input draws on
// a budget of `maxBurstBytes` that refills at an eighth of it per second, so a pasted compose file
// or a 30-line script (a few KiB) always fits, while a megabyte pasted by mistake, or a client
// that streams garbage, is dropped as a whole from the point it overflows, with one notice.
// Dropping lasts until the input pauses for `quietMs`, so no fragment of the tail gets typed.

import { utf8Length } from '../limits/shell-limits.js';

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** InputLimiterOptions configure a limiter. */
export interface InputLimiterOptions {
  maxBurstBytes: number;
  now(): number;
  /** quietMs is the pause in input that ends dropping (default 1 s). */
  quietMs?: number;
}

/** CTRL_C_BUDGET is the typing budget a Ctrl-C restores after a dropped flood. */
const CTRL_C_BUDGET = 4096;

/** InputStep is what to pass on, and whether this chunk began a drop (notify once). */
export interface InputStep {
  pass: string;
  dropped: boolean;
}

/** InputLimiter passes input through while it fits the burst budget. */
export class InputLimiter {
  private level: number;
  private last: number;
  private dropping = false;
  private lastDrop = 0;
  private inPaste = false;
  private tail = '';

  /** constructor starts with a full budget. */
  constructor(private readonly options: InputLimiterOptions) {
    this.level = options.maxBurstBytes;
    this.last = options.now();
  }

  /** filter takes one chunk of input and returns what may go on. */
  filter(data: string): InputStep {
    const now = this.options.now();
    this.refill(now);
    if (this.dropping && now - this.lastDrop >= (this.options.quietMs ?? 1000)) this.dropping = false;
    // Ctrl-C alone always gets through, even while a flood is being dropped: it is how the student
    // takes the terminal back. It also ends the drop with a small typing budget, so the command
    // typed next is kept; if the flood is still arriving, it is dropped again (with a new notice).
    if (data === '\x03') {
      this.dropping = false;
      this.level = Math.max(this.level, Math.min(this.options.maxBurstBytes, CTRL_C_BUDGET));
      return { pass: data, dropped: false };
    }
    const size = utf8Length(data);
    if (!this.dropping && size <= this.level) {
      this.level -= size;
      this.track(data);
      return { pass: data, dropped: false };
    }
    const started = !this.dropping;
    this.dropping = true;
    this.lastDrop = now;
    this.level = 0;
    // A bracketed paste cut off here must still end, or every later key would count as pasted.
    const close = this.inPaste ? PASTE_END : '';
    this.inPaste = false;
    this.tail = '';
    return { pass: close, dropped: started };
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.last);
    this.last = now;
    this.level = Math.min(this.options.maxBurstBytes, this.level + (elapsed * this.options.maxBurstBytes) / 8000);
  }

  private track(data: string): void {
    const text = this.tail + data;
    const start = text.lastIndexOf(PASTE_START);
    const end = text.lastIndexOf(PASTE_END);
    if (start >= 0 || end >= 0) this.inPaste = start > end;
    this.tail = text.slice(-(PASTE_START.length - 1));
  }
}
