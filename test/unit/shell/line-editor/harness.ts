// Test harness: a LineEditor on an in-memory terminal, with the bytes it wrote replayed into
// @xterm/headless so tests can assert on what the user would see.

import xterm from '@xterm/headless';
import type { Disposable, Terminal, TerminalSize } from '../../../../src/shell/terminal.js';
import { LineEditor, type LineEditorOptions } from '../../../../src/shell/line-editor/index.js';
import { codePointWidth } from '../../../../src/shell/line-editor/width.js';

/** FakeTerminal records everything written to it. */
export class FakeTerminal implements Terminal {
  readonly isTTY = true;
  readonly writes: string[] = [];

  constructor(public columns = 80, public rows = 24) {}

  size(): TerminalSize {
    return { columns: this.columns, rows: this.rows };
  }

  write(text: string): void {
    this.writes.push(text);
  }

  onData(): Disposable {
    return { dispose() {} };
  }

  onResize(): Disposable {
    return { dispose() {} };
  }

  /** output returns everything written so far as one string. */
  output(): string {
    return this.writes.join('');
  }
}

// xterm.js defaults to Unicode 6 widths (emoji one cell wide); a modern terminal uses the
// current table, which is what the editor implements, so the test terminal uses it too.
const unicodeProvider = {
  version: 'swarmlab',
  wcwidth: (cp: number): 0 | 1 | 2 => (cp < 0x20 ? 0 : codePointWidth(cp)),
  charProperties(cp: number, preceding: number): number {
    let width: number = cp < 0x20 ? 0 : codePointWidth(cp);
    let join = width === 0 && preceding !== 0;
    if (join) {
      const before = (preceding >> 1) & 3;
      if (before === 0) join = false;
      else if (before > width) width = before;
    }
    return (width << 1) | (join ? 1 : 0);
  },
};

/** Screen is the visible text rows and cursor of the emulated terminal. */
export interface Screen {
  lines: string[];
  cursor: { x: number; y: number };
}

/** Emulator is an xterm.js terminal that replays written output, applying ONLCR like a pty. */
export class Emulator {
  readonly term: InstanceType<typeof xterm.Terminal>;

  constructor(cols: number, rows: number) {
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
    this.term.unicode.register(unicodeProvider);
    this.term.unicode.activeVersion = 'swarmlab';
  }

  /** write feeds program output, converting "\n" to "\r\n" as the Terminal contract says. */
  write(text: string): Promise<void> {
    return new Promise((resolve) => this.term.write(text.replace(/\n/g, '\r\n'), resolve));
  }

  /** screen returns the rows of the viewport (trailing spaces trimmed) and the cursor. */
  screen(): Screen {
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < this.term.rows; i++) {
      // trimEnd: a line that exactly fills a row leaves a space where the cursor wrapped (readline too).
      lines.push((buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '').trimEnd());
    }
    return { lines, cursor: { x: buffer.cursorX, y: buffer.cursorY } };
  }

  /** text returns the non-empty prefix of the screen joined by newlines. */
  text(): string {
    const lines = this.screen().lines;
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }
}

/** Rig is an editor wired to a fake terminal and an emulator that mirrors the output. */
export class Rig {
  readonly terminal: FakeTerminal;
  readonly editor: LineEditor;
  readonly emulator: Emulator;
  private replayed = 0;

  constructor(cols = 80, rows = 24, options: LineEditorOptions = {}) {
    this.terminal = new FakeTerminal(cols, rows);
    this.editor = new LineEditor(this.terminal, options);
    this.emulator = new Emulator(cols, rows);
  }

  /** screen replays new output into the emulator and returns the screen. */
  async screen(): Promise<Screen> {
    const writes = this.terminal.writes;
    const fresh = writes.slice(this.replayed).join('');
    this.replayed = writes.length;
    await this.emulator.write(fresh);
    return this.emulator.screen();
  }

  /** text replays new output and returns the screen's text. */
  async text(): Promise<string> {
    await this.screen();
    return this.emulator.text();
  }

  /** resize changes both the editor's and the emulator's width. */
  async resize(cols: number): Promise<void> {
    await this.screen();
    this.emulator.term.resize(cols, this.emulator.term.rows);
    this.terminal.columns = cols;
    this.editor.resize(cols);
  }
}

/** keys names escape sequences the tests type. */
export const KEY = {
  left: '\x1b[D',
  right: '\x1b[C',
  up: '\x1b[A',
  down: '\x1b[B',
  home: '\x1b[H',
  end: '\x1b[F',
  del: '\x1b[3~',
  backspace: '\x7f',
  enter: '\r',
  tab: '\t',
  ctrlLeft: '\x1b[1;5D',
  ctrlRight: '\x1b[1;5C',
  pasteStart: '\x1b[200~',
  pasteEnd: '\x1b[201~',
} as const;
